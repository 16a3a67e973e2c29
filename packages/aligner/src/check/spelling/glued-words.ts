import type { Speller } from "../../types.ts";

// The words a missing space most often glues to a neighbour: articles, prepositions, pronouns, conjunctions.
const FUNCTION_WORDS = new Set(["e", "o", "a", "os", "as", "de", "da", "do", "das", "dos", "se", "em", "no", "na", "nos", "nas", "um", "uma", "ao", "aos", "que", "por", "para", "com", "sem", "ou", "não", "até", "mais"]);
// After a word, only these: "-da", "-dos", "-na" end verb forms and participles ("diminuida", "retrona") as often.
const TRAILING = new Set(["e", "o", "a", "se", "de", "em", "um"]);

/**
 * Whether the word is two words run together, one of them a function word: "corse" ("cor se"),
 * "atéseis" ("até seis"), "parapara" ("para para"), "gradee" ("grade e"). A missing space, not a
 * misspelling: the close form a speller finds for it ("cores", "ateseis") would make it worse.
 * A single letter counts only at the end ("grade e"), so "acão" is still "ação" and not "a cão".
 */
export function isGluedPair(word: string, speller: Speller): boolean {
  const chars = [...word];
  for (let i = 2; i < chars.length; i++) {
    const head = chars.slice(0, i).join("");
    const tail = chars.slice(i).join("");
    const headOk = FUNCTION_WORDS.has(head) ? tail.length >= 3 && speller.correct(tail) : head.length >= 3 && TRAILING.has(tail) && speller.correct(head);
    if (headOk) return true;
  }
  return false;
}
