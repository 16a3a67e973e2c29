import type { Speller } from "../../types.ts";

/** Portuguese endings of a verb (infinitive, participle, gerund) made from a foreign stem: "-ar", "-ear", "-izar". */
const LOAN_VERB_ENDING = /(?:e?a(?:r|d[oa]s?|ndo)|iza(?:r|d[oa]s?|ndo))$/u;
/** The English stem is a word of at least this many letters: "boot" in "bootado", not "ret" in "retado". */
const MIN_STEM = 4;

/** Whether the word is an English word with a Portuguese verb's ending: "rebootado" (reboot), "patcheado" (patch), "bufferizada" (buffer). */
export function englishStem(word: string, en: Speller | undefined): boolean {
  const m = en ? LOAN_VERB_ENDING.exec(word) : null;
  if (!m) return false;
  const stem = word.slice(0, m.index);
  return stem.length >= MIN_STEM && /^[a-z]+$/u.test(stem) && en!.correct(stem);
}
