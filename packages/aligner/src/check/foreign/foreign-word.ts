import type { Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { isUpper, words } from "../text/words.ts";
import loanwords from "./loanwords.json" with { type: "json" };
import thirdLanguage from "./third-language.json" with { type: "json" };
import { portugueseFor } from "./spanish-spelling.ts";

const LOANWORDS = new Set(loanwords.words);
const THIRD: Record<string, string> = thirdLanguage.words;
// Letter sequences Portuguese spelling never has (ü since the 2009 reform), but Spanish, German or Italian do.
const NOT_PORTUGUESE = /ñ|ß|[äöëïü]|sch|tz|ck|ción|ll/u;
/** Shorter words are too often abbreviations or codes to judge by their letters. */
const MIN_LENGTH = 4;

export const foreignWord: Check<"foreign-word"> = {
  id: "foreign-word",
  family: "foreign",
  severity: "warning",
  name: "Word from a third language",
  description: "A Spanish, German, Italian or French word has leaked into the Portuguese.",
  run(pair, context) {
    const pt = context.spellers.pt;
    const en = context.spellers.en;
    const english = (pair.en ?? "").toLowerCase();
    const terms = context.terms.flatMap((t) => [t.term, ...(t.aliases ?? [])]).join(" ").toLowerCase();
    const flags: Flag[] = [];
    for (const w of words(pair.pt)) {
      const lower = w.text.toLowerCase();
      // Names: capitalised, in the English, or in the term list. Loanwords are Portuguese here.
      if (isUpper(w.text[0]!) || LOANWORDS.has(lower) || !/^\p{L}+$/u.test(w.text) || w.text.length < MIN_LENGTH) continue;
      if (english.includes(lower) || terms.includes(lower)) continue;
      const listed = THIRD[lower];
      if (listed !== undefined && !pt?.correct(lower)) {
        flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is not Portuguese: it comes from another language.`, listed || undefined));
        continue;
      }
      // Without a dictionary, letters alone would flag every unusual name.
      if (!pt || pt.correct(lower)) continue;
      const portuguese = portugueseFor(lower, pt);
      if (portuguese) {
        flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is spelled the Spanish way; in Portuguese: "${portuguese}".`, portuguese));
      } else if (NOT_PORTUGUESE.test(lower) && !en?.correct(lower)) {
        flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is not a Portuguese word and is spelled like another language's.`));
      }
    }
    return flags;
  },
};
