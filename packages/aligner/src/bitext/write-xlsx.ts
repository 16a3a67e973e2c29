import ExcelJS from "exceljs";
import type { Writable } from "node:stream";
import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { tableHeader, tableRows } from "./table-rows.ts";

/**
 * XLSX through exceljs's streaming writer: each row is committed (written out and let go) as
 * soon as it is made, so a 100,000-pair workbook never sits in memory. The columns are those of
 * the TSV and CSV. Formula guard: every cell is written as a string cell (`t="s"`/inline), never
 * as a formula, so a sentence starting with "=" stays a sentence; no apostrophe is needed.
 */
export async function writeXlsx(pairs: Iterable<BitextPair>, meta: BitextMeta, stream: Writable): Promise<void> {
  // Shared strings would keep every distinct sentence in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  workbook.creator = `Alinha ${meta.toolVersion ?? ""}`.trim();
  if (meta.createdAt !== undefined) workbook.created = meta.createdAt;
  const sheet = workbook.addWorksheet(meta.scope === "approved" ? "approved" : "pairs", { views: [{ state: "frozen", ySplit: 1 }] });
  // Widths only: a column style is copied into every cell of it, which doubled the time.
  sheet.columns = tableHeader(meta).map((header, i) => ({ header, key: String(i), width: i === 3 || i === 4 ? 60 : 14 }));
  for (const row of tableRows(pairs, meta)) {
    // A string value is always a string cell in exceljs; only { formula } objects make formulas.
    sheet.addRow(row).commit();
  }
  sheet.commit();
  await workbook.commit();
}
