/**
 * Finds the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629 table),
 * and counts the well-formed multi-byte sequences seen before it. TextDecoder's fatal mode
 * says only "invalid", not where, and the error must say where.
 */
export function scanUtf8(bytes: Uint8Array): { firstInvalid: number; multiByte: number } {
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // Overlong forms and UTF-16 surrogates are excluded by narrowing the second byte.
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { firstInvalid: i, multiByte };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return { firstInvalid: i, multiByte };
    }
    multiByte++;
    i += need + 1;
  }
  return { firstInvalid: -1, multiByte };
}
