import type { Speller } from "../../types.ts";
import { memoPerSpeller } from "../text/memo-per-speller.ts";
import { closeForms } from "./close-forms.ts";
import { translatePt } from "../../align/lexicon.ts";
import { foldWord, stemEn } from "../../align/en-stem.ts";

// Short words a typist glues to the next or the previous one: "atéseis", "corse", "parapara".
const FUNCTION_WORDS = new Set(["as", "os", "se", "de", "da", "do", "das", "dos", "em", "na", "no", "nas", "nos", "um", "uma", "ao", "aos", "que", "com", "por", "para", "como", "até", "ou", "sem", "mas", "não"]);
// A single letter that is a word ("grade e", "como o"): only where it doubles the letter before it.
const LETTER_WORDS = new Set(["a", "e", "o"]);

/** A word common enough to be the half of a glued pair: in the alignment lexicon or itself a short function word. */
const common = (word: string): boolean => FUNCTION_WORDS.has(word) || translatePt(foldWord(word)).length > 0;

/**
 * The two words `word` (lower case) is, run together: "até seis" for "atéseis", "cor se" for "corse",
 * "grade e" for "gradee", "como o" for "comoo", "para para" for "parapara". One half is a short function
 * word, the other a common word (a rare one, "retro" in "retrona", is a guess); a single-letter word
 * only where it doubles the letter before it, the slip a one-letter fix would undo. Undefined when there is none.
 */
export function runTogether(word: string, speller: Speller): string | undefined {
  const chars = [...word];
  for (let i = 1; i < chars.length; i++) {
    const a = chars.slice(0, i).join("");
    const b = chars.slice(i).join("");
    if (FUNCTION_WORDS.has(a) && [...b].length >= 3 && common(b) && speller.correct(b)) return `${a} ${b}`;
    if (FUNCTION_WORDS.has(b) && [...a].length >= 3 && common(a) && speller.correct(a)) return `${a} ${b}`;
    if (LETTER_WORDS.has(b) && a.endsWith(b) && [...a].length >= 3 && speller.correct(a)) return `${a} ${b}`;
  }
  return undefined;
}

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

/** Memoised per speller: a document repeats its typos ("midia" six times in one man page). */
const commonEditForms = memoPerSpeller(512, findCommonEditForms);

/**
 * The common accepted words one letter dropped, changed or added away from `word`, accents aside. The
 * lexicon is keyed without accents, so the forms are tried so, with a map's look-up each; only the few it
 * knows are given their accents back and asked of the dictionary ("mascara" → "máscara").
 */
function findCommonEditForms(word: string, speller: Speller): Set<string> {
  const chars = [...foldWord(word)];
  const seen = new Set<string>();
  const out = new Set<string>();
  const tryForm = (form: string) => {
    if (seen.has(form)) return;
    seen.add(form);
    if (translatePt(form).length === 0) return;
    if (speller.correct(form)) out.add(form);
    else for (const accented of closeForms(form, speller, "accents")) out.add(accented);
  };
  for (let i = 0; i <= chars.length; i++) {
    const head = chars.slice(0, i).join("");
    if (i < chars.length) {
      const tail = chars.slice(i + 1).join("");
      tryForm(head + tail);
      for (const c of LETTERS) if (c !== chars[i]) tryForm(head + c + tail);
    }
    const rest = chars.slice(i).join("");
    for (const c of LETTERS) tryForm(head + c + rest);
  }
  out.delete(word);
  return out;
}

/**
 * The correction to offer when the one-slip word `fix` is rare ("tropo", "vezais") and common words are
 * one letter away from `word` too ("topo" for "torpo", "vazias" for "vezias"): the common word the pair's
 * English says ("the top", "Empty lines"); none when several could be meant; `fix` itself when no common
 * word competes, or only one the English does not say. A look-up per edit of the word, and only for a word the check flags.
 */
export function bestGuess(word: string, fix: string, speller: Speller, english: readonly string[]): string | undefined {
  if (common(fix)) return fix;
  const others = [...commonEditForms(word, speller)].filter((f) => f !== fix);
  if (!others.length) return fix;
  const said = new Set(english.map((w) => stemEn(w.toLowerCase())));
  const meant = others.filter((f) => translatePt(foldWord(f)).some((e) => said.has(stemEn(e))));
  if (meant.length === 1) return meant[0];
  // One rival the English does not say ("destina" beside "designa" for "desgina") does not outweigh the slip.
  return others.length === 1 && !meant.length ? fix : undefined;
}
