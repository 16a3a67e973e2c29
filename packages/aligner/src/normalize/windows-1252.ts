/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F; these five bytes are undefined there,
 * so their presence means the text is not cp1252 either.
 */
const CP1252_HIGH: readonly (number | undefined)[] = [
  0x20ac, undefined, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, undefined, 0x017d, undefined,
  undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, undefined, 0x017e, 0x0178,
];

/** Each byte's UTF-16 code unit, or NONE for the five undefined bytes (every cp1252 character is one code unit). */
const NONE = 0xffff;
/** A Uint16Array's bytes are in the machine's order. */
const NATIVE_UTF16 = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? "utf-16le" : "utf-16be";
const UNITS = Uint16Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? NONE) : b));

/**
 * Decodes cp1252, or returns the offset of the first byte cp1252 leaves undefined. The code
 * units are made in a typed array and turned into a string by the native UTF-16 decoder: a
 * string built a character at a time took longer than reading the file it came from.
 */
export function decodeWindows1252(bytes: Uint8Array): { text: string } | { undefinedAt: number } {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const unit = UNITS[bytes[i]!]!;
    if (unit === NONE) return { undefinedAt: i };
    units[i] = unit;
  }
  return { text: new TextDecoder(NATIVE_UTF16).decode(units) };
}
