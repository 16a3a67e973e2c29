/**
 * Bitext formats: exporting the reviewed pairs and importing existing alignments.
 * Pure functions: export yields string chunks the caller writes (HTTP response, file), one pair
 * at a time, so memory does not grow with the document; import takes the bytes of a file.
 */
import type { Writable } from "node:stream";
import type { BitextPair } from "../types.ts";
import { NEEDS_ENGLISH, type BinaryBitextFormat, type BitextFormat, type BitextMeta, type ExportFormat } from "./bitext-meta.ts";
import { writeCleanText } from "./write-clean-text.ts";
import { writeCsv } from "./write-csv.ts";
import { writeHtml } from "./write-html.ts";
import { writeMarkdown } from "./write-markdown.ts";
import { writePo } from "./write-po.ts";
import { writeTmx } from "./write-tmx.ts";
import { writeTsv } from "./write-tsv.ts";
import { writeXliff } from "./write-xliff.ts";
import { writeXliff12 } from "./write-xliff12.ts";

export {
  BITEXT_FORMATS, BINARY_BITEXT_FORMATS, EXPORT_FORMATS, NEEDS_ENGLISH,
  type BitextFormat, type BinaryBitextFormat, type ExportFormat, type BitextMeta, type BitextScope,
} from "./bitext-meta.ts";
export { BitextFormatError } from "./bitext-format-error.ts";
export { parseBitext } from "./parse-bitext.ts";
export type { PairSink, ParsedBitext } from "./parsed-bitext.ts";
export { XLIFF2_STATE } from "./xliff-state.ts";
export { readImportFile, streamImportFile, BitextLanguageError, type ImportedFile, type StreamedFile } from "./read-bitext-file.ts";
export { sniffFormat, type ImportFormat } from "./sniff-format.ts";
export { CODE_BASE, withoutCodes } from "./inline-codes.ts";
export { guardSpreadsheetCell, unguardSpreadsheetCell } from "./spreadsheet-guard.ts";
export { readTsvTextCell } from "./write-tsv.ts";

const WRITERS: Record<BitextFormat, (pairs: Iterable<BitextPair>, meta: BitextMeta) => Iterable<string>> = {
  tmx: writeTmx,
  xliff: writeXliff,
  xliff12: writeXliff12,
  po: writePo,
  tsv: writeTsv,
  csv: writeCsv,
  html: writeHtml,
  md: writeMarkdown,
  txt: writeCleanText,
};

/** File extension and media type for each format, for the CLI's file names and the API's headers. */
export const BITEXT_FILE_TYPES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  tmx: { extension: "tmx", mediaType: "application/x-tmx+xml; charset=utf-8" },
  xliff: { extension: "xlf", mediaType: "application/xliff+xml; charset=utf-8" },
  xliff12: { extension: "xlf", mediaType: "application/xliff+xml; charset=utf-8" },
  po: { extension: "po", mediaType: "text/x-gettext-translation; charset=utf-8" },
  tsv: { extension: "tsv", mediaType: "text/tab-separated-values; charset=utf-8" },
  csv: { extension: "csv", mediaType: "text/csv; charset=utf-8; header=present" },
  html: { extension: "html", mediaType: "text/html; charset=utf-8" },
  md: { extension: "md", mediaType: "text/markdown; charset=utf-8" },
  txt: { extension: "txt", mediaType: "text/plain; charset=utf-8" },
  xlsx: { extension: "xlsx", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  docx: { extension: "docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  "docx-side": { extension: "docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
};

/** An export that makes no sense for this document; the message says why. */
export class BitextExportError extends Error {
  override readonly name = "BitextExportError";
}

/** Throws `BitextExportError` before anything is written when the format cannot carry the document. */
export function checkExportable(format: ExportFormat, meta: BitextMeta): void {
  if (meta.hasEnglish === false && NEEDS_ENGLISH.has(format)) {
    throw new BitextExportError(
      `${format.toUpperCase()} pairs each English sentence with its translation, and this document has only Portuguese: ` +
        "add the English (realign) first, or export the text, HTML or DOCX instead.",
    );
  }
}

export function serializeBitext(format: BitextFormat, pairs: Iterable<BitextPair>, meta: BitextMeta): Iterable<string> {
  checkExportable(format, meta);
  return WRITERS[format](pairs, meta);
}

/**
 * Writes a binary format into `stream` (an HTTP response, a file), pair by pair: XLSX through
 * exceljs's streaming writer, DOCX as a docx-made package whose document body is streamed. The
 * stream is ended.
 */
export async function writeBinaryBitext(format: BinaryBitextFormat, pairs: Iterable<BitextPair>, meta: BitextMeta, stream: Writable): Promise<void> {
  checkExportable(format, meta);
  if (format === "xlsx") {
    const { writeXlsx } = await import("./write-xlsx.ts");
    return writeXlsx(pairs, meta, stream);
  }
  const docx = await import("./write-docx.ts");
  return format === "docx" ? docx.writeDocxClean(pairs, meta, stream) : docx.writeDocxSideBySide(pairs, meta, stream);
}
export { planReimport, type CurrentPair, type ReimportPlan, type ReimportChange, type ReimportConflict } from "./plan-reimport.ts";
