// Building an export file is the heavy part of an export (a 5 MB document's DOCX or XLSX takes
// seconds of CPU): as one task a worker thread can run. Plain data in (pairs, metadata), the
// file's bytes out, so none of it runs on the thread that answers requests.
import { Writable } from "node:stream";
import { BINARY_BITEXT_FORMATS, serializeBitext, writeBinaryBitext, type BinaryBitextFormat, type BitextFormat, type BitextMeta, type BitextPair, type ExportFormat } from "@alinha/aligner";

export interface ExportTask {
  format: ExportFormat;
  pairs: BitextPair[];
  meta: BitextMeta;
}

/** Text chunks are encoded in batches about this long (one Buffer per chunk would be thousands). */
const TEXT_BATCH_CHARS = 1 << 20;

/** The whole file, in memory: the caller stores it in parts (export-files.ts). */
export async function buildExportFile(task: ExportTask): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  if ((BINARY_BITEXT_FORMATS as readonly string[]).includes(task.format)) {
    const sink = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        parts.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
        done();
      },
    });
    const finished = new Promise<void>((resolve, reject) => sink.once("finish", resolve).once("error", reject));
    // Heard below, or not at all when the writer throws first (its error is the one reported).
    finished.catch(() => undefined);
    await writeBinaryBitext(task.format as BinaryBitextFormat, task.pairs, task.meta, sink);
    await finished;
  } else {
    let batch: string[] = [];
    let length = 0;
    for (const chunk of serializeBitext(task.format as BitextFormat, task.pairs, task.meta)) {
      batch.push(chunk);
      length += chunk.length;
      if (length >= TEXT_BATCH_CHARS) {
        parts.push(Buffer.from(batch.join(""), "utf8"));
        batch = [];
        length = 0;
      }
    }
    parts.push(Buffer.from(batch.join(""), "utf8"));
  }
  return Buffer.concat(parts);
}

/** Where export files are built: on this thread (a job worker process, tests), or in the worker-thread pool (the embedded server). */
export type FileBuilder = (task: ExportTask) => Promise<Uint8Array>;

export const buildHere: FileBuilder = (task) => buildExportFile(task);
