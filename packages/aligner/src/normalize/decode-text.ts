import { TextDecodeError } from "./text-decode-error.ts";
import { scanUtf8 } from "./utf8-validity.ts";
import { decodeWindows1252 } from "./windows-1252.ts";

export interface DecodedText {
  /**
   * The text as decoded, without a byte-order mark. Every offset the aligner reports is a
   * UTF-16 index into this string: nothing else (line endings, NFC) is changed here.
   */
  text: string;
  encoding: "utf-8" | "windows-1252";
  /** A UTF-8 byte-order mark was present and dropped (it is not part of the text). */
  bom: boolean;
  /** Set when the input was not what was asked for but could be read anyway. */
  warning?: string;
}

/** Control characters other than tab, LF, FF and CR are rare in text and common in binaries. */
const MAX_CONTROL_RATIO = 0.01;
/** Look at the head only: a binary file shows itself early, and large texts stay fast. */
const SNIFF_BYTES = 64 * 1024;

function isTextControl(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d;
}

function rejectBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new TextDecodeError("binary", nul, "binary file: it contains a NUL byte");
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && !isTextControl(b)) || b === 0x7f) {
      controls++;
      if (first < 0) first = i;
    }
  }
  if (n > 0 && controls / n > MAX_CONTROL_RATIO) {
    throw new TextDecodeError("binary", first, `binary file: ${controls} control bytes in the first ${n}`);
  }
}

/**
 * Real cp1252 prose uses high bytes for accented letters and typographic punctuation; other
 * symbols (¯, ¬, ±…) in a file that is not UTF-8 more likely mean some other encoding.
 */
const PLAUSIBLE_CP1252 = /^[\x00-\x7f\p{L}–—‘’‚“”„…•€°ºª§«»\u00a0·]*$/u;

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), or Windows-1252 when the bytes are
 * clearly that (no well-formed UTF-8 multi-byte sequence at all, and no byte cp1252 leaves
 * undefined). Anything else throws a `TextDecodeError` naming the first bad byte.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bom, warning } = textEncodingOf(bytes);
  if (encoding === "utf-8") return { text: new TextDecoder("utf-8").decode(bom ? bytes.subarray(3) : bytes), encoding, bom };
  const cp = decodeWindows1252(bytes);
  // textEncodingOf has checked every byte.
  if ("undefinedAt" in cp) throw new Error("unreachable: an undefined cp1252 byte passed the check");
  return { text: cp.text, encoding, bom, ...(warning === undefined ? {} : { warning }) };
}

/** Per byte value, whether its cp1252 character is one PLAUSIBLE_CP1252 admits (no for the five bytes cp1252 leaves undefined). */
const PLAUSIBLE_BYTE = Uint8Array.from({ length: 256 }, (_, b) => {
  const cp = decodeWindows1252(Uint8Array.of(b));
  return "text" in cp && PLAUSIBLE_CP1252.test(cp.text) ? 1 : 0;
});

/**
 * What `decodeText` would read the bytes as, and its warning, without decoding them: a large
 * import is then decoded a chunk at a time (bitext/chunked-document.ts). Throws the same
 * `TextDecodeError` as `decodeText`.
 */
export function textEncodingOf(bytes: Uint8Array): Omit<DecodedText, "text"> {
  rejectBinary(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const { firstInvalid, multiByte } = scanUtf8(body);
  if (firstInvalid < 0) return { encoding: "utf-8", bom };
  const at = firstInvalid + (bom ? 3 : 0);
  const what = `not UTF-8: byte ${hex(bytes[at]!)} does not start a valid UTF-8 sequence`;
  // A mix of valid UTF-8 and stray high bytes is a damaged file, not a cp1252 one.
  if (bom || multiByte > 0) throw new TextDecodeError("invalid-utf8", at, what);
  for (let i = 0; i < bytes.length; i++) if (PLAUSIBLE_BYTE[bytes[i]!] === 0) throw new TextDecodeError("invalid-utf8", at, what);
  return { encoding: "windows-1252", bom: false, warning: `not UTF-8 (byte ${hex(bytes[at]!)} at offset ${at}); read as Windows-1252` };
}
