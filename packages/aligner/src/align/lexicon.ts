import lexicon from "./lexicon.generated.json" with { type: "json" };
import { ptLookupForms } from "./pt-lemma.ts";

// Maps, not plain objects: a word like "constructor" must not find Object.prototype.
const words = new Map(Object.entries(lexicon.words as Record<string, string[]>));
const verbStems = new Map(Object.entries(lexicon.verbStems as Record<string, string[]>));
/** Shortest verb stem tried by prefix: see lexicon/build.ts. */
const MIN_VERB_STEM = 4;
/** Inflections add at most this many letters to a stem ("acredit" + "ávamos"). */
const MAX_ENDING = 6;
const NONE: readonly string[] = [];

/** English stems a folded Portuguese word may translate to (see lexicon/*.tsv). */
export function translatePt(folded: string): readonly string[] {
  for (const form of ptLookupForms(folded)) {
    const hit = words.get(form);
    if (hit) return hit;
  }
  for (let k = folded.length - 1; k >= Math.max(MIN_VERB_STEM, folded.length - MAX_ENDING); k--) {
    const hit = verbStems.get(folded.slice(0, k));
    if (hit) return hit;
  }
  return NONE;
}

export const LEXICON_SIZE = words.size;
