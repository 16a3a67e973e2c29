import lexicon from "./lexicon.generated.json" with { type: "json" };
import { ptLookupForms } from "./pt-lemma.ts";

const words = lexicon.words as Record<string, string[] | undefined>;
const verbStems = lexicon.verbStems as Record<string, string[] | undefined>;
/** Shortest verb stem tried by prefix: see lexicon/build.ts. */
const MIN_VERB_STEM = 4;
/** Inflections add at most this many letters to a stem ("acredit" + "ávamos"). */
const MAX_ENDING = 6;
const NONE: readonly string[] = [];

/** English stems a folded Portuguese word may translate to (see lexicon/*.tsv). */
export function translatePt(folded: string): readonly string[] {
  for (const form of ptLookupForms(folded)) {
    const hit = words[form];
    if (hit) return hit;
  }
  for (let k = folded.length - 1; k >= Math.max(MIN_VERB_STEM, folded.length - MAX_ENDING); k--) {
    const hit = verbStems[folded.slice(0, k)];
    if (hit) return hit;
  }
  return NONE;
}

export const LEXICON_SIZE = Object.keys(words).length;
