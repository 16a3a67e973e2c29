import type { Speller } from "../../types.ts";

const spellers = new WeakMap<Speller, Speller>();

// Consonants the 1990 agreement dropped before c, ç and t: "actual", "direcção", "óptimo", "excepto".
const SILENT = /[cp](?=[cçt])/gu;

// A vowel before c, ç or t, where the 1990 agreement dropped a consonant in Portugal alone: "carateres", "receção", "conceção".
const VOWELS = new Set("aeiouáéíóúâêô");
const DROPPED_AT = new Set("cçt");
const RESTORED = ["c", "p"] as const;
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
  // By characters, not by a pattern's matchAll, which copies its pattern on every call: every word the
  // dictionary rejects (each English word and name of a document) comes here.
  for (let at = 1; at < word.length; at++) {
    if (!DROPPED_AT.has(word[at]!) || !VOWELS.has(word[at - 1]!)) continue;
    for (const consonant of RESTORED) {
      if (++tries > MAX_RESTORE_TRIES) return false;
      if (speller.correct(word.slice(0, at) + consonant + word.slice(at))) return true;
    }
  }
  return false;
}

/** The first person plural of the past of an "-ar" verb as Portugal writes it: "usámos", "arrancámos". */
const EUROPEAN_PRETERITE = "ámos";

/**
 * The Portuguese dictionary spells as the 1990 agreement does; European Portuguese written before
 * it ("actual", "directório", "excepção", still usual in software manuals) is Portuguese, not a
 * misspelling and not English. A word the dictionary rejects is asked again with each silent
 * consonant dropped. The dictionary is Brazilian, too: Portugal's acute that tells the past
 * "usámos" from the present "usamos" (optional in Brazil since the agreement) is asked again without it.
 */
export function withPreReform(speller: Speller | undefined): Speller | undefined {
  if (!speller) return undefined;
  const known = spellers.get(speller);
  if (known) return known;
  const wrapped: Speller = {
    correct(word) {
      if (speller.correct(word)) return true;
      if (/[cp][cçt]/u.test(word) && speller.correct(word.replace(SILENT, ""))) return true;
      if (restoredConsonant(word, speller)) return true;
      if (!word.endsWith(EUROPEAN_PRETERITE)) return false;
      // Through the wrapper again, "seleccionámos" being both the older norm and the European past; and only a verb's:
      // "ramos" is a word, but no verb "rar" has a past "rámos".
      const stem = word.slice(0, -EUROPEAN_PRETERITE.length);
      return wrapped.correct(`${stem}amos`) && wrapped.correct(`${stem}ar`);
    },
  };
  spellers.set(speller, wrapped);
  return wrapped;
}
