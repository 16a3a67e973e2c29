import type { Speller } from "../../types.ts";

/**
 * `compute` remembered per dictionary and word: answers that depend on the word and the dictionary
 * alone, asked again for the same words on every check of a document. Past `limit` words for one
 * dictionary the memo starts again (a project's vocabulary is far smaller), so memory stays bounded.
 */
export function memoPerSpeller<T>(limit: number, compute: (word: string, speller: Speller) => T): (word: string, speller: Speller) => T {
  const answers = new WeakMap<Speller, Map<string, T>>();
  return (word, speller) => {
    let known = answers.get(speller);
    if (!known) answers.set(speller, (known = new Map()));
    if (known.has(word)) return known.get(word) as T;
    if (known.size >= limit) known.clear();
    const answer = compute(word, speller);
    known.set(word, answer);
    return answer;
  };
}
