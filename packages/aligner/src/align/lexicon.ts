import lexicon from "./lexicon.generated.json" with { type: "json" };
import { ptLookupForms } from "./pt-lemma.ts";

// The JSON's own objects, read by own property only: a word like "constructor" must not find
// Object.prototype. (Copying them into Maps was ~10 ms of a cold command-line start.)
type Table = Record<string, string[]>;
const words = lexicon.words as Table;
const verbStems = lexicon.verbStems as Table;
const lookUp = (table: Table, key: string): string[] | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
/** Shortest verb stem tried by prefix: see lexicon/build.ts. */
const MIN_VERB_STEM = 4;
/** Inflections add at most this many letters to a stem ("acredit" + "ávamos"). */
const MAX_ENDING = 6;
const NONE: readonly string[] = [];

/** English stems a folded Portuguese word may translate to (see lexicon/*.tsv). */
export function translatePt(folded: string): readonly string[] {
  for (const form of ptLookupForms(folded)) {
    const hit = lookUp(words, form);
    if (hit) return hit;
  }
  for (let k = folded.length - 1; k >= Math.max(MIN_VERB_STEM, folded.length - MAX_ENDING); k--) {
    const hit = lookUp(verbStems, folded.slice(0, k));
    if (hit) return hit;
  }
  return NONE;
}

