import type { PageBreakRepair } from "../types.ts";
import type { Block } from "./split-blocks.ts";

/** A paragraph: one block, or several joined across page breaks. */
export interface ParagraphSpan {
  start: number;
  end: number;
}

/** A sentence ends with one of these, possibly followed by closing quotes or brackets. */
const FINAL_PUNCTUATION = /[.!?…:;,]["”’'»)\]*]*$/u;
/** The second half of a cut sentence ends it: a block with no sentence end is one of a run of items. */
const ENDS_SENTENCE = /[.!?…]["”’'»)\]*]*(?:\s|$)/u;
/** Short lines without a full stop are headings; a page break cuts running prose. */
const MIN_FRAGMENT_WORDS = 8;
const MIN_FRAGMENT_CHARS = 40;
/** A stray link line between the halves ("[Tony Stark](#)") is part of the sentence. */
const INTERLUDE = /^\[[^\]]{1,60}\]\([^)]*\)$/u;
/** A list item: a bullet, a number or letter with a stop or bracket, an option. */
const LIST_MARKER = /^(?:[-–—•·*▪◦+]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s|-{1,2}[\p{L}\d])/u;
/** "term: text" or "term - text": a definition-list entry (up to four words before the separator). */
const DEFINITION = /^[^\s:]+(?:\s[^\s:]+){0,3}\s?(?::\s|\s[-–—]\s)/u;
/** "apt-get(8)": a manual-page reference; two in a block make it a chain of references. */
const MAN_REFERENCE = /[\p{L}\d_.-]+\(\d[\p{L}\d]*\)/gu;

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

/** A title: its letters mostly capitals ("NOTA IMPORTANTE SOBRE O"), or every longer word capitalised. */
function titleLike(s: string): boolean {
  const letters = s.match(/\p{L}/gu) ?? [];
  const upper = s.match(/\p{Lu}/gu) ?? [];
  if (letters.length > 0 && upper.length / letters.length >= 0.6) return true;
  const long = s.split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

export interface RepairContext {
  text: string;
  /** The block opens a speaker's turn: a new paragraph, never a continuation. */
  isSpeakerBlock: (b: Block) => boolean;
}

/**
 * Why the break between `first` and `next` looks like a page break inside a sentence, or
 * undefined when it does not. Running prose cut mid-sentence: a long first half without
 * final punctuation (a list item ends in "," or nothing, a label in ":"), a second half that
 * starts in lower case and ends the sentence, neither of them a list item, a definition, a
 * title or a chain of manual-page references.
 */
function cutByPageBreak(ctx: RepairContext, first: Block, next: Block | undefined): boolean {
  if (!next || ctx.isSpeakerBlock(next)) return false;
  const head = ctx.text.slice(first.start, first.end);
  const tail = ctx.text.slice(next.start, next.end);
  if (FINAL_PUNCTUATION.test(head)) return false;
  if (words(head) < MIN_FRAGMENT_WORDS || head.length < MIN_FRAGMENT_CHARS) return false;
  if (!/^\p{Ll}/u.test(tail)) return false;
  if (LIST_MARKER.test(tail) || DEFINITION.test(tail) || titleLike(head)) return false;
  if ((head.match(MAN_REFERENCE)?.length ?? 0) + (tail.match(MAN_REFERENCE)?.length ?? 0) >= 2) return false;
  return ENDS_SENTENCE.test(tail);
}

/** Whether the block is itself a list item or definition: then so is what follows it, never a continuation. */
function itemLike(text: string, b: Block): boolean {
  const s = text.slice(b.start, b.end);
  return LIST_MARKER.test(s) || DEFINITION.test(s);
}

export interface RepairOptions {
  /**
   * Repairs not to make, by the offset where their first half ends (`PageBreakRepair.before`):
   * the other language showed the break is real (see segmentBitext).
   */
  refuse?: ReadonlySet<number>;
}

/**
 * Joins paragraphs cut by a page break: one that ends without final punctuation followed by
 * one that starts in lower case and ends the sentence continues it, unless the shapes say
 * list, definition, title or chain of references. Every join is recorded so the UI can show
 * it and a reviewer can undo it.
 */
export function repairPageBreaks(
  ctx: RepairContext,
  blocks: readonly Block[],
  options: RepairOptions = {},
): { paragraphs: ParagraphSpan[]; repairs: PageBreakRepair[] } {
  const paragraphs: ParagraphSpan[] = [];
  const repairs: PageBreakRepair[] = [];
  const refused = (b: Block) => options.refuse?.has(b.end) === true;
  let i = 0;
  while (i < blocks.length) {
    const current = { ...blocks[i]! };
    // An item of a list keeps its break: its neighbours are items too.
    const item = !ctx.isSpeakerBlock(blocks[i]!) && itemLike(ctx.text, blocks[i]!);
    i++;
    for (;;) {
      const next = blocks[i];
      const last = blocks[i - 1]!;
      if (item || !next || refused(last)) break;
      if (cutByPageBreak(ctx, current, next)) {
        repairs.push({ before: last.end, after: next.start, reason: "no-final-punctuation+lowercase-start" });
      } else if (INTERLUDE.test(ctx.text.slice(next.start, next.end)) && cutByPageBreak(ctx, current, blocks[i + 1])) {
        // The link line is glued on now; the next turn of the loop joins what follows it.
        repairs.push({ before: last.end, after: next.start, reason: "link-line-inside-sentence" });
      } else break;
      current.end = next.end;
      i++;
    }
    paragraphs.push(current);
  }
  return { paragraphs, repairs };
}
