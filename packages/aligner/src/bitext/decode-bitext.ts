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
  const decoded = decodeText(bytes);
  return { text: decoded.text, encoding: decoded.encoding, ...(decoded.warning === undefined ? {} : { warning: decoded.warning }) };
}
