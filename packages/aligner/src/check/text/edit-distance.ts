// Two rows reused across calls: the checks compare thousands of short names per document,
// and allocating rows per call was most of the cost (and the garbage collector's work).
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Levenshtein distance, giving up once it exceeds `max` (the checks only care whether two
 * names are close, and most candidates are far, so the early exit saves most of the work).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // No edit allowed: anything but the same string is too far.
  if (max === 0) return 1;
  if (b.length + 1 > prev.length) {
    prev = new Int32Array(2 * (b.length + 1));
    cur = new Int32Array(2 * (b.length + 1));
  }
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}
