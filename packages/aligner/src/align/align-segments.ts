import type { Bead, Segment } from "../types.ts";
import { findAnchors } from "./anchors.ts";
import { backtrack, fillTables } from "./band-dp.ts";
import { BEAD_SHAPES, isSkip } from "./bead-shapes.ts";
import type { BeadContext } from "./bead-cost.ts";
import { beadEvidence, type BeadEvidence } from "./bead-evidence.ts";
import { beadConfidence } from "./confidence.ts";
import { EN_PER_PT_CHARS } from "./length-cost.ts";
import { growListBeads } from "./list-beads.ts";
import { buildMatchTable } from "./match-table.ts";
import { markRivals } from "./rival-pairs.ts";
import { markUnsupported } from "./unsupported-pairs.ts";
import { bandFromAnchors, bandFromPath, touchesEdge, type SearchBand } from "./search-band.ts";
import { extractFeatures, KeyTable } from "./segment-features.ts";

export interface AlignOptions {
  /** English characters per Portuguese character (Gale–Church's c). */
  ratio?: number;
}

/** Half-width of the first band around the anchor line, in segments. */
const FIRST_HALF_WIDTH = 12;
/** The band doubles while the best path runs along its edge, up to this half-width. */
const MAX_HALF_WIDTH = 400;
/**
 * A run of this many skips in a row (a one-sided stretch: an untranslated appendix, a block
 * the other side lacks) bends the true path away from the anchor line by as much; unless the
 * band is already twice that wide, the pairs next to the run may have been forced into the
 * wrong neighbours without the path ever touching the edge. The band then doubles too.
 */
const LONG_SKIP_RUN = 6;

/** The longest run of consecutive 1-0/0-1 beads on a path. */
function longestSkipRun(steps: ReadonlyArray<{ shape: number }>): number {
  let best = 0;
  let run = 0;
  for (const { shape } of steps) {
    run = isSkip(BEAD_SHAPES[shape]!) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

function oneSided(segments: readonly Segment[], side: "pt" | "en"): Bead[] {
  return segments.map((s) =>
    side === "pt"
      ? { kind: "1-0", pt: [s.index], en: [], confidence: 1, reason: "no-english" }
      : { kind: "0-1", pt: [], en: [s.index], confidence: 1, reason: "no-portuguese" },
  );
}

/**
 * Aligns two segment lists into beads: anchors fix a path, dynamic programming searches a
 * band around it, and the band widens only where the best path presses against its edge.
 * Every segment lands in exactly one bead, in order.
 */
export function alignSegments(pt: readonly Segment[], en: readonly Segment[], options: AlignOptions = {}): Bead[] {
  return alignWithEvidence(pt, en, options).beads;
}

/** alignSegments, plus what each bead was chosen on (for fitting and explaining confidence). */
export function alignWithEvidence(pt: readonly Segment[], en: readonly Segment[], options: AlignOptions = {}): { beads: Bead[]; evidence: BeadEvidence[] } {
  if (en.length === 0) return { beads: oneSided(pt, "pt"), evidence: [] };
  if (pt.length === 0) return { beads: oneSided(en, "en"), evidence: [] };
  const n = pt.length;
  const m = en.length;
  const keys = new KeyTable();
  const fPt = extractFeatures(pt, "pt", keys);
  const fEn = extractFeatures(en, "en", keys);
  const anchors = findAnchors(fPt, fEn, keys.size);
  const ratio = options.ratio ?? EN_PER_PT_CHARS;

  let band: SearchBand = bandFromAnchors(n, m, anchors, FIRST_HALF_WIDTH);
  for (;;) {
    const table = buildMatchTable(fPt, fEn, band, keys.size);
    const ctx: BeadContext = { pt: fPt, en: fEn, table, ratio };
    const tables = fillTables(ctx, band);
    const steps = backtrack(tables, band, n, m);
    const path: Array<[number, number]> = [[0, 0], ...steps.map((s) => [s.i, s.j] as [number, number])];
    const run = longestSkipRun(steps);
    if (band.width < MAX_HALF_WIDTH && (touchesEdge(band, m, path) || (run >= LONG_SKIP_RUN && band.width < 2 * run))) {
      band = bandFromPath(n, m, path, band.width * 2);
      continue;
    }
    const anchorSet = new Set(anchors.map(([p, e]) => p * (m + 1) + e));
    const evidence: BeadEvidence[] = [];
    const beads = steps.map(({ shape: s, i, j }): Bead => {
      const shape = BEAD_SHAPES[s]!;
      const ptIdx = Array.from({ length: shape.pt }, (_, k) => i - shape.pt + k);
      const enIdx = Array.from({ length: shape.en }, (_, k) => j - shape.en + k);
      const anchored = ptIdx.some((p) => enIdx.some((e) => anchorSet.has(p * (m + 1) + e)));
      const ev = beadEvidence(ctx, tables, band, s, i, j, anchored);
      evidence.push(ev);
      const reason = shape.pt === 0 || shape.en === 0 ? "dp:skip" : anchored ? "dp:anchor" : "dp";
      return { kind: shape.kind, pt: ptIdx, en: enIdx, confidence: 0, reason };
    });
    const skip = (k: number) => (k >= 0 && k < steps.length && isSkip(BEAD_SHAPES[steps[k]!.shape]!) ? 1 : 0);
    evidence.forEach((ev, k) => {
      ev.skipsBeside = skip(k - 1) + skip(k + 1);
      beads[k]!.confidence = beadConfidence(ev);
    });
    const grown = growListBeads(ctx, beads, evidence);
    // Doubts only the finished path can raise: a better match nearby, then (with those
    // confidences known) a short pair with no evidence and no sure neighbour.
    markRivals(ctx, grown.beads, grown.evidence);
    grown.evidence.forEach((ev, k) => {
      if (ev.rival) grown.beads[k]!.confidence = beadConfidence(ev);
    });
    markUnsupported(ctx, grown.beads, grown.evidence);
    grown.evidence.forEach((ev, k) => {
      if (ev.unsupported) grown.beads[k]!.confidence = beadConfidence(ev);
    });
    return grown;
  }
}
