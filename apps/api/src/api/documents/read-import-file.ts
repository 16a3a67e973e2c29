import { BitextFormatError, BitextLanguageError, sniffFormat, streamImportFile, TextDecodeError, type BitextPair, type ImportedFile } from "@alinha/aligner";
import { UnsupportedMediaType, Unprocessable } from "../../common/errors.ts";

/**
 * The aligner's pure streaming reader, its errors made problem+json: a malformed file says its
 * line and column, a bitext in other languages names them. The reader holds neither the file's
 * text (a bitext file is decoded a chunk at a time, in any encoding) nor its pairs; they are gathered here,
 * as they come, because the import checks the document as a whole and stores it in one
 * transaction. A file refused part-way has handed some pairs on: they are dropped with the
 * error, and nothing is stored before this returns.
 */
export function readImportBytes(bytes: Uint8Array, fileName: string): ImportedFile {
  try {
    const pairs: BitextPair[] = [];
    const read = streamImportFile(bytes, (pair) => void pairs.push(pair));
    return read.kind === "text" ? read : { kind: "bitext", format: read.format, bitext: { ...read.bitext, pairs }, encoding: read.encoding };
  } catch (err) {
    if (err instanceof BitextFormatError) {
      throw new Unprocessable("Malformed file", `"${fileName}" cannot be read: ${err.reason} (line ${err.line}, column ${err.column}${err.path ? `, at ${err.path}` : ""}).`, { line: err.line, column: err.column });
    }
    if (err instanceof BitextLanguageError) {
      throw new Unprocessable("Wrong languages", `"${fileName}" is ${err.srcLang || "?"} → ${err.trgLang || "?"}; Alinha works on English → Portuguese files.`, { srcLang: err.srcLang, trgLang: err.trgLang });
    }
    if (err instanceof TextDecodeError) {
      if (err.problem === "binary") throw new UnsupportedMediaType(`"${fileName}" is not a text file: ${err.message}.`);
      throw new Unprocessable("Unreadable text", `"${fileName}" is neither UTF-8, UTF-16 nor Windows-1252 text: ${err.message}.`);
    }
    if (err instanceof TypeError && /decode|encoded/i.test(err.message)) {
      throw new Unprocessable("Unreadable text", `"${fileName}" looks like UTF-16 but is not valid UTF-16.`);
    }
    throw err;
  }
}

/** A JSON body's `pt` is text already; it is a bitext only if its content says so. */
export function readImportText(text: string, fileName: string): ImportedFile | undefined {
  if (sniffFormat(text) === "text") return undefined;
  return readImportBytes(new TextEncoder().encode(text), fileName);
}
