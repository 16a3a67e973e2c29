import type { CheckInput, Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { sentenceStarts } from "./sentence-starts.ts";
import { isLower } from "../text/words.ts";

/** Below this many sentences a document is too short to call all lower case. */
const MIN_SENTENCES = 10;
/** Share of sentences starting in lower case above which the whole document lost its capitals. */
const LOWERCASE_SHARE = 0.6;
/** Share of the English's sentence starts in lower case above which lower case is the original's style. */
const ENGLISH_LOWERCASE_SHARE = 0.3;

/** The sentence starts in lower case and all of them, when there are enough to judge and most are lower case. */
function lowerCaseStarts(pairs: readonly CheckInput[]): { lower: number; total: number } | undefined {
  const starts = pairs.flatMap((p) => sentenceStarts(p.pt));
  const lower = starts.filter((s) => isLower(s.word[0]!)).length;
  if (starts.length < MIN_SENTENCES || lower / starts.length <= LOWERCASE_SHARE) return undefined;
  // A reference manual whose English starts its entries in lower case too ("computes the …") did not lose its capitals.
  const english = pairs.flatMap((p) => (p.en ? sentenceStarts(p.en) : []));
  if (english.length >= MIN_SENTENCES && english.filter((s) => isLower(s.word[0]!)).length / english.length > ENGLISH_LOWERCASE_SHARE) return undefined;
  return { lower, total: starts.length };
}

/** Whether the document lost its capitals (and is reported once, as a whole). */
export const isAllLowerCase = (pairs: readonly CheckInput[]): boolean => lowerCaseStarts(pairs) !== undefined;

/** A document written entirely in lower case: reported once, instead of on every sentence. */
export const casingLowercaseDocument: Check<"casing-lowercase-document" | "casing-sentence-start"> = {
  id: "casing-lowercase-document",
  family: "casing",
  severity: "error",
  name: "Whole document in lower case",
  description: "Nearly every sentence starts in lower case: the text lost its capitals and needs recasing as a whole.",
  supersedes: ["casing-sentence-start"],
  raisedIn: (document) => document.allLowerCase === true,
  runDocument(pairs) {
    const found = lowerCaseStarts(pairs);
    const documentFlags: Flag[] = [];
    if (found) {
      const share = Math.round((100 * found.lower) / found.total);
      documentFlags.push(flagAt(this, "", 0, 0, `${share}% of the sentences start in lower case: the whole document lost its capitals.`));
    }
    return { pairFlags: pairs.map(() => []), documentFlags };
  },
};
