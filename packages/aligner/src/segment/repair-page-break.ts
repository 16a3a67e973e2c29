import type { PageBreakRepair } from "../types.ts";
import type { Block } from "./split-blocks.ts";

/** A paragraph: one block, or several joined across page breaks. */
export interface ParagraphSpan {
  start: number;
  end: number;
}

/** A sentence ends with one of these, possibly followed by closing quotes or brackets. */
const FINAL_PUNCTUATION = /[.!?…:;]["”’'»)\]*]*$/u;
/** Short lines without a full stop are headings; a page break cuts running prose. */
const MIN_FRAGMENT_WORDS = 8;
const MIN_FRAGMENT_CHARS = 40;
/** A stray link line between the halves ("[Tony Stark](#)") is part of the sentence. */
const INTERLUDE = /^\[[^\]]{1,60}\]\([^)]*\)$/u;

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

export interface RepairContext {
  text: string;
  /** The block opens a speaker's turn: a new paragraph, never a continuation. */
  isSpeakerBlock: (b: Block) => boolean;
}

function cutByPageBreak(ctx: RepairContext, first: Block, next: Block | undefined): boolean {
  if (!next || ctx.isSpeakerBlock(next)) return false;
  const head = ctx.text.slice(first.start, first.end);
  if (FINAL_PUNCTUATION.test(head)) return false;
  if (words(head) < MIN_FRAGMENT_WORDS || head.length < MIN_FRAGMENT_CHARS) return false;
  return /^\p{Ll}/u.test(ctx.text.slice(next.start, next.start + 2));
}

/**
 * Joins paragraphs cut by a page break: one that ends without final punctuation followed by
 * one that starts in lower case continues the sentence. Every join is recorded so the UI can
 * show it and a reviewer can undo it.
 */
export function repairPageBreaks(
  ctx: RepairContext,
  blocks: readonly Block[],
): { paragraphs: ParagraphSpan[]; repairs: PageBreakRepair[] } {
  const paragraphs: ParagraphSpan[] = [];
  const repairs: PageBreakRepair[] = [];
  let i = 0;
  while (i < blocks.length) {
    const current = { ...blocks[i]! };
    i++;
    for (;;) {
      const next = blocks[i];
      if (next && cutByPageBreak(ctx, current, next)) {
        repairs.push({ before: current.end, after: next.start, reason: "no-final-punctuation+lowercase-start" });
      } else if (next && INTERLUDE.test(ctx.text.slice(next.start, next.end)) && cutByPageBreak(ctx, current, blocks[i + 1])) {
        // The link line is glued on now; the next turn of the loop joins what follows it.
        repairs.push({ before: current.end, after: next.start, reason: "link-line-inside-sentence" });
      } else break;
      current.end = next.end;
      i++;
    }
    paragraphs.push(current);
  }
  return { paragraphs, repairs };
}
