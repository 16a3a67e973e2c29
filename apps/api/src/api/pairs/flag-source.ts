import type { Flag } from "../../contract/index.ts";

type Source = NonNullable<Flag["source"]>;

/** A character that continues a word: a name found inside a longer word is not the name. */
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** The character (a whole code point) that ends just before `at`, or "" at the start. */
function charBefore(text: string, at: number): string {
  if (at === 0) return "";
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text[at - 1]!;
}

/** The character (a whole code point) that starts at `at`, or "" at the end. */
function charAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/**
 * Lower case as a case-blind comparison wants it: the final sigma is a sigma (lowering turns a
 * word-final "Σ" into "ς", which a case-blind match of "σ" still takes).
 */
const fold = (text: string): string => text.toLowerCase().replaceAll("ς", "σ");

const wholeWordAt = (text: string, start: number, end: number): boolean => !WORD_CHAR.test(charBefore(text, start)) && !WORD_CHAR.test(charAt(text, end));

/** The first whole-word occurrence of `name` in `text` (`text` and `name` as compared: both lowered, or both as written). */
function firstWholeWord(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (wholeWordAt(text, at, at + name.length)) return at;
  }
  return -1;
}

/** Names the entity checks quote in their messages: `The English has "Noah Smith"; …`. */
const QUOTED = /"([^"]+)"/g;

/** Parts shorter than this are not looked for alone ("AI" in "Hard AI" is not a name by itself). */
const MIN_PART = 4;

/**
 * The first whole-word occurrence, in the same case if there is one (the English is the model).
 * Found by comparing texts, never by a pattern made of the flag's text (code standards); ignoring
 * case by lowering both, where lowering keeps every offset (it nearly always does), else position
 * by position.
 */
function findName(enText: string, name: string, anyCase = true): Source | null {
  if (!name.trim()) return null;
  const found = (start: number): Source => ({ start, end: start + name.length, text: enText.slice(start, start + name.length) });
  const exact = firstWholeWord(enText, name);
  if (exact >= 0) return found(exact);
  if (!anyCase) return null;
  const lowered = fold(enText);
  const loweredName = fold(name);
  if (lowered.length === enText.length && loweredName.length === name.length) {
    const at = firstWholeWord(lowered, loweredName);
    return at >= 0 ? found(at) : null;
  }
  for (let at = 0; at + name.length <= enText.length; at++) {
    if (fold(enText.slice(at, at + name.length)) === loweredName && wholeWordAt(enText, at, at + name.length)) return found(at);
  }
  return null;
}

/**
 * The English an entity flag stands for. The aligner's Flag has no field for it, but every
 * entity check that compares with the English names it: the suggestion is the form to restore
 * (as the English writes it) and the message quotes the English name. Trying those, in that
 * order, against the pair's English finds the name itself rather than a look-alike; a name
 * only the term list knows, which the English lacks, has no source.
 */
export function englishSource(flag: { family: string; text: string; message: string; suggestion: string | null }, enText: string): Source | null {
  if (flag.family !== "entity" || !enText) return null;
  const quoted = [...flag.message.matchAll(QUOTED)].map((m) => m[1]!).filter((q) => q !== flag.text);
  const candidates = [flag.suggestion ?? "", ...quoted];
  for (const candidate of candidates) {
    const found = findName(enText, candidate);
    if (found) return found;
  }
  // The checks match a person by surname alone ("Altman" for "Sam Altman"), so the English may
  // too; parts only in their own case, so "Hard" does not find the adjective "hard".
  for (const candidate of candidates) {
    for (const part of candidate.split(/\s+/u).reverse()) {
      const found = part.length >= MIN_PART ? findName(enText, part, false) : null;
      if (found) return found;
    }
  }
  return null;
}
