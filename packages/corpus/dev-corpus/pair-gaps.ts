/**
 * Counterparts the element path misses. A translator's extra section (a man page's TRADUÇÃO), a
 * placeholder where the English has a list (`#LISTA#`), a code listing re-indented into another
 * number of blocks: every path after it is shifted, so the Portuguese loses its English although
 * the English is on the page. Between two blocks the path paired, the blocks left on each side are
 * the same stretch of the page in two languages: they are aligned in order, by evidence only.
 * Place alone is weak evidence: where the English page is another version, the one block left on
 * each side between two pairs is often another text (a glossary entry the English replaced, a
 * list item it added). It is taken only for a heading before a pair, and for a slot of plain prose
 * (one block each side between two pairs, neither with a name, number or code token to disagree).
 */
import type { ExtractedBlock } from "../src/dev/types.ts";
import { counterpartScore, likeness, plausibleLengths, type Likeness } from "./block-likeness.ts";

/** A gap larger than this (Portuguese blocks times English blocks) is not aligned: no page needs it. */
const MAX_GAP_CELLS = 400_000;
/** A heading or a term introduces what follows it: it goes with the heading before the English of what follows. */
const LEADS = new Set(["heading", "term"]);

/** The longest run of pairs that is in order on both sides (a path pair out of order is kept, but bounds no gap). */
export function inOrder(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev: number[] = [];
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo ? tails[lo - 1]! : -1;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

/**
 * `partner[i]`: the English block (index into `en`) the path gave Portuguese block `i`, if any.
 * Returns the partners with the counterparts found in the gaps added; path pairs are never changed.
 */
export function pairAcrossGaps(pt: readonly ExtractedBlock[], en: readonly ExtractedBlock[], partner: readonly (number | undefined)[]): (number | undefined)[] {
  const out = [...partner];
  const used = new Set(out.filter((j): j is number => j !== undefined));
  const ptLike: (Likeness | undefined)[] = [];
  const enLike: (Likeness | undefined)[] = [];
  const ptL = (i: number) => (ptLike[i] ??= likeness(pt[i]!.kind, pt[i]!.text));
  const enL = (j: number) => (enLike[j] ??= likeness(en[j]!.kind, en[j]!.text));
  const pair = (i: number, j: number) => { out[i] = j; used.add(j); };
  const chain = () => inOrder(out.flatMap((j, i) => (j === undefined ? [] : [[i, j] as [number, number]])));
  /** The unpaired blocks of each side between consecutive pairs of the chain (and before the first, after the last). */
  const gaps = function* () {
    const bounds: [number, number][] = [[-1, -1], ...chain(), [pt.length, en.length]];
    for (let k = 1; k < bounds.length; k++) {
      const [i0, j0] = bounds[k - 1]!;
      const [i1, j1] = bounds[k]!;
      const ps: number[] = [];
      const es: number[] = [];
      for (let i = i0 + 1; i < i1; i++) if (out[i] === undefined) ps.push(i);
      for (let j = j0 + 1; j < j1; j++) if (!used.has(j)) es.push(j);
      if (ps.length && es.length) yield { ps, es };
    }
  };

  // 1. Evidence: the best-scoring alignment in order of each gap (a longest common subsequence weighted by score).
  for (const { ps, es } of gaps()) {
    if (ps.length * es.length > MAX_GAP_CELLS) continue;
    const w = es.length + 1;
    const best = new Float64Array((ps.length + 1) * w);
    const score = new Float64Array((ps.length + 1) * w);
    for (let a = 1; a <= ps.length; a++) {
      for (let b = 1; b <= es.length; b++) {
        const s = counterpartScore(ptL(ps[a - 1]!), enL(es[b - 1]!));
        score[a * w + b] = s;
        best[a * w + b] = Math.max(best[(a - 1) * w + b]!, best[a * w + b - 1]!, s > 0 ? best[(a - 1) * w + b - 1]! + s : 0);
      }
    }
    for (let a = ps.length, b = es.length; a > 0 && b > 0;) {
      const here = best[a * w + b]!;
      const s = score[a * w + b]!;
      if (s > 0 && here === best[(a - 1) * w + b - 1]! + s) { pair(ps[a - 1]!, es[b - 1]!); a--; b--; }
      else if (here === best[(a - 1) * w + b]!) a--;
      else b--;
    }
  }

  // 2. The heading (or term) right before a pair goes with the heading right before its English.
  for (const [i, j] of chain()) {
    if (i < 1 || j < 1 || out[i - 1] !== undefined || used.has(j - 1)) continue;
    const p = pt[i - 1]!;
    const e = en[j - 1]!;
    if (p.kind === e.kind && LEADS.has(p.kind) && plausibleLengths(ptL(i - 1).length, enL(j - 1).length)) pair(i - 1, j - 1);
  }

  // 3. One block of plain prose left on each side between two pairs (not the page's ends): the same slot.
  const bounds = chain();
  for (let k = 1; k < bounds.length; k++) {
    const [i0, j0] = bounds[k - 1]!;
    const [i1, j1] = bounds[k]!;
    if (i1 - i0 !== 2 || j1 - j0 !== 2 || out[i0 + 1] !== undefined || used.has(j0 + 1)) continue;
    const p = ptL(i0 + 1);
    const e = enL(j0 + 1);
    if (p.kind === e.kind && p.kind !== "code" && !p.kept.size && !e.kept.size && plausibleLengths(p.length, e.length)) pair(i0 + 1, j0 + 1);
  }
  return out;
}
