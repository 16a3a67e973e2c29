import { ObjectMemo, PassMemo } from "../../document-pass.ts";
import { BoundedCache } from "../../bounded-cache.js";

/** A word with its offsets, as the checks tokenise Portuguese and English. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters and digits, joined by inner hyphens, dots or apostrophes, so "GPT-4.0",
// "pós-treinamento" and "comercializá-lo" each stay one word.
// A dot joins only before a digit or capital ("GPT-4.0", "Character.AI"): "aumentam.amodei" is two words glued by a typo.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|\.[\p{Lu}\p{N}][\p{L}\p{N}]*)*/gu;

/**
 * Texts whose words are kept: every check of a pair tokenises the same Portuguese and
 * English. Few, because kept arrays outlive the young generation: 64 made a 20k-sentence
 * document peak 20 MB higher (and a most-recently-used order higher still).
 */
const CACHE_SIZE = 8;
const cache = new BoundedCache<string, readonly Word[]>(CACHE_SIZE);
/**
 * During a document pass, the words of the first texts it tokenises (a document of a few thousand
 * sentences): its document checks tokenise every pair again. Bounded, for the same memory's sake.
 */
const passWords = new PassMemo<string, readonly Word[]>(4096);

/** The words of `text`; the result is shared between callers, so it is read-only. */
export function words(text: string): readonly Word[] {
  const known = passWords.get(text) ?? cache.get(text);
  if (known) return known;
  const out = byScan(text);
  // A pass keeps it; the few recent texts are kept only outside one.
  if (passWords.set(text, out)) return out;
  return cache.set(text, out);
}

/** The words as WORD finds them: the reference, and the path for text outside the BMP. */
export function byPattern(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Per UTF-16 unit: bit 1 a letter or digit, bit 2 an upper-case letter or digit, bit 4 known. */
const CLASS = new Uint8Array(0x10000);
const WORD_CHAR = 1;
const UPPER_OR_DIGIT = 2;
function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 4 | (/[\p{L}\p{N}]/u.test(ch) ? WORD_CHAR : 0) | (/[\p{Lu}\p{N}]/u.test(ch) ? UPPER_OR_DIGIT : 0);
    CLASS[c] = k;
  }
  return k;
}

/** Whether a UTF-16 unit outside the surrogates is a letter or a digit (`[\p{L}\p{N}]`), by the table. */
export const isLetterOrDigitUnit = (c: number): boolean => (classOf(c) & WORD_CHAR) !== 0;
/** Whether a UTF-16 unit outside the surrogates is an upper-case letter or a digit (`[\p{Lu}\p{N}]`), by the table. */
export const isUpperOrDigitUnit = (c: number): boolean => (classOf(c) & UPPER_OR_DIGIT) !== 0;

// Module level, not a closure per text: tsx wraps every named inner function on each call.
const isWordAt = (text: string, i: number): boolean => i < text.length && (classOf(text.charCodeAt(i)) & WORD_CHAR) !== 0;

/**
 * WORD by hand, one pass over the text with a class table: tokenising is the first thing
 * every check does to every pair, and the pattern with its Unicode classes cost several
 * times more. Only for text without surrogates (every unit is one character): a surrogate
 * is no word character, so the scan meets each one between words and hands such a text to
 * the pattern. A test checks it against the pattern.
 */
export function byScan(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt(text, i)) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return byPattern(text);
      i++;
      continue;
    }
    const start = i;
    while (isWordAt(text, i)) i++;
    for (;;) {
      const c = text.charCodeAt(i);
      // An inner hyphen or apostrophe, or a dot before a capital or digit, joins the next run.
      const joins = (c === 45 || c === 39 || c === 0x2019) ? isWordAt(text, i + 1) : c === 46 && i + 1 < n && (classOf(text.charCodeAt(i + 1)) & UPPER_OR_DIGIT) !== 0;
      if (!joins) break;
      i += 2;
      while (isWordAt(text, i)) i++;
    }
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Whether a word of `words()` joins runs of letters (a hyphen, an apostrophe or a dot inside it): most words do not. */
export const hasJoiner = (w: string): boolean => {
  // One pass over the word, not one search per joiner: asked of every word of every pair.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019 || c === 46) return true;
  }
  return false;
};

const lowerCache = new ObjectMemo<readonly Word[], readonly string[]>();

/** The words of a `words()` result in lower case, computed once for all the checks of a pair. */
export function lowered(ws: readonly Word[]): readonly string[] {
  let low = lowerCache.get(ws);
  if (!low) lowerCache.set(ws, (low = ws.map((w) => w.text.toLowerCase())));
  return low;
}

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const MARKS = /\p{M}/gu;

/** Accents and cedillas dropped, case kept: "Célula" is "Celula". */
export function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(MARKS, "");
}

/** Case and accents folded: "Noé" and "noe" compare equal. */
export function fold(text: string): string {
  return withoutAccents(text).toLowerCase();
}

/** Folded with separators removed, so "deep seek", "Deep-Seek" and "DeepSeek" share a key. */
export function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, "");
}

// ASCII first: these run on every word of every pair, and case-mapping a string allocates.
export const isUpper = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
export const isLower = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};

const LETTERS_ONLY = /^\p{L}+$/u;
/** Whether `w` is letters only, as `/^\p{L}+$/u` says: by character codes for plain ASCII (most words), by the pattern otherwise. */
export function isLetters(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return LETTERS_ONLY.test(w);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

const SPACE = /\s/u;
/** Whether `text.slice(from, to)` is one or more white-space characters (`/^\s+$/u`), without slicing it. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? !(c === 32 || (c >= 9 && c <= 13)) : !SPACE.test(text[i]!)) return false;
  }
  return true;
}

/** Words with English or Portuguese sentence-initial position: start of text, or after . ! ? and space. */
export function isSentenceStart(text: string, offset: number): boolean {
  // Walk back over quotes, brackets, bullets and spaces; what is left decides.
  let i = offset - 1;
  while (i >= 0 && OPENERS.has(text[i]!)) {
    if (text[i] === "\n") return true;
    i--;
  }
  return i < 0 || ".!?:…".includes(text[i]!);
}

const OPENERS = new Set(["\"", "“", "”", "'", "‘", "’", "(", "[", "*", " ", "\t", "\n", "·", "•", "–", "—", "-"]);
