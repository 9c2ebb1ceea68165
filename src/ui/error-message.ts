// A precondition of the domain or of a worker names its function ("computeAgreementReport: …") for
// whoever reads a stack trace; a user is shown the rule only.
const INTERNAL_PREFIX = /^[a-z][A-Za-z0-9]*: (?=\S)/;

/** A sentence for the user from any thrown value; the quota case says what to do. */
export function errorMessage(error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
  const name = e?.inner?.name ?? e?.name;
  if (name === 'QuotaExceededError') {
    return "The browser has no room left for Concord's data (storage quota exceeded). Nothing was stored. Free disk space or delete a study, then try again.";
  }
  const message = e?.message ?? String(error);
  const rule = message.replace(INTERNAL_PREFIX, '');
  return rule === message ? message : rule.charAt(0).toUpperCase() + rule.slice(1);
}
