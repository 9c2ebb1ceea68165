/**
 * A download's file name from its parts: each part's runs of characters other than letters,
 * digits, '_' and '-' become one '-', joined by '-', then the extension: `Pilot study`,
 * `Sample 1`, `gold`, `csv` → `Pilot-study-Sample-1-gold.csv`. An empty part is left out.
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const slug = parts.map((p) => p.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '')).filter((p) => p !== '');
  return `${slug.join('-') || 'concord'}.${extension}`;
}
