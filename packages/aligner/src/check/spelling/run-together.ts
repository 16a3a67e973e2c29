import type { Speller } from "../../types.ts";
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

const ALPHABET = [..."abcdefghijklmnopqrstuvwxyzáàâãéêíóôõúüç"];

/** The accepted words one letter dropped, changed or added away from `word`. */
function editForms(word: string, speller: Speller): Set<string> {
  const chars = [...word];
  const out = new Set<string>();
  const tryForm = (form: string) => { if (form !== word && speller.correct(form)) out.add(form); };
  for (let i = 0; i <= chars.length; i++) {
    const head = chars.slice(0, i).join("");
    if (i < chars.length) {
      const tail = chars.slice(i + 1).join("");
      tryForm(head + tail);
      for (const c of ALPHABET) if (c !== chars[i]) tryForm(head + c + tail);
    }
    for (const c of ALPHABET) tryForm(head + c + chars.slice(i).join(""));
  }
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
  const others = [...editForms(word, speller)].filter((f) => f !== fix && common(f));
  if (!others.length) return fix;
  const said = new Set(english.map((w) => stemEn(w.toLowerCase())));
  const meant = others.filter((f) => translatePt(foldWord(f)).some((e) => said.has(stemEn(e))));
  if (meant.length === 1) return meant[0];
  // One rival the English does not say ("destina" beside "designa" for "desgina") does not outweigh the slip.
  return others.length === 1 && !meant.length ? fix : undefined;
}
