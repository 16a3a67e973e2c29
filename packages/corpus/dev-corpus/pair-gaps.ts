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
 * A stretch between two consecutive pairs of the in-order chain (the page's ends bound the first
 * and the last): its bounds, and the blocks of each side still unpaired inside it.
 */
export interface Gap { i0: number; i1: number; j0: number; j1: number; ps: number[]; es: number[] }

/** `paired[i]`: the English block Portuguese block `i` has; `used`: English blocks already given. */
export function gapsBetweenPairs(paired: readonly (number | undefined)[], ptLength: number, enLength: number, used: ReadonlySet<number>): Gap[] {
  const bounds: [number, number][] = [[-1, -1], ...inOrder(paired.flatMap((j, i) => (j === undefined ? [] : [[i, j] as [number, number]]))), [ptLength, enLength]];
  const gaps: Gap[] = [];
  for (let k = 1; k < bounds.length; k++) {
    const [i0, j0] = bounds[k - 1]!;
    const [i1, j1] = bounds[k]!;
    const ps: number[] = [];
    const es: number[] = [];
    for (let i = i0 + 1; i < i1; i++) if (paired[i] === undefined) ps.push(i);
    for (let j = j0 + 1; j < j1; j++) if (!used.has(j)) es.push(j);
    gaps.push({ i0, i1, j0, j1, ps, es });
  }
  return gaps;
}

/**
 * The best-scoring alignment in order of two runs of `n` and `m` blocks: a longest common
 * subsequence weighted by `score(a, b)`, where a score of 0 or less never pairs. Answers the
 * pairs as indexes into the two runs.
 */
export function bestInOrder(n: number, m: number, score: (a: number, b: number) => number): [number, number][] {
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  const scores = new Float64Array((n + 1) * w);
  for (let a = 1; a <= n; a++) {
    for (let b = 1; b <= m; b++) {
      const s = score(a - 1, b - 1);
      scores[a * w + b] = s;
      best[a * w + b] = Math.max(best[(a - 1) * w + b]!, best[a * w + b - 1]!, s > 0 ? best[(a - 1) * w + b - 1]! + s : 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let a = n, b = m; a > 0 && b > 0;) {
    const here = best[a * w + b]!;
    const s = scores[a * w + b]!;
    if (s > 0 && here === best[(a - 1) * w + b - 1]! + s) { pairs.push([a - 1, b - 1]); a--; b--; }
    else if (here === best[(a - 1) * w + b]!) a--;
    else b--;
  }
  return pairs;
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

  // 1. Evidence: the best-scoring alignment in order of each gap.
  for (const { ps, es } of gapsBetweenPairs(out, pt.length, en.length, used)) {
    if (!ps.length || !es.length || ps.length * es.length > MAX_GAP_CELLS) continue;
    for (const [a, b] of bestInOrder(ps.length, es.length, (a, b) => counterpartScore(ptL(ps[a]!), enL(es[b]!)))) pair(ps[a]!, es[b]!);
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
