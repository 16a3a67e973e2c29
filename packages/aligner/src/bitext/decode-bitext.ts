import { decodeText, type DecodedText } from "../normalize/index.ts";

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
