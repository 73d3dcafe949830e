// Comma-separated values as RFC 4180 defines them: CRLF after every record, the header first, and a
// field holding a comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled
// (§2 rules 1, 3, 6, 7). Text that a spreadsheet would run as a formula (starting with =, +, -, @, a
// tab or CR) is prefixed with an apostrophe (OWASP "CSV Injection"); numbers are written as they are.

export type CsvValue = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header and the rows, every record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
