/**
 * A word: letters or digits, with inner apostrophes, hyphens and dots ("don't", "guarda-chuva",
 * "GPT-4o", "3.5"). The web app counts a single pair with the same rule, so its figures and
 * the document summary agree.
 */
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** What a pair weighs in progress: its English, as a CAT tool counts the source; its Portuguese when it has no English. */
export function pairWords(pair: { enText: string; ptText: string }): number {
  return countWords(pair.enText || pair.ptText);
}
