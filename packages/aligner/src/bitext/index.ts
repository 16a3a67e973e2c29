/**
 * Bitext formats: exporting the reviewed pairs and importing existing alignments.
 * Pure functions: export yields string chunks the caller writes (HTTP response, file), one pair
 * at a time, so memory does not grow with the document; import takes the text of a file.
 */
import type { BitextPair } from "../types.ts";
import type { BitextFormat, BitextMeta } from "./bitext-meta.ts";
import { writeCleanText } from "./write-clean-text.ts";
import { writeHtml } from "./write-html.ts";
import { writeMarkdown } from "./write-markdown.ts";
import { writeTmx } from "./write-tmx.ts";
import { writeTsv } from "./write-tsv.ts";
import { writeXliff } from "./write-xliff.ts";

export { BITEXT_FORMATS, type BitextFormat, type BitextMeta, type BitextScope } from "./bitext-meta.ts";
export { BitextFormatError } from "./bitext-format-error.ts";
export { parseBitext } from "./parse-bitext.ts";
export type { ParsedBitext } from "./parsed-bitext.ts";
export { XLIFF2_STATE } from "./xliff-state.ts";
export { guardSpreadsheetCell, unguardSpreadsheetCell } from "./spreadsheet-guard.ts";
export { readTsvTextCell } from "./write-tsv.ts";

const WRITERS: Record<BitextFormat, (pairs: Iterable<BitextPair>, meta: BitextMeta) => Iterable<string>> = {
  tmx: writeTmx,
  xliff: writeXliff,
  tsv: writeTsv,
  html: writeHtml,
  md: writeMarkdown,
  txt: writeCleanText,
};

/** File extension and media type for each format, for the CLI's file names and the API's headers. */
export const BITEXT_FILE_TYPES: Record<BitextFormat, { extension: string; mediaType: string }> = {
  tmx: { extension: "tmx", mediaType: "application/x-tmx+xml; charset=utf-8" },
  xliff: { extension: "xlf", mediaType: "application/xliff+xml; charset=utf-8" },
  tsv: { extension: "tsv", mediaType: "text/tab-separated-values; charset=utf-8" },
  html: { extension: "html", mediaType: "text/html; charset=utf-8" },
  md: { extension: "md", mediaType: "text/markdown; charset=utf-8" },
  txt: { extension: "txt", mediaType: "text/plain; charset=utf-8" },
};

export function serializeBitext(format: BitextFormat, pairs: Iterable<BitextPair>, meta: BitextMeta): Iterable<string> {
  return WRITERS[format](pairs, meta);
}
