import { readCsvTable, type CsvProblem } from '../agreement/csv-table';
import type { RoleGroup } from './role-groups';

export const ROLE_GROUP_COLUMNS = ['role', 'clinical_group', 'soc_major_group'] as const;

/**
 * Reads a role groups file: a header with role, clinical_group and soc_major_group (any order,
 * other columns ignored), one row per role. Values are trimmed. Returns role → groups and every
 * problem with its 1-based row (header = row 1): those of `readCsvTable`, an empty role or
 * group, a role that repeats. Callers refuse the file when `problems` is not empty.
 */
export function parseRoleGroupsCsv(text: string): { groups: Map<string, RoleGroup>; problems: CsvProblem[] } {
  const { records, problems } = readCsvTable(text, ROLE_GROUP_COLUMNS);
  const groups = new Map<string, RoleGroup>();
  const firstRow = new Map<string, number>();
  for (const { row, values } of records) {
    const [role, clinical, soc] = values.map((v) => v.trim()) as [string, string, string];
    const empty = ROLE_GROUP_COLUMNS.filter((_, i) => [role, clinical, soc][i] === '');
    if (empty.length > 0) {
      problems.push({ row, message: `empty ${empty.join(' and ')}` });
      continue;
    }
    const first = firstRow.get(role);
    if (first !== undefined) {
      problems.push({ row, message: `role ${JSON.stringify(role)} appears again (first at row ${first})` });
      continue;
    }
    firstRow.set(role, row);
    groups.set(role, { clinical, soc });
  }
  problems.sort((a, b) => a.row - b.row);
  return { groups, problems };
}

/** The rows of a role groups file in `ROLE_GROUP_COLUMNS` order, for the CSV writer. */
export function roleGroupRows(groups: ReadonlyMap<string, RoleGroup>): string[][] {
  return [...groups].map(([role, g]) => [role, g.clinical, g.soc]);
}
