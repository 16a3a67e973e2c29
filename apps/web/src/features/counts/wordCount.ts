/** A word (the API counts `wordCounts` by the same rule): letters or digits, with inner apostrophes and hyphens ("don't", "guarda-chuva", "GPT-4o"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
