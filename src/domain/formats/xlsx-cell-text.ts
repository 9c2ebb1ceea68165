import * as XLSX from '@e965/xlsx';

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

/**
 * The text of a worksheet cell as the import uses it: strings whole (never truncated),
 * date-formatted numbers as ISO 8601 (excelSerialToIso), whole numbers in General format
 * with all their digits (Excel would show an 18-digit id as 1.23457E+17), other numbers,
 * booleans and errors as Excel displays them. Empty or absent cells give ''.
 */
export function xlsxCellText(cell: XLSX.CellObject | undefined, date1904: boolean): string {
  if (cell === undefined || cell.v === undefined || cell.v === null) return cell?.w ?? '';
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return String(v);
    case 'n': {
      if (typeof v !== 'number') return String(v);
      const format = typeof cell.z === 'string' ? cell.z : 'General';
      if (format !== 'General' && XLSX.SSF.is_date(format)) return excelSerialToIso(v, date1904) ?? cell.w ?? String(v);
      if (format === 'General' && Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
      return cell.w ?? String(v);
    }
    case 'd':
      return v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : String(v);
    case 'b':
      return v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#ERROR';
    default:
      return cell.w ?? String(v);
  }
}
