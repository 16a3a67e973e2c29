import { isWhitespaceChar } from "./split-blocks.ts";
import { literalAt, type LiteralSpan } from "../normalize/literal-spans.ts";
import type { SentenceRule } from "./sentence-rules.ts";

/** A sentence inside a paragraph, before it is given a kind and an index. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** The rule that ended it, or "paragraph-end". */
  reason: string;
}

/** How far the rules look on each side of a candidate break. */
const WINDOW = 40;
/** Only after one of these can any break rule match; skipping other positions keeps it fast. */
const MAY_END = new Set([..."..!?…\"”’')]»*"].map((c) => c.charCodeAt(0)));

function decide(text: string, from: number, to: number, p: number, rules: readonly SentenceRule[]): SentenceRule | undefined {
  const winStart = Math.max(from, p - WINDOW);
  const before = (winStart === from ? "\n" : "") + text.slice(winStart, p);
  const after = text.slice(p, Math.min(to, p + WINDOW));
  return rules.find((r) => r.before.test(before) && r.after.test(after));
}

/**
 * Splits `text[from, to)` into sentences with the first matching rule at each candidate
 * position (OmegaT's segmenter). The whitespace between sentences belongs to no sentence,
 * so the sentences plus that whitespace rebuild the paragraph exactly.
 */
export function splitSentences(text: string, from: number, to: number, rules: readonly SentenceRule[], literals: readonly LiteralSpan[] = []): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = from;
  for (let p = from + 1; p < to; p++) {
    if (!MAY_END.has(text.charCodeAt(p - 1))) continue;
    const c = text.charCodeAt(p);
    const spaced = isWhitespaceChar(c);
    if (!spaced && !/\p{L}/u.test(text[p]!)) continue;
    // "https://www.|example.org/", "changelog.Debian.|gz", "file.|patch": a stop inside a URL,
    // host, file name, path or version ends no sentence (the shared literal-span pass says where they are).
    const literal = literalAt(literals, p - 1);
    if (literal && literal.end > p) continue;
    const rule = decide(text, from, to, p, rules);
    if (!rule?.break) continue;
    spans.push({ start, end: p, reason: rule.name });
    start = p;
    while (start < to && isWhitespaceChar(text.charCodeAt(start))) start++;
    p = start;
  }
  if (start < to) spans.push({ start, end: to, reason: "paragraph-end" });
  return spans;
}
