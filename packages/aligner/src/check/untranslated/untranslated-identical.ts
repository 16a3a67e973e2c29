import { flagAt, type Check } from "../check.ts";
import { words } from "../text/words.ts";

/** Fewer words than this can be the same in both languages ("OpenAI", "GPT-4o", "Sam Altman:"). */
const MIN_WORDS = 3;

export const untranslatedIdentical: Check<"untranslated-identical"> = {
  id: "untranslated-identical",
  family: "untranslated",
  severity: "error",
  name: "Same as the English",
  description: "The Portuguese is identical to its English partner.",
  run(pair) {
    if (!pair.en) return [];
    const pt = pair.pt.trim();
    if (pt !== pair.en.trim()) return [];
    // Names, numbers and codes read the same in both languages; a sentence does not.
    const plain = words(pt).filter((w) => /^\p{Ll}{3,}$/u.test(w.text));
    if (words(pt).length < MIN_WORDS || plain.length === 0) return [];
    const start = pair.pt.indexOf(pt);
    return [flagAt(this, pair.pt, start, start + pt.length, "The Portuguese is the same as the English: it was not translated.")];
  },
};
