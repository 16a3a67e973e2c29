import { isSentenceStart, isUpper, isUpperOrDigitUnit, words, type Word } from "./words.ts";
import { BoundedCache } from "../../bounded-cache.js";

/** A name in the English: a run of capitalised or alphanumeric words ("DeepSeek R1 Pro"). */
export interface Name {
  text: string;
  /** The words of the run, for trying each one alone when the whole run is not found. */
  parts: string[];
}

// Capitalised only because they start an English sentence or are the pronoun "I": never names.
const NOT_NAMES = new Set(["A", "I", "I'm", "I've", "I'd", "I'll", "OK", "Okay", "Yes", "No", "Mr", "Mrs", "Ms", "Dr"]);

/** "GPT-4o", "o3", "R1", "DeepSeek", "iPhone": digits or an inner capital mark a name anywhere. */
const coined = new Map<string, boolean>();

/** Memoised: every check that looks for names asks about the same words. */
export function looksCoined(word: string): boolean {
  // A word with no digit and no capital after the first letter is never coined: answered without
  // the memo, which most words would only fill (and each new word asks with a string to hash).
  if (plainWord(word)) return false;
  let answer = coined.get(word);
  if (answer === undefined) {
    answer = coinedUncached(word);
    if (coined.size > 50_000) coined.clear();
    coined.set(word, answer);
  }
  return answer;
}

/**
 * No digit, and no capital after the first letter: by character codes for ASCII, by the letter table of words.ts
 * for accented letters ("informação"). A first letter outside ASCII that is a capital or a digit, and a surrogate,
 * are left to the memo.
 */
export function plainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (i > 0 && c >= 65 && c <= 90)) return false;
    } else if ((c >= 0xd800 && c <= 0xdfff) || isUpperOrDigitUnit(c)) return false;
  }
  return true;
}

export function coinedUncached(word: string): boolean {
  // A prefix on an acronym ("ex-CEO", "pós-GPT") is Portuguese word-building, not a coined name.
  const w = word.replace(/^\p{Ll}+-(?=\p{Lu})/u, "");
  // Decades, ordinals, quantities and units ("2000s", "20th", "10x", "5%", "2h") have digits but are not names.
  if (/^\p{N}+(?:[.,]\p{N}+)?(?:s|st|nd|rd|th|x|k|m|bn|h|min|ms|km|kg|gb|mb|tb|%)?$/iu.test(w)) return false;
  return (/\p{N}/u.test(w) && /\p{L}/u.test(w)) || /.\p{Lu}/u.test(w.replace(/^\p{Lu}+$/u, ""));
}

function isNameWord(w: Word, atSentenceStart: boolean, capitalisedElsewhere: Set<string>): boolean {
  // Every word of NOT_NAMES is capitalised: a word in lower case (most of the English) needs no lookup there.
  const upper = isUpper(w.text[0]!);
  if (upper && NOT_NAMES.has(w.text)) return false;
  if (looksCoined(w.text)) return true;
  if (!upper) return false;
  // A capital that only marks a sentence start counts when the word is capitalised mid-sentence too.
  return !atSentenceStart || capitalisedElsewhere.has(w.text) || ALL_CAPITALS.test(w.text);
}

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

const stripPossessive = (w: string): string => (w.endsWith("s") && /['’]s$/u.test(w) ? w.slice(0, -2) : w);

/** Pairs whose names are kept: the entity checks of one pair all ask. */
const NAMES_CACHE_SIZE = 8;
const namesCache = new BoundedCache<string, Name[]>(NAMES_CACHE_SIZE);

/** The names in an English text, longest runs first. */
export function englishNames(text: string): Name[] {
  const known = namesCache.get(text);
  if (known) return known;
  return namesCache.set(text, findNames(text));
}

/**
 * False when no word can be a name: every capitalised word starts a sentence (so nothing is
 * capitalised elsewhere to vouch for it) and none is coined or an acronym. Most English
 * sentences are like that, and are settled without the arrays below.
 */
function mayHaveNames(text: string, ws: readonly Word[]): boolean {
  for (const w of ws) {
    const bare = stripPossessive(w.text);
    if (looksCoined(bare)) return true;
    if (!isUpper(bare[0]!)) continue;
    if (ALL_CAPITALS.test(bare) || !isSentenceStart(text, w.start)) return true;
  }
  return false;
}

function findNames(text: string): Name[] {
  const all = words(text);
  if (!mayHaveNames(text, all)) return [];
  // One pass over the words and the gaps between them: possessives stripped, sentence starts, capitals
  // elsewhere and joins, instead of an array and a look-back per question.
  // Only a capitalised word asks whether it starts a sentence (isNameWord answers the rest before).
  const ws: Word[] = [];
  const startsSentence: boolean[] = [];
  const joinedToPrev: boolean[] = [];
  const elsewhere = new Set<string>();
  for (let k = 0; k < all.length; k++) {
    const w0 = all[k]!;
    const bare = stripPossessive(w0.text);
    const w = bare === w0.text ? w0 : { text: bare, start: w0.start, end: w0.start + bare.length };
    const upper = isUpper(w.text[0]!);
    const starts = upper && isSentenceStart(text, w.start);
    if (upper && !starts) elsewhere.add(w.text);
    joinedToPrev.push(k > 0 && w.start - ws[k - 1]!.end === 1 && (text[w.start - 1] === " " || text[w.start - 1] === "-"));
    ws.push(w);
    startsSentence.push(starts);
  }
  const isName = ws.map((w, k) => isNameWord(w, startsSentence[k]!, elsewhere));
  // A capital at a sentence start counts when a name follows: "Noah Smith: …". Not before an acronym:
  // "Use FTP" is a verb and a name, and the name alone is what the Portuguese must keep.
  ws.forEach((w, k) => {
    if (!isName[k] && isUpper(w.text[0]!) && !NOT_NAMES.has(w.text) && isName[k + 1] && joinedToPrev[k + 1] && !ALL_CAPITALS.test(ws[k + 1]!.text)) isName[k] = true;
  });
  const runs: Word[][] = [];
  let run: Word[] = [];
  ws.forEach((w, k) => {
    const joined = joinedToPrev[k]!;
    if (!isName[k]) { if (run.length) runs.push(run); run = []; return; }
    if (run.length && !joined) { runs.push(run); run = []; }
    run.push(w);
  });
  if (run.length) runs.push(run);
  const seen = new Set<string>();
  const names: Name[] = [];
  for (const r of runs) {
    const name = text.slice(r[0]!.start, r[r.length - 1]!.end);
    if (seen.has(name)) continue;
    seen.add(name);
    names.push({ text: name, parts: r.map((w) => w.text) });
  }
  return names.sort((a, b) => b.text.length - a.text.length);
}
