export type LabelResolution =
  | { kind: 'empty' }
  | { kind: 'label'; label: string }
  /** The label map sends this raw label to null: the user chose to drop it. */
  | { kind: 'dropped' }
  | { kind: 'unknown'; label: string };

const canonical = (label: string) => label.toLowerCase().replace(/\s+/g, ' ');

/**
 * Builds the function that turns a raw label from an import file into a codebook category
 * name. In order: the label is trimmed ('' -> empty); the label map, when it has the
 * trimmed label, decides (a category name, or null = drop); without a codebook any label
 * is kept; a label equal to a category name is kept; a label that differs from one only
 * in case or spacing ("email  & document writing") becomes that name; anything else is
 * unknown. Results are cached per raw label.
 * Precondition (throws, naming `caller`): with a codebook, every label map target is one
 * of its categories.
 */
export function createLabelResolver(
  caller: string,
  codebookLabels: ReadonlySet<string> | null,
  labelMap: ReadonlyMap<string, string | null> | undefined,
): (raw: string) => LabelResolution {
  const byCanonical = new Map<string, string>();
  for (const name of codebookLabels ?? []) byCanonical.set(canonical(name), name);
  if (codebookLabels && labelMap) {
    for (const [from, to] of labelMap) {
      if (to !== null && !codebookLabels.has(to)) {
        throw new Error(`${caller}: labelMap sends "${from}" to "${to}", which is not a category of the codebook.`);
      }
    }
  }
  const cache = new Map<string, LabelResolution>();
  const resolve = (label: string): LabelResolution => {
    if (label === '') return { kind: 'empty' };
    if (labelMap?.has(label)) {
      const to = labelMap.get(label) ?? null;
      return to === null ? { kind: 'dropped' } : { kind: 'label', label: to };
    }
    if (codebookLabels === null || codebookLabels.has(label)) return { kind: 'label', label };
    const name = byCanonical.get(canonical(label));
    return name === undefined ? { kind: 'unknown', label } : { kind: 'label', label: name };
  };
  return (raw) => {
    let result = cache.get(raw);
    if (result === undefined) {
      result = resolve(raw.trim());
      cache.set(raw, result);
    }
    return result;
  };
}

/** Counts per label, most frequent first (ties by label), for reports. */
export function countsByLabel(counts: ReadonlyMap<string, number>): { label: string; count: number }[] {
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
