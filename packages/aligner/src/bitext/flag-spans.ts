import type { Flag } from "../types.ts";

/**
 * The flags that can be marked over their span in the target: inside the text, not empty, and
 * not overlapping an earlier one (markup must nest; an overlapping flag keeps only its note).
 * Returns each with the index of the flag it is, in text order.
 */
export function markableFlags(flags: readonly Flag[] | undefined, textLength: number): { flag: Flag; k: number }[] {
  if (flags === undefined || flags.length === 0) return [];
  const spans = flags
    .map((flag, k) => ({ flag, k }))
    .filter(({ flag }) => flag.start >= 0 && flag.end <= textLength && flag.start < flag.end)
    .sort((a, b) => a.flag.start - b.flag.start || a.flag.end - b.flag.end);
  const kept: { flag: Flag; k: number }[] = [];
  let end = 0;
  for (const span of spans) {
    if (span.flag.start < end) continue;
    kept.push(span);
    end = span.flag.end;
  }
  return kept;
}

/**
 * Writes `text` with each markable flag's span wrapped by `open(k)`…`close(k)`; `escape` writes
 * the plain pieces.
 */
export function annotate(text: string, flags: readonly Flag[] | undefined, escape: (piece: string) => string, open: (k: number) => string, close: string): string {
  const spans = markableFlags(flags, text.length);
  if (spans.length === 0) return escape(text);
  let out = "";
  let at = 0;
  for (const { flag, k } of spans) {
    out += escape(text.slice(at, flag.start)) + open(k) + escape(text.slice(flag.start, flag.end)) + close;
    at = flag.end;
  }
  return out + escape(text.slice(at));
}
