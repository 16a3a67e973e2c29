import type { Speller } from "../../types.ts";

const spellers = new WeakMap<Speller, Speller>();

// Consonants the 1990 agreement dropped before c, ç and t: "actual", "direcção", "óptimo", "excepto".
const SILENT = /[cp](?=[cçt])/gu;

// A vowel before c, ç or t, where the 1990 agreement dropped a consonant in Portugal alone: "carateres", "receção", "conceção".
const DROPPED_BEFORE = /[aeiouáéíóúâêô](?=[cçt])/gu;
/** Tries to restore per word: the long words of a man page have three or four such places at most. */
const MAX_RESTORE_TRIES = 8;

/**
 * The other way round: European Portuguese of the agreement drops consonants Brazil keeps and the
 * dictionary (Brazilian here) knows only with them ("carateres" for "caracteres", "receção" for
 * "recepção", "conceção" for "concepção"). A word the dictionary rejects is asked again with a "c"
 * or a "p" restored after one vowel before c, ç or t; a misspelling seldom lacks just that letter.
 */
function restoredConsonant(word: string, speller: Speller): boolean {
  let tries = 0;
  for (const m of word.matchAll(DROPPED_BEFORE)) {
    const at = m.index + 1;
    for (const consonant of ["c", "p"]) {
      if (++tries > MAX_RESTORE_TRIES) return false;
      if (speller.correct(word.slice(0, at) + consonant + word.slice(at))) return true;
    }
  }
  return false;
}

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
      if (/[cp][cçt]/u.test(word) && speller.correct(word.replace(SILENT, ""))) return true;
      return restoredConsonant(word, speller);
    },
  };
  spellers.set(speller, wrapped);
  return wrapped;
}
