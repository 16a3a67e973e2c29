/**
 * A Portuguese block whose English is several English blocks. Scilab's Portuguese was translated
 * from an older English whose blocks were later split: a definition's note moved into a table of
 * its own ("Note que esta propriedade só existe em entidades Fac3d." beside "This property exists
 * only with Fac3d entities." in the next block), a paragraph became a paragraph and a list. The
 * element path pairs the Portuguese with one of the pieces, or with none, and the rest of its
 * English sits unpaired next to it, so the checks read the Portuguese sentences of it as
 * additions. Here, inside a gap (between two pairs of the chain), an unpaired English block goes
 * with a Portuguese block (a bound of the gap, or an unpaired block in it) only on evidence:
 * - it has a token a translation keeps (block-likeness.ts), every kept token of it is in that
 *   Portuguese block, and no other candidate block of the gap has one of them;
 * - for a bound, at least one of those tokens is not already in the English the bound has (else
 *   the token is the entry's own name, shared by every piece of it);
 * - the English blocks a Portuguese block gets are consecutive (a block with nothing kept and no
 *   word a candidate has, between two of them, goes with them), and the Portuguese has the room
 *   for them: its length is a plausible translation of their whole, and it is not shorter than
 *   the English it would get (Portuguese runs longer).
 * Headings, terms and code are never joined: they are one block each in any version.
 */
import type { ExtractedBlock } from "../src/dev/types.ts";
import { likeness, plausibleLengths, type Likeness } from "./block-likeness.ts";
import { gapsBetweenPairs } from "./pair-gaps.ts";

const SINGLE = new Set(["heading", "term", "code"]);
/** The Portuguese must be at least this share of the English it gets, blank lines included. */
const ROOM = 0.85;

/**
 * `paired[i]`: the English block Portuguese block `i` has (path or gap pairing). Returns, for each
 * Portuguese block, the further English blocks (indices into `en`, ascending) that are its
 * English too; empty for most.
 */
export function pairRuns(pt: readonly ExtractedBlock[], en: readonly ExtractedBlock[], paired: readonly (number | undefined)[]): number[][] {
  const extra: number[][] = pt.map(() => []);
  const used = new Set(paired.filter((j): j is number => j !== undefined));
  const ptLike: (Likeness | undefined)[] = [];
  const enLike: (Likeness | undefined)[] = [];
  const ptL = (i: number) => (ptLike[i] ??= likeness(pt[i]!.kind, pt[i]!.text));
  const enL = (j: number) => (enLike[j] ??= likeness(en[j]!.kind, en[j]!.text));
  const tokens = (l: Likeness) => [...l.kept, ...l.words];
  const has = (l: Likeness, t: string) => l.kept.has(t) || l.words.has(t);

  for (const { i0, i1, j0, j1, ps, es } of gapsBetweenPairs(paired, pt.length, en.length, used)) {
    if (!es.length) continue;
    const candidates = [...(i0 >= 0 ? [i0] : []), ...ps, ...(i1 < pt.length ? [i1] : [])].filter((i) => !SINGLE.has(pt[i]!.kind));
    // Which candidate each English block's evidence points at (at most one).
    const claim = new Map<number, number>();
    for (const j of es) {
      const e = enL(j);
      if (SINGLE.has(e.kind) || !e.kept.size && !e.words.size) continue;
      const by = candidates.filter((i) => {
        const p = ptL(i);
        for (const t of e.kept) if (!p.kept.has(t)) return false;
        return tokens(e).some((t) => has(p, t));
      });
      if (by.length !== 1) continue;
      const i = by[0]!;
      const p = ptL(i);
      const shared = tokens(e).filter((t) => has(p, t));
      // No other candidate of the gap may have one of the shared tokens either.
      if (candidates.some((c) => c !== i && shared.some((t) => has(ptL(c), t)))) continue;
      // A bound's own English must not explain the evidence already.
      if ((i === i0 || i === i1) && shared.every((t) => has(enL(paired[i]!), t))) continue;
      claim.set(j, i);
    }
    // Runs: consecutive English blocks claimed by one Portuguese block, next to its own English for a bound.
    const runs = new Map<number, number[]>();
    const take = (i: number, js: number[], own: number[]) => {
      const p = ptL(i);
      const run: number[] = [];
      let length = own.length ? own.reduce((n, j) => n + enL(j).length, 2 * (own.length - 1)) : 0;
      for (const j of js) {
        const next = length ? length + 2 + enL(j).length : enL(j).length;
        if (p.length < ROOM * next) break;
        run.push(j);
        length = next;
      }
      if (run.length && plausibleLengths(p.length, length)) runs.set(i, run);
    };
    // A block with nothing kept and no word any candidate has, between two of a candidate's blocks
    // (its own English counts), goes with them: a sentence the newer page set apart ("'none': a mesh
    // of the surface is drawn." between a definition and the list items it was split into).
    const blank = (j: number) => {
      const e = enL(j);
      return !SINGLE.has(e.kind) && !e.kept.size && ![...e.words].some((w) => candidates.some((i) => has(ptL(i), w)));
    };
    const from = (j: number, step: 1 | -1, i: number) => {
      const js: number[] = [];
      let last = -1;
      for (; j > j0 && j < j1 && !used.has(j) && (claim.get(j) === i || (claim.get(j) === undefined && blank(j))); j += step) {
        js.push(j);
        if (claim.get(j) === i) last = js.length;
      }
      return js.slice(0, Math.max(last, 0));
    };
    if (i0 >= 0 && j0 >= 0) take(i0, from(j0 + 1, 1, i0), [j0, ...extra[i0]!]);
    if (i1 < pt.length && j1 < en.length) take(i1, from(j1 - 1, -1, i1), [j1]);
    for (const i of ps) {
      const mine = es.filter((j) => claim.get(j) === i);
      if (!mine.length) continue;
      const js = from(mine[0]!, 1, i);
      if (mine.every((j) => js.includes(j))) take(i, js, []);
    }
    // In order on both sides, or nothing of this gap.
    const order = [...runs].sort(([a], [b]) => a - b).flatMap(([, js]) => [Math.min(...js), Math.max(...js)]);
    if (order.some((j, n) => n > 0 && j < order[n - 1]!)) continue;
    for (const [i, js] of runs) extra[i] = [...extra[i]!, ...js].sort((a, b) => a - b);
  }
  return extra;
}
