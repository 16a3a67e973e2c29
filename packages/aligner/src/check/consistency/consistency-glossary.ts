import type { Flag, Term } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";

const LETTER = /[\p{L}\p{N}]/u;
const forbiddenCache = new WeakMap<readonly Term[], Term[]>();
const forbidden = (terms: readonly Term[]): Term[] => {
  let list = forbiddenCache.get(terms);
  if (!list) forbiddenCache.set(terms, (list = terms.filter((t) => t.policy === "forbidden")));
  return list;
};

/** A form the project's glossary forbids ("e-mail" where it wants "correio eletrônico"), with its replacement. */
export const consistencyGlossary: Check<"consistency-glossary"> = {
  id: "consistency-glossary",
  family: "consistency",
  severity: "warning",
  name: "Forbidden term",
  description: "The Portuguese uses a form the glossary forbids.",
  run(pair, context) {
    const flags: Flag[] = [];
    for (const term of forbidden(context.terms)) {
      const lower = pair.pt.toLowerCase();
      const needle = term.term.toLowerCase();
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        // Only the whole word: "email" forbidden does not flag "emails" … nor "emailing"; a plural is the same word.
        if (LETTER.test(pair.pt.charAt(at - 1)) || (LETTER.test(pair.pt.charAt(end)) && !(pair.pt[end] === "s" && !LETTER.test(pair.pt.charAt(end + 1))))) continue;
        const message = term.replacement ? `The glossary forbids "${term.term}": use "${term.replacement}".` : `The glossary forbids "${term.term}".`;
        flags.push(flagAt(this, pair.pt, at, end, message, term.replacement));
      }
    }
    return flags;
  },
};
