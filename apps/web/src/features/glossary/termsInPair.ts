import type { Term } from "../../api/types.ts";
import { findWords, type Range } from "../text/findWords.ts";

/**
 * What the glossary says about one term of a pair:
 * - "ok": the expected Portuguese form is there;
 * - "case": it is there, but capitalised differently ("deepseek" for "DeepSeek");
 * - "missing": the English has the term and the Portuguese lacks the expected form;
 * - "forbidden": the Portuguese uses a form the glossary forbids.
 */
export type TermState = "ok" | "case" | "missing" | "forbidden";

export interface TermHit {
  term: Term;
  /** Where the term sits in the English; null for a forbidden form found in the Portuguese. */
  en: Range | null;
  /** The Portuguese form the glossary expects, if it names one. */
  expected: string | null;
  state: TermState;
}

/**
 * The glossary entries that apply to one pair. "keep" terms stay as in the English,
 * "preferred" ones should read as their replacement, and a "forbidden" form should not appear
 * in the Portuguese at all. When two terms overlap in the English ("OpenAI o3" and "o3"),
 * the longer one wins, as the checks do.
 */
export function termsInPair(terms: readonly Term[], enText: string, ptText: string): TermHit[] {
  const hits: TermHit[] = [];
  const taken: Range[] = [];
  for (const term of [...terms].sort((a, b) => b.term.length - a.term.length)) {
    if (term.policy === "forbidden") {
      if (findWords(ptText, term.term, false).length) hits.push({ term, en: null, expected: term.replacement ?? null, state: "forbidden" });
      continue;
    }
    const en = findWords(enText, term.term, false).find((r) => !taken.some((t) => r.start < t.end && t.start < r.end));
    if (!en) continue;
    taken.push(en);
    const expected = term.policy === "preferred" && term.replacement ? term.replacement : term.term;
    const state: TermState = findWords(ptText, expected, true).length ? "ok" : findWords(ptText, expected, false).length ? "case" : "missing";
    hits.push({ term, en, expected, state });
  }
  return hits.sort((a, b) => (a.en?.start ?? Infinity) - (b.en?.start ?? Infinity));
}
