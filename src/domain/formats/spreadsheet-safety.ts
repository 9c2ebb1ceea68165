/**
 * First characters that make Excel, LibreOffice Calc or Google Sheets treat a cell as a
 * formula (or, for tab and carriage return, that some of them strip before doing so).
 *
 * Reference: OWASP, "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection).
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A cell value made safe to open in a spreadsheet: a value whose first character is one
 * of `FORMULA_TRIGGERS` ('=', '+', '-', '@', tab, carriage return) gets a leading
 * apostrophe, so the spreadsheet shows it as text instead of running it as a formula
 * (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3+cmd|' /C calc'!A0`). Any other value is returned
 * unchanged, including the empty string.
 *
 * Trade-off: every such value is prefixed, even harmless ones such as '-' alone, '- a list
 * item' or the negative number '-5' (which a spreadsheet then reads as text). Concord's
 * exports never carry numbers that must stay numeric in a text column, and a rule with no
 * exceptions is easier to check than one that guesses which values are safe.
 *
 * Quoting is not done here: the CSV writer quotes cells that need it (delimiters, quotes,
 * line breaks). Pass every cell through this function exactly once; applying it twice is
 * harmless (the apostrophe is not a trigger) but not needed.
 */
export function neutraliseCell(value: string): string {
  const first = value.charAt(0);
  return FORMULA_TRIGGERS.includes(first) ? `'${value}` : value;
}
