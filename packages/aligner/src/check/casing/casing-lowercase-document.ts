import type { CheckInput, Flag, Speller } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { sentenceStarts } from "./sentence-starts.ts";
import { isLower, words } from "../text/words.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { afterLabel, continuesFrom } from "./casing-sentence-start.ts";

/** Below this many sentences a document is too short to call all lower case. */
const MIN_SENTENCES = 10;
/** Share of sentences starting in lower case above which the whole document lost its capitals. */
const LOWERCASE_SHARE = 0.6;
/** Share of the English's sentence starts in lower case above which lower case is the original's style. */
const ENGLISH_LOWERCASE_SHARE = 0.3;

/** Below this many words a pair with no stop is a heading, a list item or a table cell, not a sentence. */
const MIN_FRAGMENT_WORDS = 4;
/** A word that may open a sentence of prose: no identifier, variable or code ("x", "ng", "lista_de_usuários"). */
const PROSE_START = /^(?:\p{L}{2,}|[aàoóeé])$/iu;

/** A name heading its line before a call's brackets or a dash ("file(action,unit) permite", "spget — recupera"): the program's spelling. */
const NAMED_BY_CODE = /^(?:\(|\s+[-–—]\s)/u;

/**
 * The sentence starts of running prose: not code, not the definition after a label (a reference
 * page's "x ¶ vetor de reais", "\"new\" ¶ o arquivo não deve existir", lower case by convention),
 * not a heading or table cell of a few words, not a sentence going on from a segment with no stop.
 * A reference page is mostly such material, and its few sentences of prose carry their capitals.
 * With the dictionary, only a Portuguese word opens prose: a function's or variable's name
 * ("xadj é um vetor", "sparse — definição") is written as the program spells it.
 */
function proseStarts(pairs: readonly CheckInput[], pt?: Speller) {
  return pairs.flatMap((p) => {
    const starts = sentenceStarts(p.pt);
    if (!starts.length || looksLikeCode(p.pt)) return [];
    const fragment = !/[.!?…:;]["”)]?\s*$/u.test(p.pt) && words(p.pt).length < MIN_FRAGMENT_WORDS;
    const first = p.pt.search(/\p{L}/u);
    return starts.filter((s) => PROSE_START.test(s.word) && !(s.offset === first && (fragment || afterLabel(p.prevPt) || continuesFrom(p.prevPt))) &&
      !NAMED_BY_CODE.test(p.pt.slice(s.offset + s.word.length)) &&
      (!pt || pt.correct(s.word.toLowerCase()) || pt.correct(s.word[0]!.toUpperCase() + s.word.slice(1).toLowerCase())));
  });
}

/**
 * Whether the document's sentence starts, prose or not, hold enough in lower case for a majority of
 * MIN_SENTENCES: the prose starts are some of them, so where they do not, no prose starts can. Most
 * documents are settled so, without the code and label tests of every pair.
 */
function enoughLowerStarts(pairs: readonly CheckInput[]): boolean {
  let lower = 0;
  for (const p of pairs) for (const s of sentenceStarts(p.pt)) if (isLower(s.word[0]!)) lower++;
  return lower > LOWERCASE_SHARE * MIN_SENTENCES;
}

/** The sentence starts in lower case and all of them, when there are enough to judge and most are lower case. */
function lowerCaseStarts(pairs: readonly CheckInput[], pt?: Speller): { lower: number; total: number } | undefined {
  if (!enoughLowerStarts(pairs)) return undefined;
  const starts = proseStarts(pairs, pt);
  const lower = starts.filter((s) => isLower(s.word[0]!)).length;
  if (starts.length < MIN_SENTENCES || lower / starts.length <= LOWERCASE_SHARE) return undefined;
  // A reference manual whose English starts its entries in lower case too ("computes the …") did not lose its capitals.
  const english = pairs.flatMap((p) => (p.en ? sentenceStarts(p.en) : []));
  if (english.length >= MIN_SENTENCES && english.filter((s) => isLower(s.word[0]!)).length / english.length > ENGLISH_LOWERCASE_SHARE) return undefined;
  return { lower, total: starts.length };
}

/** Whether the document lost its capitals (and is reported once, as a whole). */
export const isAllLowerCase = (pairs: readonly CheckInput[], pt?: Speller): boolean => lowerCaseStarts(pairs, pt) !== undefined;

/** A document written entirely in lower case: reported once, instead of on every sentence. */
export const casingLowercaseDocument: Check<"casing-lowercase-document" | "casing-sentence-start"> = {
  id: "casing-lowercase-document",
  family: "casing",
  severity: "error",
  name: "Whole document in lower case",
  description: "Nearly every sentence starts in lower case: the text lost its capitals and needs recasing as a whole.",
  supersedes: ["casing-sentence-start"],
  raisedIn: (document) => document.allLowerCase === true,
  runDocument(pairs, context) {
    const found = lowerCaseStarts(pairs, context.spellers.pt);
    const documentFlags: Flag[] = [];
    if (found) {
      const share = Math.round((100 * found.lower) / found.total);
      documentFlags.push(flagAt(this, "", 0, 0, `${share}% of the sentences start in lower case: the whole document lost its capitals.`));
    }
    return { pairFlags: pairs.map(() => []), documentFlags };
  },
};
