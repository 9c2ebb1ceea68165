/** Below this many items a per-category statistic is marked "few items" (issue #9). */
export const FEW_ITEMS = 10;

/**
 * Whether a per-category statistic rests on too few items to be read without care: fewer than
 * {@link FEW_ITEMS}. A convention for flagging, not a test: the interval already carries the
 * uncertainty, the mark tells a reader not to compare such a category with the others.
 */
export function fewItems(items: number): boolean {
  return items < FEW_ITEMS;
}
