/**
 * A name as the identifier part of a column name: accents dropped, lower case, every run of
 * other characters than a-z and 0-9 one '_', none at either end. `Reviewer 1` → `reviewer_1`,
 * `José Pérez-Ruiz` → `jose_perez_ruiz`; '' when nothing is left (`李`, `?`). R, pandas and
 * Stata take `label_<key>` as a column name without quoting.
 */
export function columnKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * One distinct key per name, in order: `columnKey`, `reviewer_<position>` (1-based) when that is
 * empty, and `_2`, `_3`… after a key already taken (`Ana Maria` and `Ana-Maria`).
 */
export function distinctColumnKeys(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = columnKey(name) || `reviewer_${i + 1}`;
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
    taken.add(key);
    return key;
  });
}
