import type { Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { words } from "../text/words.ts";

/** A fragment shorter than this is a heading or a label, which ends without punctuation by design. */
const MIN_FRAGMENT_WORDS = 6;

// A paragraph break after a word or comma, then a lower-case letter: the page cut a sentence.
const INNER_BREAK = /[\p{L}\p{N},;]([ \t]*\n[ \t]*(?:\n[ \t]*)+)\p{Ll}/gu;
const ENDS_OPEN = /[\p{L}\p{N},;]\s*$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
// A speaker label or a heading's colon starts a new block even in lower case ("noé smith:").
const LABEL = /^\s*[^.!?\n]{1,40}:\s*$/u;

const lastWordBefore = (text: string, offset: number): { start: number; end: number } | undefined =>
  words(text.slice(0, offset)).at(-1);

export const brokenPageBreak: Check<"broken-page-break"> = {
  id: "broken-page-break",
  family: "broken",
  severity: "warning",
  name: "Sentence cut by a page break",
  description: "A paragraph ends mid-sentence and the next one continues it in lower case: a page break of the source cut the sentence.",
  run(pair) {
    const flags: Flag[] = [];
    // Breaks the segmenter repaired sit inside the pair's text.
    for (const m of pair.pt.matchAll(INNER_BREAK)) {
      const w = lastWordBefore(pair.pt, m.index + 1);
      // A short paragraph before the break ("notícias") is a heading, not half a sentence.
      const paragraph = pair.pt.slice(0, m.index + 1).split(/\n[ \t]*\n/u).pop() ?? "";
      if (w && words(paragraph).length >= MIN_FRAGMENT_WORDS) flags.push(flagAt(this, pair.pt, w.start, w.end, "A page break cut this sentence: join it with the next line.", undefined));
    }
    // Breaks it could not repair end this pair and start the next one.
    const next = pair.nextPt;
    if (next !== undefined && ENDS_OPEN.test(pair.pt) && STARTS_LOWER.test(next) && !LABEL.test(next) && !/\n\s*\n\s*$/u.test(pair.pt)) {
      const ws = words(pair.pt);
      const last = ws[ws.length - 1];
      if (last && ws.length >= MIN_FRAGMENT_WORDS) flags.push(flagAt(this, pair.pt, last.start, last.end, "The sentence stops here and goes on in the next segment: a page break cut it."));
    }
    return flags;
  },
};
