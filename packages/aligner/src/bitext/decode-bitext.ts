import { isUtf8 } from "node:buffer";
import { decodeText, textEncodingOf, TextDecodeError, type DecodedText } from "../normalize/index.ts";
import { sniffFormat } from "./sniff-format.ts";
import { ChunkedDocument, utf16ErrorAt, type ChunkEncoding } from "./chunked-document.ts";

export interface DecodedFile {
  text: string;
  encoding: DecodedText["encoding"] | "utf-16le" | "utf-16be";
  warning?: string;
}

/**
 * UTF-16 without a byte-order mark: CAT tools on Windows write XML as UTF-16, and an XML or PO
 * file starts with ASCII, so every other byte of its head is NUL. Looked for in the first bytes
 * only; a text file with NULs in it is refused later as binary.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul === pairs && evenNul === 0) return "utf-16le";
  if (evenNul === pairs && oddNul === 0) return "utf-16be";
  return undefined;
}

/** Control characters other than tab, LF, FF, CR: in more than 1% of the head, a binary file. */
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;

/**
 * The common case in one native pass: valid UTF-8 with no NUL and a head that is not mostly
 * control characters. `decodeText` scans the bytes in JavaScript first (it must find the bad
 * byte of a bad file), which was a quarter of importing a 40 MB TMX; it still handles the rest.
 */
function wellFormedUtf8(bytes: Uint8Array): string | undefined {
  if (bytes.indexOf(0) >= 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const head = text.slice(0, 65536);
  if ((head.match(CONTROL)?.length ?? 0) > head.length * 0.01) return undefined;
  return text;
}

/**
 * Decodes an imported file: UTF-16 (LE or BE, with or without BOM) as well as what `decodeText`
 * reads (UTF-8 with or without BOM, Windows-1252). Throws `TextDecodeError` for anything else.
 */
export function decodeFileBytes(bytes: Uint8Array): DecodedFile {
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  const utf16 = bom ?? utf16WithoutBom(bytes);
  if (utf16 !== undefined) {
    // fatal: an odd byte count or a broken surrogate is a damaged file, not something to guess at.
    try {
      return { text: new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes), encoding: utf16 };
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      throw new TextDecodeError("invalid-utf16", utf16ErrorAt(bytes, 0, bytes.length, utf16), `not ${utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"}: a surrogate out of its pair or a byte left over`);
    }
  }
  const fast = wellFormedUtf8(bytes);
  if (fast !== undefined) return { text: fast, encoding: "utf-8" };
  const decoded = decodeText(bytes);
  return { text: decoded.text, encoding: decoded.encoding, ...(decoded.warning === undefined ? {} : { warning: decoded.warning }) };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const bomAt = (bytes: Uint8Array, at: number) => UTF8_BOM.every((b, i) => bytes[at + i] === b);
/**
 * Whether bytes[start…] is UTF-8 as a fatal TextDecoder takes it, without making a string:
 * decoding a 50 MB file with accents and emoji only to check it cost ~0.5 s, and a JavaScript
 * loop over the bytes as much on a busy machine; Node's native check takes a few milliseconds.
 */
export function isWellFormedUtf8(bytes: Uint8Array, start = 0): boolean {
  return isUtf8(bytes.subarray(start));
}

/** The formats whose readers take a file chunk by chunk: all that import reads. */
export type StreamedFormat = "tmx" | "xliff" | "po" | "tsv" | "csv";
const STREAMED = new Set<string>(["tmx", "xliff", "po", "tsv", "csv"] satisfies StreamedFormat[]);

/** A bitext file to be read chunk by chunk, the encoding it is in, and what the reader should warn about it. */
export interface StreamableFile {
  document: ChunkedDocument;
  format: StreamedFormat;
  encoding: ChunkEncoding;
  warning?: string;
}

/** How far in to look for the format and for control characters: sniffFormat's head and more. */
const HEAD_CHARS = 65536;

/**
 * The document's format if it is a bitext (found from its head), else undefined: a text to
 * align is decoded whole, as the aligner takes it.
 */
function asBitext(document: ChunkedDocument, headBytes: number, warning?: string): StreamableFile | undefined {
  const head = document.head(headBytes).slice(0, HEAD_CHARS);
  if (document.encoding === "utf-8" && (head.match(CONTROL)?.length ?? 0) > head.length * 0.01) return undefined;
  const format = sniffFormat(head.replace(/^\uFEFF/, ""));
  if (!STREAMED.has(format)) return undefined;
  return { document, format: format as StreamedFormat, encoding: document.encoding, ...(warning === undefined ? {} : { warning }) };
}

/**
 * A TMX, XLIFF, PO, TSV or CSV file that `decodeFileBytes` would read (UTF-8, UTF-16 with or
 * without BOM, Windows-1252), as a `ChunkedDocument` to be read chunk by chunk rather than
 * decoded whole: the same text, found the same way (the byte-order marks `decodeFileBytes` and
 * `readImportFile` drop are skipped), the bytes checked here without ever holding the text (UTF-16
 * as its chunks are decoded: `TextDecodeError` where it breaks). Else
 * undefined, and the file takes the usual path (which also says what is wrong with bad bytes).
 */
export function streamableDocument(bytes: Uint8Array): StreamableFile | undefined {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  const utf16 = bom16 ?? utf16WithoutBom(bytes);
  if (utf16 !== undefined) {
    let start = bom16 === undefined ? 0 : 2;
    const first = utf16 === "utf-16le" ? bytes[start]! | (bytes[start + 1]! << 8) : (bytes[start]! << 8) | bytes[start + 1]!;
    if (first === 0xfeff) start += 2;
    return asBitext(new ChunkedDocument(bytes, start, undefined, utf16), 2 * HEAD_CHARS);
  }
  if (bytes.indexOf(0) >= 0) return undefined;
  const afterBom = bomAt(bytes, 0) ? 3 : 0;
  if (isWellFormedUtf8(bytes, afterBom)) {
    const start = afterBom + (bomAt(bytes, afterBom) ? 3 : 0);
    // HEAD_CHARS characters take at most four times as many bytes.
    return asBitext(new ChunkedDocument(bytes, start), 4 * HEAD_CHARS);
  }
  let found: ReturnType<typeof textEncodingOf>;
  try {
    found = textEncodingOf(bytes);
  } catch {
    return undefined;
  }
  if (found.encoding !== "windows-1252") return undefined;
  return asBitext(new ChunkedDocument(bytes, 0, undefined, "windows-1252"), HEAD_CHARS, found.warning);
}
