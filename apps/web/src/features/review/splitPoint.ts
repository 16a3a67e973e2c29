/** A sentence end: stop, optional closing quote or bracket, then space. */
const SENTENCE_END = /[.!?…]["”»’)\]]*\s+/gu;
/** A clause break, the next best place when the pair is one sentence. */
const CLAUSE_END = /[,;:—–]\s+/gu;

function ends(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((m) => (m.index ?? 0) + m[0].length).filter((i) => i > 0 && i < text.length);
}

function nearest(points: readonly number[], target: number): number | undefined {
  let best: number | undefined;
  for (const p of points) if (best === undefined || Math.abs(p - target) < Math.abs(best - target)) best = p;
  return best;
}

/**
 * Where the split dialog proposes to cut a text in two: where a sentence ends (the earlier
 * merge joined two sentences there), else after a clause, else between two words; never inside
 * a word. `share` is where the other side was cut (0–1), so both sides are proposed at the same
 * sentence break of a two-sentence pair; without it, the middle.
 */
export function splitPoint(text: string, share = 0.5): number {
  const target = text.length * share;
  const at = nearest(ends(text, SENTENCE_END), target) ?? nearest(ends(text, CLAUSE_END), target) ?? nearest(ends(text, /\s+/gu), target);
  return at ?? text.length;
}
