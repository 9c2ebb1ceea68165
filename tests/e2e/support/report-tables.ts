// Reads the report's statistics tables as a reader sees them, to compare with what a CLI computed.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** An estimate as the CLIs print it: the value, the analytic interval (if any) and the bootstrap one. */
export interface Estimate {
  value: number | null;
  ci: unknown;
  bootstrap: unknown;
}

/** Three decimals, as the report shows them. */
export const f3 = (x: number | null) => (x === null ? null : x.toFixed(3));

/** An interval as the report shows it; an em dash when there is none. */
export const interval = (i: { lower: number | null; upper: number | null } | null) =>
  i && i.lower !== null ? `${f3(i.lower)} to ${f3(i.upper)}` : '—';

/** The cells of the first row (of any table) whose row header is `row`. */
export const rowCells = (page: Page, row: string) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
    .first()
    .getByRole('cell')
    .allInnerTexts();

/** The cells of the row whose header is `row` in the table named `table`. */
export const tableRowCells = (page: Page, table: string, row: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
    .getByRole('cell')
    .allInnerTexts();

/** The row shows the estimate's value, its analytic interval (when the CLI has one) and its bootstrap interval. */
export async function expectShownEstimate(page: Page, row: string, e: Estimate) {
  const [value, analytic, bootstrap] = await rowCells(page, row);
  assert.equal(value, f3(e.value), row);
  if (e.ci) assert.equal(analytic, interval(e.ci as never), `${row}: analytic interval`);
  assert.equal(bootstrap, interval(e.bootstrap as never), `${row}: bootstrap interval`);
}
