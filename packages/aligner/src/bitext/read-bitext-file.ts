import { sideOf } from "./languages.ts";
import type { BitextPair } from "../types.ts";
import { decodeFileBytes, streamableDocument } from "./decode-bitext.ts";
import { parseBitext } from "./parse-bitext.ts";
import type { PairSink, ParsedBitext } from "./parsed-bitext.ts";
import { readDelimited } from "./read-delimited.ts";
import { readPo } from "./read-po.ts";
import { sniffFormat, type ImportFormat } from "./sniff-format.ts";

/** What an uploaded file turned out to be: an aligned bitext, or a text to align. */
export type ImportedFile =
  | { kind: "bitext"; format: Exclude<ImportFormat, "text">; bitext: ParsedBitext; encoding: string }
  | { kind: "text"; text: string; encoding: string; warnings: string[] };

/** A bitext in another pair of languages than English → Portuguese. */
export class BitextLanguageError extends Error {
  override readonly name = "BitextLanguageError";
  constructor(readonly srcLang: string, readonly trgLang: string) {
    super(`the file is ${srcLang || "(no source language)"} → ${trgLang || "(no target language)"}; Alinha reads English → Portuguese only`);
  }
}

/**
 * Checks the pair of languages: an English source and a Portuguese target (any regional tag).
 * A missing target language is allowed (PO without a Language header, a "target" column): the
 * readers have warned about it.
 */
function checkLanguages(bitext: ParsedBitext): void {
  const srcOk = sideOf(bitext.srcLang) === "en";
  const trgOk = bitext.trgLang === "" || sideOf(bitext.trgLang) === "pt";
  if (!srcOk || !trgOk) throw new BitextLanguageError(bitext.srcLang, bitext.trgLang);
}

/** What `streamImportFile` found: as `ImportedFile`, with the number of pairs it handed on in place of them. */
export type StreamedFile =
  | { kind: "bitext"; format: Exclude<ImportFormat, "text">; bitext: ParsedBitext; pairCount: number; encoding: string }
  | { kind: "text"; text: string; encoding: string; warnings: string[] };

/**
 * Bytes of an uploaded file → what is in it, found by content (whatever the file is called):
 * TMX, XLIFF 1.0–2.0, PO, TSV/CSV with en/pt columns, else plain text. Pure: no I/O, nothing
 * stored. Each pair goes to `onPair` as it is read (in file order) and the result's
 * `bitext.pairs` is empty, so the reader itself holds no pairs: a bitext file (UTF-8, UTF-16 or
 * Windows-1252) is also decoded a chunk at a time (chunked-document.ts), never held as one
 * string. A text to align is decoded whole.
 * Throws `TextDecodeError` (not text), `BitextFormatError` (malformed: line, column) or
 * `BitextLanguageError` (not English → Portuguese), possibly after some pairs were handed on:
 * store nothing until it returns.
 */
export function streamImportFile(bytes: Uint8Array, onPair: PairSink): StreamedFile {
  let pairCount = 0;
  const count: PairSink = (pair) => {
    pairCount++;
    onPair(pair);
  };
  const streamable = streamableDocument(bytes);
  if (streamable !== undefined) {
    const { document, format, encoding, warning } = streamable;
    const bitext = format === "po" ? readPo(document.lines(), count) : format === "tsv" || format === "csv" ? readDelimited(document, format, count) : parseBitext(document, format, count);
    checkLanguages(bitext);
    if (warning !== undefined) bitext.warnings.unshift(warning);
    return { kind: "bitext", format, bitext, pairCount, encoding };
  }
  const decoded = decodeFileBytes(bytes);
  const text = decoded.text.replace(/^\uFEFF/, "");
  const format = sniffFormat(text);
  const encodingWarnings = decoded.warning === undefined ? [] : [decoded.warning];
  if (format === "text") return { kind: "text", text, encoding: decoded.encoding, warnings: encodingWarnings };
  const bitext = format === "tmx" || format === "xliff" ? parseBitext(text, format, count) : format === "po" ? readPo(text, count) : readDelimited(text, format, count);
  checkLanguages(bitext);
  bitext.warnings.unshift(...encodingWarnings);
  return { kind: "bitext", format, bitext, pairCount, encoding: decoded.encoding };
}

/** `streamImportFile` with the pairs gathered into `bitext.pairs`. */
export function readImportFile(bytes: Uint8Array): ImportedFile {
  const pairs: BitextPair[] = [];
  const read = streamImportFile(bytes, (pair) => void pairs.push(pair));
  if (read.kind === "text") return read;
  return { kind: "bitext", format: read.format, bitext: { ...read.bitext, pairs }, encoding: read.encoding };
}
