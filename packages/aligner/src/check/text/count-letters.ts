/**
 * How many letters (`\p{L}`) a text holds: `(text.match(/\p{L}/gu) ?? []).length` without the
 * array of one-letter strings the match builds. The code and prose shares of every pair count
 * letters of whole texts and their masks, several times each.
 */

/** Per UTF-16 unit: 1 a letter, 2 not a letter; 0 not yet known. */
const KIND = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;
const astral = new Map<number, boolean>();

function bmpLetter(c: number): boolean {
  let k = KIND[c]!;
  if (k === 0) KIND[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

function astralLetter(codePoint: number): boolean {
  let known = astral.get(codePoint);
  if (known === undefined) astral.set(codePoint, (known = LETTER.test(String.fromCodePoint(codePoint))));
  return known;
}

export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if (bmpLetter(c)) n++;
      continue;
    }
    // A surrogate pair is one character, as the pattern's "u" flag reads it; a lone surrogate is no letter.
    const d = text.charCodeAt(i + 1);
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      if (astralLetter(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) n++;
      i++;
    }
  }
  return n;
}
