// Apart from xlsx-cell-text.ts: dates in CSV and LLM-run fields use it too, and importing it
// from there pulled the whole XLSX library into the first load (issue #12's 200 KB budget).

const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01 in Excel's 1900 date system
const DATE_1904_OFFSET = 1462;
const MAX_SERIAL = 2958465; // 9999-12-31

/**
 * Converts an Excel date serial (days since 1899-12-30, fraction = time of day) to ISO 8601.
 * The wall-clock time in the cell is taken as UTC (a spreadsheet has no time zone), so the
 * result does not depend on the machine's zone. Whole days give 'YYYY-MM-DD'; others the
 * full 'YYYY-MM-DDTHH:mm:ss.000Z', rounded to the second. Serials before 1900-03-01 are
 * shifted by Excel's fictional 1900-02-29. Returns null outside 0..9999-12-31.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  const days = date1904 ? serial + DATE_1904_OFFSET : serial < 60 ? serial + 1 : serial;
  const iso = new Date(Math.round((days - UNIX_EPOCH_SERIAL) * 86400) * 1000).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso;
}
