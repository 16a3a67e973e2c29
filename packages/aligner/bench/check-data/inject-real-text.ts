/** Text helpers of the real-corpus injector: seeded randomness, words, sentences, case. */
import { rng } from "../align-gold/perturb.ts";

/** FNV-1a: the document's own seed comes from the run's seed and its id, so adding a document changes no other. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export type Rng = () => number;

/** The project's seeded generator (mulberry32, align-gold/perturb.ts), one stream per seed and document. */
export const rngFor = (seed: number, id: string): Rng => rng(hash32(`${seed}:${id}`));

export const pick = <T>(rng: Rng, xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(rng() * xs.length)] : undefined);

export function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Tok { text: string; start: number; end: number }

/** Words: letters (with accents) and inner apostrophes or hyphens; a JavaScript \b would cut "ação" in two. */
export function wordsOf(text: string): Tok[] {
  return [...text.matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Sentences of a block: a stop, space, then a capital, digit or opening quote starts the next. */
export function sentencesOf(text: string): Tok[] {
  const out: Tok[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?…])\s+(?=[\p{Lu}\d"“«(])/gu)) {
    out.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start, end: text.length });
  return out;
}

/** Whether `word` occurs in `text` as a whole word (letters or digits on neither side). */
export function hasWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/** Every whole-word occurrence of `word` in `text`. */
export function occurrences(text: string, word: string): Tok[] {
  const out: Tok[] = [];
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push({ text: word, start: at, end: at + word.length });
    at = text.indexOf(word, at + 1);
  }
  return out;
}

export const isUpperInitial = (w: string) => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string) => /^[\p{Lu}\d]+$/u.test(w) && /\p{Lu}/u.test(w);
export const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** `word` with the case pattern of `model` (all capitals, an initial capital, or lower case). */
export function caseLike(model: string, word: string): string {
  if (isAllCaps(model) && model.length > 1) return word.toUpperCase();
  return isUpperInitial(model) ? capitalise(word) : word;
}

/** Does the position start a sentence (the block's start, or after a stop and space)? */
export function atSentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?:…]\s+|\n)[("“«]?$/u.test(text.slice(Math.max(0, at - 4), at)) || at === 0;
}
