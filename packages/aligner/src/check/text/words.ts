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

/** Texts whose words are kept: every check of a pair tokenises the same Portuguese. */
const CACHE_SIZE = 64;
const cache = new Map<string, readonly Word[]>();

/** The words of `text`; the result is shared between callers, so it is read-only. */
export function words(text: string): readonly Word[] {
  const known = cache.get(text);
  if (known) return known;
  const out: Word[] = [];
  // exec on the shared regex rather than matchAll, which clones the regex and builds an iterator per text.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, out);
  return out;
}

/** Case and accents folded: "Noé" and "noe" compare equal. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
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
