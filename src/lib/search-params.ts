/**
 * `prev` with each key of `patch` set under its URL name in `names`, or removed when its value
 * is null or empty: how a screen keeps its filters in the URL without stale or empty parameters.
 */
export function patchSearchParams<K extends string>(
  prev: URLSearchParams,
  names: Readonly<Record<K, string>>,
  patch: Partial<Record<K, string | null>>,
): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, v] of Object.entries(patch) as [K, string | null][]) {
    if (v === null || v === '') next.delete(names[key]);
    else next.set(names[key], v);
  }
  return next;
}
