// Two rows reused across calls: the checks compare thousands of short names per document,
// and allocating rows per call was most of the cost (and the garbage collector's work).
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Levenshtein distance, giving up once it exceeds `max`: the checks only care whether two names
 * are close, and most candidates are far. A result above `max` means only "too far" (it need
 * not be the distance); at or below `max` it is exact.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // No edit allowed: anything but the same string is too far.
  if (max === 0) return 1;
  // One edit allowed (most names): what is left after the common start and end must be a letter or none on each side.
  if (max === 1) return withinOneEdit(a, b) ? 1 : 2;
  return banded(a, b, max);
}

function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  const shorter = Math.min(la, lb);
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let s = 0;
  while (s < shorter - i && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  return la - i - s <= 1 && lb - i - s <= 1;
}

/** The dynamic programme over the cells within `max` of the diagonal: the others are too far anyway. */
function banded(a: string, b: string, max: number): number {
  const far = Math.min(max + 1, 0x3fffffff);
  if (b.length + 2 > prev.length) {
    prev = new Int32Array(2 * (b.length + 2));
    cur = new Int32Array(2 * (b.length + 2));
  }
  const lb = b.length;
  for (let j = 0; j <= lb + 1; j++) prev[j] = j <= max ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    cur[0] = i <= max ? i : far;
    cur[lo - 1] = lo === 1 ? cur[0]! : far;
    let rowMin = lo === 1 ? cur[0]! : far;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) cur[hi + 1] = far;
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}
