import type { Flag, Pair, Term } from "../../api/types.ts";
import { englishCounterpart } from "../flags/englishCounterpart.ts";
import { termsInPair } from "../glossary/termsInPair.ts";
import type { EnglishMark } from "./MarkedEnglish.tsx";

/**
 * What to mark in the current pair's English: where the focused entity flag comes from, and
 * each glossary term with whether the Portuguese (`text`, the draft if any) renders it.
 */
export function englishMarks(pair: Pair, text: string, focusedFlag: Flag | null, terms: readonly Term[]): EnglishMark[] {
  const marks: EnglishMark[] = [];
  const source = focusedFlag ? englishCounterpart(focusedFlag, pair.enText, terms) : null;
  if (source) marks.push({ start: source.start, end: source.end, kind: "flag-source", title: `The flagged “${focusedFlag?.text}” stands for this` });
  for (const hit of termsInPair(terms, pair.enText, text)) {
    if (!hit.en || hit.state === "forbidden") continue;
    const kind = hit.state === "ok" ? "term-ok" : hit.state === "case" ? "term-case" : "term-missing";
    const expected = hit.expected ?? hit.term.term;
    marks.push({ ...hit.en, kind, title: hit.state === "ok" ? `Glossary: “${expected}” (${hit.term.policy})` : `Glossary: the Portuguese should have “${expected}”` });
  }
  return marks;
}
