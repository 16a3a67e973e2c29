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
const DRAIN_EVERY_ROWS = 500;
/** What may wait for zlib in the zip's input: enough to keep it busy, nothing like a sheet. */
const MAX_PENDING_BYTES = 1 << 20;

type Pipe = { writableLength?: number; _writableState?: { length: number }; once?: (event: "drain", listener: () => void) => void; off?: (event: "drain", listener: () => void) => void };
/**
 * exceljs's sheet stream hands every committed row to the zip's input stream without looking at
 * its backpressure: a loop that commits rows faster than zlib compresses them buffers the whole
 * sheet there (+45 MiB at 100,000 pairs). So every few hundred rows the loop waits until that
 * input has taken what is pending. `stream.pipes` is exceljs 4's StreamBuf; the input is
 * archiver's readable-stream PassThrough (`_writableState`). Without them the wait is skipped and
 * only memory suffers.
 */
async function drained(sheet: unknown): Promise<void> {
  const pipes = (sheet as { stream?: { pipes?: Pipe[] } }).stream?.pipes ?? [];
  const pending = () => pipes.reduce((n, p) => n + (p.writableLength ?? p._writableState?.length ?? 0), 0);
  // The input emits "drain" once it has passed on what it held (its write() said so, unheard);
  // the timer is a guard against waiting forever on a stream that does not.
  for (const pipe of pipes) {
    while (pending() > MAX_PENDING_BYTES) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 50);
        function done() {
          clearTimeout(timer);
          pipe.off?.("drain", done);
          resolve();
        }
        pipe.once?.("drain", done);
      });
    }
  }
}

export async function writeXlsx(pairs: Iterable<BitextPair>, meta: BitextMeta, stream: Writable): Promise<void> {
  // Shared strings would keep every distinct sentence in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  workbook.creator = `Alinha ${meta.toolVersion ?? ""}`.trim();
  if (meta.createdAt !== undefined) workbook.created = meta.createdAt;
  const sheet = workbook.addWorksheet(meta.scope === "approved" ? "approved" : "pairs", { views: [{ state: "frozen", ySplit: 1 }] });
  // Widths only: a column style is copied into every cell of it, which doubled the time.
  sheet.columns = tableHeader(meta).map((header, i) => ({ header, key: String(i), width: i === 3 || i === 4 ? 60 : 14 }));
  let n = 0;
  for (const row of tableRows(pairs, meta)) {
    // A string value is always a string cell in exceljs; only { formula } objects make formulas.
    sheet.addRow(row).commit();
    if (++n % DRAIN_EVERY_ROWS === 0) await drained(sheet);
  }
  sheet.commit();
  await workbook.commit();
}
