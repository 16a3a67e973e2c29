/**
 * A length-only Gale–Church aligner over any units: the bench's baseline, and the gold
 * proposal's fallback inside paragraphs. Full table: it runs on paragraphs or on the
 * sentences of one paragraph, never on whole documents of the speed test.
 */
import { lengthCost } from "../../src/align/length-cost.ts";

const SHAPES: Array<[number, number, number]> = [
  [1, 1, 0.12], [1, 0, 4.6], [0, 1, 4.6], [2, 1, 2.4], [1, 2, 2.4], [2, 2, 4.5],
];

export interface LengthBead { pt: number[]; en: number[] }

/** Gale & Church (1993) over unit lengths; `extra` adds a cost per bead (the proposal's anchors). */
export function galeChurch(ptLens: number[], enLens: number[], ratio: number, extra?: (p0: number, p1: number, e0: number, e1: number) => number): LengthBead[] {
  const n = ptLens.length;
  const m = enLens.length;
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const back = new Int8Array((n + 1) * W).fill(-1);
  const pp = [0];
  for (const l of ptLens) pp.push(pp[pp.length - 1]! + l);
  const ep = [0];
  for (const l of enLens) ep.push(ep[ep.length - 1]! + l);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = -1;
      SHAPES.forEach(([a, b, prior], s) => {
        if (i < a || j < b) return;
        const before = cost[(i - a) * W + j - b]!;
        if (before === Infinity) return;
        let c = before + prior;
        if (a && b) c += lengthCost(pp[i]! - pp[i - a]!, ep[j]! - ep[j - b]!, ratio) + (extra?.(i - a, i, j - b, j) ?? 0);
        if (c < best) { best = c; arg = s; }
      });
      cost[i * W + j] = best;
      back[i * W + j] = arg;
    }
  }
  const out: LengthBead[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [a, b] = SHAPES[back[i * W + j]!]!;
    out.push({ pt: Array.from({ length: a }, (_, k) => i - a + k), en: Array.from({ length: b }, (_, k) => j - b + k) });
    i -= a;
    j -= b;
  }
  return out.reverse();
}
