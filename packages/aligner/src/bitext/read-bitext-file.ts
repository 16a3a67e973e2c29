import { sideOf } from "./languages.ts";
import { decodeFileBytes } from "./decode-bitext.ts";
import { parseBitext } from "./parse-bitext.ts";
import type { ParsedBitext } from "./parsed-bitext.ts";
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

/**
 * Bytes of an uploaded file → what is in it, found by content (whatever the file is called):
 * TMX, XLIFF 1.0–2.0, PO, TSV/CSV with en/pt columns, else plain text. Pure: no I/O, nothing
 * stored. Throws `TextDecodeError` (not text), `BitextFormatError` (malformed: line, column)
 * or `BitextLanguageError` (not English → Portuguese).
 */
export function readImportFile(bytes: Uint8Array): ImportedFile {
  const decoded = decodeFileBytes(bytes);
  const text = decoded.text.replace(/^\uFEFF/, "");
  const format = sniffFormat(text);
  const encodingWarnings = decoded.warning === undefined ? [] : [decoded.warning];
  if (format === "text") return { kind: "text", text, encoding: decoded.encoding, warnings: encodingWarnings };
  const bitext = format === "tmx" || format === "xliff" ? parseBitext(text, format) : format === "po" ? readPo(text) : readDelimited(text, format);
  checkLanguages(bitext);
  bitext.warnings.unshift(...encodingWarnings);
  return { kind: "bitext", format, bitext, encoding: decoded.encoding };
}
