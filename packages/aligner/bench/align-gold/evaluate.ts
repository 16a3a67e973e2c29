import type { Bead, Segment } from "../../src/types.ts";
import type { GoldBead } from "./gold-format.ts";

export interface Scores {
  tp: number;
  sys: number;
  gold: number;
  /** Beads below / above the review threshold, and how many of each are wrong. */
  below: number;
  belowWrong: number;
  above: number;
  aboveWrong: number;
}

export const emptyScores = (): Scores => ({ tp: 0, sys: 0, gold: 0, below: 0, belowWrong: 0, above: 0, aboveWrong: 0 });

export function add(a: Scores, b: Scores): Scores {
  return { tp: a.tp + b.tp, sys: a.sys + b.sys, gold: a.gold + b.gold, below: a.below + b.below, belowWrong: a.belowWrong + b.belowWrong, above: a.above + b.above, aboveWrong: a.aboveWrong + b.aboveWrong };
}

export function prf(s: Scores): { p: number; r: number; f1: number } {
  const p = s.sys ? s.tp / s.sys : 0;
  const r = s.gold ? s.tp / s.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Which gold bead holds each segment: the one whose range contains the segment's middle. */
function owners(segs: readonly Segment[], gold: readonly GoldBead[], side: "pt" | "en"): Int32Array {
  const out = new Int32Array(segs.length).fill(-1);
  const spans = gold.map((g, k) => [g[side], k] as const).filter((x): x is readonly [[number, number], number] => x[0] !== null);
  let at = 0;
  segs.forEach((s, i) => {
    const mid = (s.start + s.end) / 2;
    while (at < spans.length - 1 && spans[at]![0][1] <= mid) at++;
    const [r, k] = spans[at] ?? [[0, 0], -1];
    if (r[0] <= mid && mid <= r[1]) out[i] = k;
  });
  return out;
}

/**
 * Sentence links, as in the usual alignment evaluations: every (pt, en) segment pair inside a
 * bead, and (pt, ∅) / (∅, en) for segments left alone, so omissions count too.
 */
function links(beads: ReadonlyArray<{ pt: readonly number[]; en: readonly number[] }>): Set<string> {
  const out = new Set<string>();
  for (const b of beads) {
    if (!b.en.length) for (const p of b.pt) out.add(`${p}-`);
    else if (!b.pt.length) for (const e of b.en) out.add(`-${e}`);
    else for (const p of b.pt) for (const e of b.en) out.add(`${p}-${e}`);
  }
  return out;
}

/** For each system bead, whether the gold has exactly that bead (same segments on both sides). */
export function beadCorrectness(gold: readonly GoldBead[], ptSegs: readonly Segment[], enSegs: readonly Segment[], beads: ReadonlyArray<Pick<Bead, "pt" | "en">>): boolean[] {
  const po = owners(ptSegs, gold, "pt");
  const eo = owners(enSegs, gold, "en");
  const size = gold.map(() => ({ pt: 0, en: 0 }));
  po.forEach((k) => k >= 0 && size[k]!.pt++);
  eo.forEach((k) => k >= 0 && size[k]!.en++);
  return beads.map((b) => {
    const ks = new Set([...b.pt.map((p) => po[p]!), ...b.en.map((e) => eo[e]!)]);
    const k = ks.size === 1 ? [...ks][0]! : -1;
    return k >= 0 && size[k]!.pt === b.pt.length && size[k]!.en === b.en.length;
  });
}

export function evaluate(gold: readonly GoldBead[], ptSegs: readonly Segment[], enSegs: readonly Segment[], beads: ReadonlyArray<Pick<Bead, "pt" | "en"> & { confidence?: number }>, threshold: number): Scores {
  const po = owners(ptSegs, gold, "pt");
  const eo = owners(enSegs, gold, "en");
  const goldBeads = gold.map(() => ({ pt: [] as number[], en: [] as number[] }));
  po.forEach((k, i) => k >= 0 && goldBeads[k]!.pt.push(i));
  eo.forEach((k, j) => k >= 0 && goldBeads[k]!.en.push(j));
  const g = links(goldBeads.filter((b) => b.pt.length + b.en.length > 0));
  const s = links(beads);
  let tp = 0;
  for (const l of s) if (g.has(l)) tp++;
  const scores: Scores = { ...emptyScores(), tp, sys: s.size, gold: g.size };
  const right = beadCorrectness(gold, ptSegs, enSegs, beads);
  beads.forEach((b, k) => {
    if ((b.confidence ?? 1) < threshold) {
      scores.below++;
      if (!right[k]) scores.belowWrong++;
    } else {
      scores.above++;
      if (!right[k]) scores.aboveWrong++;
    }
  });
  return scores;
}
