import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { guardSpreadsheetCell } from "./spreadsheet-guard.ts";
import { tableHeader, tableRows } from "./table-rows.ts";

/** RFC 4180: a field with a quote, comma or line break is quoted, its quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV as RFC 4180 writes it (CRLF between records), each cell guarded against formulas. */
export function* writeCsv(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  yield `${tableHeader(meta).join(",")}\r\n`;
  for (const row of tableRows(pairs, meta)) yield `${row.map((cell) => csvField(guardSpreadsheetCell(cell))).join(",")}\r\n`;
}
