import type { Speller } from "../../types.ts";
import { englishNames } from "../text/names.ts";
import { squash } from "../text/words.ts";

/** The English names this many things (words no dictionary has in lower case) at least before their absence from the Portuguese says the two are not one sentence. */
const MIN_NAMES = 3;

/**
 * Whether the pair's two sides are two different sentences the aligner put together: the English names
 * several people, products or places ("Joe Smeets … Zing Mee … Querido") and the Portuguese names none of
 * them, in any spelling. Its figures then belong to another sentence, and comparing them says nothing. A
 * translation keeps such names. Only words no English dictionary has in lower case count: a section's or a
 * label's title ("Section 3.12.1, “Paste as New Layer”") is translated, and its words say nothing.
 */
export function unrelatedPair(pt: string, en: string, english: Speller | undefined): boolean {
  if (!english) return false;
  const proper = new Set<string>();
  for (const n of englishNames(en)) {
    for (const part of n.parts) {
      // Not a unit or a dimension with its figure ("2D", "MP3"): a translation may well write those otherwise.
      if (part.length > 2 && !/\p{N}/u.test(part) && !english.correct(part.toLowerCase())) proper.add(squash(part));
    }
  }
  if (proper.size < MIN_NAMES) return false;
  const portuguese = squash(pt);
  return ![...proper].some((p) => portuguese.includes(p));
}
