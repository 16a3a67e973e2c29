/**
 * The guard against formula injection (OWASP, "CSV Injection"): a spreadsheet that opens a
 * TSV/CSV/XLSX cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return may run it as
 * a formula (`=HYPERLINK(…)`, `@SUM(…)`, DDE). OWASP's fix is a leading apostrophe, which every
 * spreadsheet reads as "this is text". A cell that already starts with an apostrophe gets one
 * more, so `unguardSpreadsheetCell` can always take exactly one off: the file stays reversible.
 *
 * Only spreadsheet formats need it: TMX and XLIFF carry the raw text (their readers are
 * translation tools, not formula engines).
 */
const FORMULA_START = /^[=+\-@\t\r']/;

export function guardSpreadsheetCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The cell's text as it was before the guard. */
export function unguardSpreadsheetCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
