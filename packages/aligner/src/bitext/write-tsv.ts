import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { guardSpreadsheetCell, unguardSpreadsheetCell } from "./spreadsheet-guard.ts";
import { tableHeader, tableRows } from "./table-rows.ts";
import { toWellFormed } from "./xml-escape.ts";

const TSV_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/**
 * Backslash escapes, as in PostgreSQL's text COPY format and the IANA TSV note: a field never
 * holds a raw tab or line break, so every row is one line, and `\\` keeps the scheme reversible.
 */
export function escapeTsvField(value: string): string {
  return toWellFormed(value).replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c] ?? c);
}

export function unescapeTsvField(field: string): string {
  const back: Record<string, string> = { "\\": "\\", t: "\t", n: "\n", r: "\r" };
  return field.replace(/\\(.)/g, (whole, c: string) => back[c] ?? whole);
}

/**
 * A text cell: guarded against formula injection on the raw text (a sentence that starts with a
 * tab is guarded though the tab is then written as `\t`), then escaped.
 */
export function tsvTextCell(value: string): string {
  return escapeTsvField(guardSpreadsheetCell(value));
}

/** The text of a cell written by `tsvTextCell`. */
export function readTsvTextCell(cell: string): string {
  return unguardSpreadsheetCell(unescapeTsvField(cell));
}

/** One row per line, the columns of the table formats (table-rows.ts), every cell guarded then escaped. */
export function* writeTsv(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  yield tableHeader(meta).join("\t") + "\n";
  for (const row of tableRows(pairs, meta)) yield row.map(tsvTextCell).join("\t") + "\n";
}
