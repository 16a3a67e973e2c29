/**
 * What the alignment says about the document as a whole, for the reviewer to see before the
 * pairs: hundreds of 1-0/0-1 pairs at confidence ~0.99 are each right ("this sentence has no
 * counterpart") and together a warning ("half the English is not translated", "these two
 * sections are swapped", "this English is not the source of this text").
 */
import { alignSegments } from "./align/index.ts";
import type { AlignmentFinding, Bead, Segment } from "./types.ts";

/** A run of one-sided beads is worth a word when it is this long, or this share of its side. */
const MIN_RUN_SEGMENTS = 8;
const MIN_RUN_SHARE = 0.1;
/** Runs shorter than this are not tried against each other as a moved block. */
const MIN_MOVED_SEGMENTS = 3;
/** A moved block: this share of the shorter run pairs confidently with the other run. */
const MOVED_MATCH_SHARE = 0.5;
const CONFIDENT = 0.9;
/** Below this share of Portuguese segments paired confidently, the English is not this text's source. */
const UNRELATED_SHARE = 0.3;
const MIN_SEGMENTS_FOR_UNRELATED = 5;

interface Run {
  side: "pt" | "en";
  /** Segment indices on its side, in order. */
  segments: number[];
}

function oneSidedRuns(beads: readonly Bead[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const b of beads) {
    const side = b.pt.length === 0 ? "en" : b.en.length === 0 ? "pt" : undefined;
    if (!side) {
      current = undefined;
      continue;
    }
    // A 1-0 inside a run of 0-1 (or the reverse) does not end it: both are unpaired text.
    if (!current || current.side !== side) {
      current = { side, segments: [] };
      runs.push(current);
    }
    current.segments.push(...(side === "pt" ? b.pt : b.en));
  }
  return runs;
}

const rangeOf = (segments: readonly Segment[], idx: readonly number[]): [number, number] => [segments[idx[0]!]!.start, segments[idx[idx.length - 1]!]!.end];

const quote = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Document-level findings from the beads: long one-sided stretches, blocks that were moved
 * (a Portuguese stretch without English matching an English stretch without Portuguese
 * elsewhere), and an English that pairs with almost none of the Portuguese.
 */
export function alignmentFindings(pt: readonly Segment[], en: readonly Segment[], beads: readonly Bead[]): AlignmentFinding[] {
  if (pt.length === 0 || en.length === 0) return [];
  const findings: AlignmentFinding[] = [];
  const confidentPt = beads.reduce((n, b) => n + (b.en.length > 0 && b.confidence >= CONFIDENT ? b.pt.length : 0), 0);
  if (pt.length >= MIN_SEGMENTS_FOR_UNRELATED && confidentPt / pt.length < UNRELATED_SHARE) {
    findings.push({
      code: "alignment.unrelated-english",
      message: `Only ${confidentPt} of ${pt.length} Portuguese sentences pair confidently with the English: it does not look like this text's original.`,
    });
    return findings;
  }

  const runs = oneSidedRuns(beads);
  const moved = new Set<Run>();
  const ptRuns = runs.filter((r) => r.side === "pt" && r.segments.length >= MIN_MOVED_SEGMENTS);
  const enRuns = runs.filter((r) => r.side === "en" && r.segments.length >= MIN_MOVED_SEGMENTS);
  for (const a of ptRuns) {
    for (const b of enRuns) {
      if (moved.has(b)) continue;
      const sub = alignSegments(
        a.segments.map((i, k) => ({ ...pt[i]!, index: k })),
        b.segments.map((j, k) => ({ ...en[j]!, index: k })),
      );
      const matched = sub.reduce((n, s) => n + (s.pt.length > 0 && s.en.length > 0 && s.confidence >= CONFIDENT ? s.pt.length : 0), 0);
      if (matched / Math.min(a.segments.length, b.segments.length) < MOVED_MATCH_SHARE) continue;
      moved.add(a);
      moved.add(b);
      findings.push({
        code: "alignment.moved-block",
        message: `${a.segments.length} Portuguese sentences from “${quote(pt[a.segments[0]!]!.text)}” match ${b.segments.length} English ones from “${quote(en[b.segments[0]!]!.text)}” in another place: the block was moved, so they are left unpaired.`,
        pt: rangeOf(pt, a.segments),
        en: rangeOf(en, b.segments),
      });
      break;
    }
  }
  for (const r of runs) {
    if (moved.has(r)) continue;
    const total = r.side === "pt" ? pt.length : en.length;
    if (r.segments.length < MIN_RUN_SEGMENTS && r.segments.length < MIN_RUN_SHARE * total) continue;
    if (r.segments.length < MIN_MOVED_SEGMENTS) continue;
    const segs = r.side === "pt" ? pt : en;
    const first = segs[r.segments[0]!]!.text;
    findings.push(r.side === "pt"
      ? { code: "alignment.portuguese-only", message: `${r.segments.length} Portuguese sentences in a row, from “${quote(first)}”, have no English counterpart.`, pt: rangeOf(pt, r.segments) }
      : { code: "alignment.english-only", message: `${r.segments.length} English sentences in a row, from “${quote(first)}”, have no Portuguese: not translated, or translated elsewhere.`, en: rangeOf(en, r.segments) });
  }
  return findings;
}
