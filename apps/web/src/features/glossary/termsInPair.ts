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

/** The term and its aliases: every form the checks accept for it. */
export function termForms(term: Term): string[] {
  return [term.term, ...(term.aliases ?? [])];
}

/** Where any form occurs first (the longer form first at one place), skipping taken ranges. */
function firstFree(text: string, forms: readonly string[], taken: readonly Range[]): Range | undefined {
  return forms.flatMap((f) => findWords(text, f, false))
    .filter((r) => !taken.some((t) => r.start < t.end && t.start < r.end))
    .sort((a, b) => a.start - b.start || b.end - a.end)[0];
}

/**
 * The glossary entries that apply to one pair. "keep" terms stay as in the English,
 * "preferred" ones should read as their replacement, and a "forbidden" form should not appear
 * in the Portuguese at all. An alias ("Altman" for "Sam Altman") is the term as far as the
 * English goes, and for a "keep" term it is an accepted Portuguese form too, as the checks
 * take it; a "preferred" term still expects its replacement (its aliases are English forms).
 * When two terms overlap in the English ("OpenAI o3" and "o3"), the longer one wins, as the
 * checks do.
 */
export function termsInPair(terms: readonly Term[], enText: string, ptText: string): TermHit[] {
  const hits: TermHit[] = [];
  const taken: Range[] = [];
  for (const term of [...terms].sort((a, b) => b.term.length - a.term.length)) {
    if (term.policy === "forbidden") {
      if (termForms(term).some((f) => findWords(ptText, f, false).length)) hits.push({ term, en: null, expected: term.replacement ?? null, state: "forbidden" });
      continue;
    }
    const en = firstFree(enText, termForms(term), taken);
    if (!en) continue;
    taken.push(en);
    const preferred = term.policy === "preferred" && !!term.replacement;
    const expected = preferred && term.replacement ? term.replacement : term.term;
    const accepted = preferred ? [expected] : termForms(term);
    const state: TermState = accepted.some((f) => findWords(ptText, f, true).length) ? "ok"
      : accepted.some((f) => findWords(ptText, f, false).length) ? "case" : "missing";
    hits.push({ term, en, expected, state });
  }
  return hits.sort((a, b) => (a.en?.start ?? Infinity) - (b.en?.start ?? Infinity));
}
