import type { Speller } from "../../types.ts";
import { words, type Word } from "../text/words.ts";
import { ObjectMemo } from "../../document-pass.ts";
import list from "./english-words.json" with { type: "json" };
import loanwords from "../foreign/loanwords.json" with { type: "json" };

const ENGLISH = new Set(list.words);
const LOANWORDS = new Set(loanwords.words);
/**
 * Words of the English list that are everyday Portuguese too: "use" is usar's subjunctive and
 * imperative ("use a opção", "faz com que grep use muita memória"), so it never starts an English run.
 */
const PORTUGUESE_TOO = new Set(["use"]);

/**
 * Whether a word is English and not Portuguese: from the word list, or, when the edge gave
 * both dictionaries, because English knows it and Portuguese does not. Loanwords of
 * Brazilian tech writing (startup, prompt) are Portuguese here.
 */
export function isEnglishWord(word: string, spellers: { pt?: Speller; en?: Speller }): boolean {
  return englishWordTest(spellers)(word);
}

/**
 * `isEnglishWord` for many words with the same dictionaries: the memo is found once, not per word.
 * Both untranslated checks ask about every word of every pair, so the answers are remembered
 * per dictionary pair.
 */
export function englishWordTest(spellers: { pt?: Speller; en?: Speller }): (word: string) => boolean {
  const memo = memoFor(spellers);
  return (word) => {
    let answer = memo.get(word);
    if (answer === undefined) {
      if (memo.size > 100_000) memo.clear();
      memo.set(word, (answer = classify(word, spellers)));
    }
    return answer;
  };
}

function memoFor(spellers: { pt?: Speller; en?: Speller }): Map<string, boolean> {
  const key = spellers.pt && spellers.en ? spellers.pt : NO_SPELLER;
  let known = answers.get(key);
  if (!known) answers.set(key, (known = new Map()));
  return known;
}

const NO_SPELLER: Speller = { correct: () => false };
const answers = new WeakMap<Speller, Map<string, boolean>>();

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const HAS_LETTER = /\p{L}/u;
const THREE_LETTERS_OR_MORE = /^\p{L}{3,}$/u;

function classify(word: string, spellers: { pt?: Speller; en?: Speller }): boolean {
  const lower = word.toLowerCase();
  // Capitalised too: "Use cat -v como parte do pipeline" opens with the imperative.
  if (LOANWORDS.has(lower) || PORTUGUESE_TOO.has(lower)) return false;
  if (ENGLISH.has(lower)) return true;
  if (!spellers.pt || !spellers.en || !THREE_LETTERS_OR_MORE.test(word)) return false;
  return spellers.en.correct(word) && !spellers.pt.correct(word) && !spellers.pt.correct(lower);
}

const flagCache = new ObjectMemo<readonly Word[], { memo: Map<string, boolean>; flags: boolean[] }>();

/** `isEnglishWord` of each word of a `words()` result, computed once for both untranslated checks of a pair. */
export function englishFlags(ws: readonly Word[], spellers: { pt?: Speller; en?: Speller }): readonly boolean[] {
  const memo = memoFor(spellers);
  const known = flagCache.get(ws);
  if (known && known.memo === memo) return known.flags;
  const isEnglish = englishWordTest(spellers);
  const flags = ws.map((w) => isEnglish(w.text));
  flagCache.set(ws, { memo, flags });
  return flags;
}

/** In the word list itself, not only by the dictionaries' say: labels are made of these. */
export const isListedEnglish = (word: string): boolean => ENGLISH.has(word.toLowerCase());

/** Share of a text's words that are English-only, in [0, 1]. */
export function englishShare(text: string, spellers: { pt?: Speller; en?: Speller }): number {
  const ws = words(text).filter((w) => HAS_LETTER.test(w.text));
  if (!ws.length) return 0;
  const isEnglish = englishWordTest(spellers);
  return ws.filter((w) => isEnglish(w.text)).length / ws.length;
}
