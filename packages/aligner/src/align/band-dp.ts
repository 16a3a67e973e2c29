import { BEAD_SHAPES } from "./bead-shapes.ts";
import { beadCost, type BeadContext } from "./bead-cost.ts";
import type { SearchBand } from "./search-band.ts";

/** Cost and back-pointer tables over the band only (Bertalign's second_pass_align). */
export interface DpTables {
  rowOff: Int32Array;
  cost: Float64Array;
  /** Index into BEAD_SHAPES of the best bead ending at each state; NO_BEAD at the origin. */
  back: Uint8Array;
}

const NO_BEAD = 255;

export function fillTables(ctx: BeadContext, band: SearchBand): DpTables {
  const n = ctx.pt.n;
  const rowOff = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i]! + band.hi[i]! - band.lo[i]! + 1;
  const cost = new Float64Array(rowOff[n + 1]!).fill(Infinity);
  const back = new Uint8Array(rowOff[n + 1]!).fill(NO_BEAD);
  cost[0] = 0;
  const { lo, hi } = band;
  const shapes = BEAD_SHAPES.length;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    const row = rowOff[i]! - rowLo;
    for (let j = i === 0 ? Math.max(rowLo, 1) : rowLo; j <= rowHi; j++) {
      let best = Infinity;
      let arg = NO_BEAD;
      for (let s = 0; s < shapes; s++) {
        const shape = BEAD_SHAPES[s]!;
        const pi = i - shape.pt;
        const pj = j - shape.en;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const before = cost[rowOff[pi]! + pj - lo[pi]!]!;
        if (before === Infinity) continue;
        const c = before + beadCost(ctx, shape, i, j, best - before);
        if (c < best) {
          best = c;
          arg = s;
        }
      }
      cost[row + j] = best;
      back[row + j] = arg;
    }
  }
  return { rowOff, cost, back };
}

/** Follows the back-pointers from (n, m) to the origin: the beads in order, as state pairs. */
export function backtrack(tables: DpTables, band: SearchBand, n: number, m: number): Array<{ shape: number; i: number; j: number }> {
  const out: Array<{ shape: number; i: number; j: number }> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = tables.back[tables.rowOff[i]! + j - band.lo[i]!]!;
    if (s === NO_BEAD) throw new Error(`aligner: no path reaches state (${i}, ${j}); the band is broken`);
    out.push({ shape: s, i, j });
    i -= BEAD_SHAPES[s]!.pt;
    j -= BEAD_SHAPES[s]!.en;
  }
  return out.reverse();
}
