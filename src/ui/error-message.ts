/** A sentence for the user from any thrown value; the quota case says what to do. */
export function errorMessage(error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
  const name = e?.inner?.name ?? e?.name;
  if (name === 'QuotaExceededError') {
    return "The browser has no room left for Concord's data (storage quota exceeded). Nothing was stored. Free disk space or delete a study, then try again.";
  }
  return e?.message ?? String(error);
}
