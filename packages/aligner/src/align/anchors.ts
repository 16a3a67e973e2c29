import type { SideFeatures } from "./segment-features.ts";

/**
 * Anchor pairs: sentences that share a number or name found exactly once on each side
 * (hunalign and Bertalign's first pass both fix such points before the full search). The
 * longest chain increasing on both sides keeps the consistent ones and drops coincidences.
 */
export function findAnchors(pt: SideFeatures, en: SideFeatures, keyCount: number): Array<[pt: number, en: number]> {
  const count = (side: SideFeatures) => {
    const seen = new Int32Array(keyCount);
    const where = new Int32Array(keyCount);
    side.anchorKeys.forEach((keys, s) => {
      for (const k of keys) {
        seen[k]!++;
        where[k] = s;
      }
    });
    return { seen, where };
  };
  const a = count(pt);
  const b = count(en);
  const bestPerPt = new Map<number, { e: number; votes: number }>();
  const votes = new Map<number, number>();
  pt.anchorKeys.forEach((keys, p) => {
    for (const k of keys) {
      if (a.seen[k] !== 1 || b.seen[k] !== 1) continue;
      const e = b.where[k]!;
      const key = p * (en.n + 1) + e;
      const v = (votes.get(key) ?? 0) + 1;
      votes.set(key, v);
      const best = bestPerPt.get(p);
      if (!best || v > best.votes) bestPerPt.set(p, { e, votes: v });
    }
  });
  const candidates = [...bestPerPt].sort((x, y) => x[0] - y[0]).map(([p, { e }]) => [p, e] as [number, number]);
  return longestIncreasingChain(candidates);
}

/** Patience sorting, O(k log k): candidates come sorted by PT index, one per PT index. */
function longestIncreasingChain(c: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const prev = new Int32Array(c.length).fill(-1);
  c.forEach(([, e], i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[tails[mid]!]![1] < e) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out: Array<[number, number]> = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.push(c[i]!);
  return out.reverse();
}
