import { alignSegments } from "./align/index.ts";
import { segmentText, type SegmentedText, type SegmentOptions } from "./segment/index.ts";
import type { Bead, PageBreakRepair, Segment } from "./types.ts";

export interface BitextSegmentOptions {
  speakers?: readonly string[];
}

/**
 * The repairs of one side that the other side does not bear out. A repair joins two blocks
 * into one sentence; segmented with a break at the repair, the two halves must land in the
 * same bead, with something on the other side that is not itself split by a paragraph break
 * (the English has one sentence where the Portuguese has two blocks). Otherwise the break was
 * real: a list item, a caption, a sentence the other language also ends there.
 */
function unconfirmed(repairs: readonly PageBreakRepair[], mine: readonly Segment[], theirs: readonly Segment[], beadOf: Int32Array, beads: readonly Bead[], side: "pt" | "en"): Set<number> {
  const refused = new Set<number>();
  const endingAt = new Map<number, number>();
  for (const s of mine) endingAt.set(s.end, s.index);
  const other = (bead: number) => (side === "pt" ? beads[bead]!.en : beads[bead]!.pt);
  for (const r of repairs) {
    const k = endingAt.get(r.before);
    if (k === undefined || k + 1 >= mine.length) continue;
    const bead = beadOf[k]!;
    const there = other(bead);
    const oneParagraph = there.length > 0 && theirs[there[0]!]!.paragraph === theirs[there[there.length - 1]!]!.paragraph;
    // Both sides cut at the same place (the halves pair with halves) is no agreement: the
    // break is in the source too, a sentence cut by stripped inline code or markup.
    if (beadOf[k + 1] === bead && oneParagraph) continue;
    refused.add(r.before);
  }
  return refused;
}

function beadIndex(beads: readonly Bead[], n: number, side: "pt" | "en"): Int32Array {
  const out = new Int32Array(n).fill(-1);
  beads.forEach((b, k) => {
    for (const i of b[side]) out[i] = k;
  });
  return out;
}

/**
 * Segments a Portuguese text and its English together, so that a page-break repair is kept only
 * where the other language agrees. One side alone cannot tell a sentence cut by a page break
 * from a list item that ends without a stop; joining on one side only makes the aligner pair
 * the joined sentence with two English ones, confidently and wrongly. Both sides are segmented
 * with a break at every repair (the paragraph kept whole), aligned once, and each repair whose
 * halves the aligner did not put in one bead is refused; the texts are then segmented again
 * without those.
 */
export function segmentBitext(pt: string, en: string, options: BitextSegmentOptions = {}): { pt: SegmentedText; en: SegmentedText } {
  const base: SegmentOptions = options.speakers ? { speakers: options.speakers } : {};
  const a = segmentText(pt, { ...base, lang: "pt" });
  const b = segmentText(en, { ...base, lang: "en" });
  if (a.repairs.length === 0 && b.repairs.length === 0) return { pt: a, en: b };
  const aSplit = a.repairs.length ? segmentText(pt, { ...base, lang: "pt", breakAtRepairs: true }) : a;
  const bSplit = b.repairs.length ? segmentText(en, { ...base, lang: "en", breakAtRepairs: true }) : b;
  const beads = alignSegments(aSplit.segments, bSplit.segments);
  const ptBead = beadIndex(beads, aSplit.segments.length, "pt");
  const enBead = beadIndex(beads, bSplit.segments.length, "en");
  const refusePt = unconfirmed(a.repairs, aSplit.segments, bSplit.segments, ptBead, beads, "pt");
  const refuseEn = unconfirmed(b.repairs, bSplit.segments, aSplit.segments, enBead, beads, "en");
  return {
    pt: refusePt.size ? segmentText(pt, { ...base, lang: "pt", refuseRepairs: refusePt }) : a,
    en: refuseEn.size ? segmentText(en, { ...base, lang: "en", refuseRepairs: refuseEn }) : b,
  };
}
