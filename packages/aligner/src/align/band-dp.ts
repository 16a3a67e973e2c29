import { BEAD_SHAPES, isSkip } from "./bead-shapes.ts";
import { beadCost, skipCost, type BeadContext } from "./bead-cost.ts";
import type { SearchBand } from "./search-band.ts";

/** Cost and back-pointer tables over the band only (Bertalign's second_pass_align). */
export interface DpTables {
  rowOff: Int32Array;
  cost: Float64Array;
  /** Index into BEAD_SHAPES of the best bead ending at each state; NO_BEAD at the origin. */
  back: Uint8Array;
}

const NO_BEAD = 255;
/** The shape priced first at each state, with no budget from other shapes yet. */
const FIRST_SHAPE = 0;
const NOT_A_SKIP = -1;
/** The constant cost of each skip shape, NOT_A_SKIP for the others. */
const SKIP_COST_OF = Float64Array.from(BEAD_SHAPES, (shape) => (isSkip(shape) ? skipCost(shape) : NOT_A_SKIP));

/** DP cost of state (pi, pj), Infinity outside the band or unreached. */
function predecessorCost(cost: Float64Array, rowOff: Int32Array, lo: Int32Array, hi: Int32Array, pi: number, pj: number): number {
  if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) return Infinity;
  return cost[rowOff[pi]! + pj - lo[pi]!]!;
}

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
      // The first shape (1-1) meets no budget in the loop below, so it used to be priced in
      // full at every state. A skip costs a constant, so the cheaper of the two skips into this
      // state is known up front: a 1-1 bead provably dearer than it cannot win and is dropped
      // early. Only a strictly dearer one: 1-1 comes first and wins ties.
      let skipBest = Infinity;
      for (let s = 0; s < shapes; s++) {
        if (SKIP_COST_OF[s] === NOT_A_SKIP) continue;
        const before = predecessorCost(cost, rowOff, lo, hi, i - BEAD_SHAPES[s]!.pt, j - BEAD_SHAPES[s]!.en);
        skipBest = Math.min(skipBest, before + SKIP_COST_OF[s]!);
      }
      let best = Infinity;
      let arg = NO_BEAD;
      for (let s = 0; s < shapes; s++) {
        const shape = BEAD_SHAPES[s]!;
        const before = predecessorCost(cost, rowOff, lo, hi, i - shape.pt, j - shape.en);
        if (before === Infinity) continue;
        const c = SKIP_COST_OF[s] !== NOT_A_SKIP
          ? before + SKIP_COST_OF[s]!
          : s === FIRST_SHAPE
            ? before + beadCost(ctx, shape, i, j, Infinity, before, skipBest)
            : before + beadCost(ctx, shape, i, j, best - before);
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
