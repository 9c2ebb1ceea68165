export type Delimiter = ',' | ';' | '\t';

const SCAN_LIMIT = 1 << 20;

/**
 * Guesses the field delimiter of a delimited text from its first record (the header):
 * counts commas, semicolons and tabs outside double-quoted parts, up to the first line
 * break outside quotes, and returns the most frequent one.
 * Ties and a header with no delimiter at all (a single column) give a comma, then
 * semicolon before tab. Only the first megabyte is looked at.
 */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let inQuotes = false;
  const end = Math.min(text.length, SCAN_LIMIT);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22)
      inQuotes = !inQuotes; // a doubled quote toggles twice: no change
    else if (inQuotes) continue;
    else if (c === 0x0a || c === 0x0d) break;
    else if (c === 0x2c) commas += 1;
    else if (c === 0x3b) semicolons += 1;
    else if (c === 0x09) tabs += 1;
  }
  if (commas >= semicolons && commas >= tabs) return ',';
  return semicolons >= tabs ? ';' : '\t';
}
