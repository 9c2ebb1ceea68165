import * as XLSX from '@e965/xlsx';
import { excelSerialToIso } from './excel-serial-to-iso';

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
