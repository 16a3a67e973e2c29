import type { Speller } from "../../types.ts";
import { memoPerSpeller } from "../text/memo-per-speller.ts";

// Letters a typist or a machine confuses with each other in Portuguese: accents added, lost or swapped.
const VARIANTS: Record<string, string> = {
  a: "áàâã", á: "aàâã", à: "aáâã", â: "aáàã", ã: "aáàâ",
  e: "éê", é: "eê", ê: "eé",
  i: "í", í: "i",
  o: "óôõ", ó: "oôõ", ô: "oóõ", õ: "oóô",
  u: "úü", ú: "uü", ü: "uú",
  c: "ç", ç: "c",
};

/**
 * The accepted words one slip away from `word`: one letter's accent changed, two neighbours
 * swapped, or a doubled letter typed once more. A small, fixed set of candidates (tens, not
 * the hundreds of a full edit distance), so a whole document is checked in milliseconds.
 */
export function closeForms(word: string, speller: Speller, slips: "accents" | "all" = "all"): readonly string[] {
  return slips === "all" ? allSlips(word, speller) : accentSlips(word, speller);
}

// The answer depends on the word and the dictionary alone, and the spelling and foreign-word checks
// ask about the same rejected words on every check of a document: remembered per dictionary.
/** Answers kept per dictionary: past this many, the memo starts again. */
const MAX_ANSWERS = 20_000;
const allSlips = memoPerSpeller(MAX_ANSWERS, (word, speller) => closeFormsUncached(word, speller, "all"));
const accentSlips = memoPerSpeller(MAX_ANSWERS, (word, speller) => closeFormsUncached(word, speller, "accents"));

function closeFormsUncached(word: string, speller: Speller, slips: "accents" | "all"): string[] {
  const out = new Set<string>();
  const chars = [...word];
  const tryForm = (form: string) => { if (form !== word && speller.correct(form)) out.add(form); };
  chars.forEach((c, i) => {
    for (const v of VARIANTS[c] ?? "") tryForm([...chars.slice(0, i), v, ...chars.slice(i + 1)].join(""));
    if (slips === "accents") return;
    if (i + 1 < chars.length && chars[i + 1] !== c) tryForm([...chars.slice(0, i), chars[i + 1]!, c, ...chars.slice(i + 2)].join(""));
    if (i > 0 && chars[i - 1] === c) tryForm([...chars.slice(0, i), ...chars.slice(i + 1)].join(""));
  });
  return [...out];
}
