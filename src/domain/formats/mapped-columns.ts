import type { ColumnMapping, ThreadField } from './column-mapping';
import type { RawTable } from './raw-table';

/**
 * The index in table.headers of the column mapped to each field, -1 when unmapped.
 * Precondition (throws, naming `caller`): every mapped column is a header of the table.
 */
export function mappedColumns<F extends ThreadField>(
  caller: string,
  table: RawTable,
  mapping: ColumnMapping,
  fields: readonly F[],
): Record<F, number> {
  const result = {} as Record<F, number>;
  for (const field of fields) {
    const name = mapping[field];
    if (name === undefined || name === '') {
      result[field] = -1;
      continue;
    }
    const index = table.headers.indexOf(name);
    if (index < 0)
      throw new Error(`${caller}: mapping.${field} names the column "${name}", which the table does not have.`);
    result[field] = index;
  }
  return result;
}

/** A cell value quoted for a message, shortened so that a 40,000-character text does not flood it. */
export const quoteValue = (value: string): string =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
