import type { Speller } from "../../types.ts";

const spellers = new WeakMap<Speller, Speller>();

// Consonants the 1990 agreement dropped before c, ç and t: "actual", "direcção", "óptimo", "excepto".
const SILENT = /[cp](?=[cçt])/gu;

/**
 * The Portuguese dictionary spells as the 1990 agreement does; European Portuguese written before
 * it ("actual", "directório", "excepção", still usual in software manuals) is Portuguese, not a
 * misspelling and not English. A word the dictionary rejects is asked again with each silent
 * consonant dropped.
 */
export function withPreReform(speller: Speller | undefined): Speller | undefined {
  if (!speller) return undefined;
  const known = spellers.get(speller);
  if (known) return known;
  const wrapped: Speller = {
    correct(word) {
      if (speller.correct(word)) return true;
      if (!/[cp][cçt]/u.test(word)) return false;
      return speller.correct(word.replace(SILENT, ""));
    },
  };
  spellers.set(speller, wrapped);
  return wrapped;
}
