import { isUtf8 } from "node:buffer";
import { decodeText, type DecodedText } from "../normalize/index.ts";
import { sniffFormat } from "./sniff-format.ts";
import { Utf8Document } from "./utf8-document.ts";

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
    const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: utf16 };
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

/**
 * A TMX, XLIFF, PO, TSV or CSV file that `decodeFileBytes` would take on its fast path (well-formed
 * UTF-8, no NUL, not mostly control characters, not UTF-16), as a `Utf8Document` to be read
 * chunk by chunk rather than decoded whole: the same text, found the same way (the decoder drops
 * one byte-order mark and `readImportFile` another), checked here without ever holding it. Else
 * undefined, and the file takes the usual path.
 */
export function streamableUtf8(bytes: Uint8Array): { document: Utf8Document; format: StreamedFormat } | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16WithoutBom(bytes) !== undefined) return undefined;
  if (bytes.indexOf(0) >= 0) return undefined;
  const afterBom = bomAt(bytes, 0) ? 3 : 0;
  if (!isWellFormedUtf8(bytes, afterBom)) return undefined;
  // 65,536 characters take at most four times as many bytes; cut before a character's first byte.
  let headEnd = Math.min(bytes.length, afterBom + 4 * 65536);
  while (headEnd < bytes.length && (bytes[headEnd]! & 0xc0) === 0x80) headEnd--;
  let head = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(afterBom, headEnd));
  head = head.slice(0, 65536);
  if ((head.match(CONTROL)?.length ?? 0) > head.length * 0.01) return undefined;
  const start = afterBom + (bomAt(bytes, afterBom) ? 3 : 0);
  const format = sniffFormat(head.replace(/^\uFEFF/, ""));
  if (!STREAMED.has(format)) return undefined;
  return { document: new Utf8Document(bytes, start), format: format as StreamedFormat };
}
