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

/** Decodes cp1252, or returns the offset of the first byte cp1252 leaves undefined. */
export function decodeWindows1252(bytes: Uint8Array): { text: string } | { undefinedAt: number } {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) {
      const cp = CP1252_HIGH[b - 0x80];
      if (cp === undefined) return { undefinedAt: i };
      parts.push(String.fromCharCode(cp));
    } else {
      parts.push(String.fromCharCode(b));
    }
  }
  return { text: parts.join("") };
}
