/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @ (or a tab or CR,
 * which some strip first) as a formula, and machine-translated text can start with any of them.
 * Such a cell gets a leading apostrophe, which spreadsheets show as text and hide; `unguardFormula`
 * takes it off again when Alinha reads its own export back.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
