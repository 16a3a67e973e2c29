import { BEAD_KINDS } from "../../contract/index.ts";
import type { Range } from "@alinha/aligner";

type BeadKind = (typeof BEAD_KINDS)[number];

/**
 * Sentence ends for restructuring by hand. The aligner's segmenter works on whole documents with
 * offsets; a reviewer moving "the last sentence" of an edited pair needs only a plain cut after
 * terminal punctuation (closing quotes and brackets stay with their sentence).
 */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*\s+/gu;

/** The sentences of a pair's side, whitespace between them dropped. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].trimEnd().length;
    const piece = text.slice(from, end).trim();
    if (piece) out.push(piece);
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}

/** The bead kind closest to m-n that the contract knows (it has no 3-3, for instance). */
export function beadKind(ptText: string, enText: string): BeadKind {
  const m = Math.min(sentences(ptText).length, 3);
  const n = Math.min(sentences(enText).length, 3);
  if (m === 0) return "0-1";
  if (n === 0) return "1-0";
  const exact = `${m}-${n}`;
  if ((BEAD_KINDS as readonly string[]).includes(exact)) return exact as BeadKind;
  return "2-2";
}

export function joinText(a: string, b: string): string {
  return [a, b].filter((t) => t.length > 0).join(" ");
}

/**
 * Cuts source ranges where a split cuts the text, counting characters through the ranges in
 * order. Exact for an unedited pair; for an edited one it is the nearest honest approximation
 * (the ranges describe where the text came from, not what it says now).
 */
export function splitRanges(ranges: Range[], at: number): [Range[], Range[]] {
  const left: Range[] = [];
  const right: Range[] = [];
  let remaining = at;
  for (const [start, end] of ranges) {
    const length = end - start;
    if (remaining >= length) left.push([start, end]);
    else if (remaining <= 0) right.push([start, end]);
    else {
      left.push([start, start + remaining]);
      right.push([start + remaining, end]);
    }
    remaining -= length;
  }
  return [left, right];
}
