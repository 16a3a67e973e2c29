import { BitextFormatError, BitextLanguageError, readImportFile, sniffFormat, TextDecodeError, type ImportedFile } from "@alinha/aligner";
import { UnsupportedMediaType, Unprocessable } from "../../common/errors.ts";

/**
 * The aligner's pure `readImportFile`, its errors made problem+json: a malformed file says its
 * line and column, a bitext in other languages names them. Nothing is stored before this passes.
 */
export function readImportBytes(bytes: Uint8Array, fileName: string): ImportedFile {
  try {
    return readImportFile(bytes);
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
