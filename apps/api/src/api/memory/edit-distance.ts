// Levenshtein distance with a cut-off: the memory only wants distances that still give a score
// above the threshold, so the dynamic programme stays inside a diagonal band of that width and
// stops as soon as a whole row exceeds it (Ukkonen 1985, "Algorithms for approximate string
// matching", the band of width 2k+1).

let previous: Int32Array = new Int32Array(256);
let current: Int32Array = new Int32Array(256);

/**
 * The edit distance between `a` and `b` (UTF-16 code units), or `max + 1` when it is larger
 * than `max`. The rows are kept between calls: a lookup scores hundreds of candidates.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  const m = b.length;
  if (m - n > max) return max + 1;
  if (n === 0) return m;
  if (previous.length <= n) {
    previous = new Int32Array(n * 2 + 1);
    current = new Int32Array(n * 2 + 1);
  }
  const beyond = max + 1;
  for (let i = 0; i <= n; i++) previous[i] = i <= max ? i : beyond;
  for (let j = 1; j <= m; j++) {
    // Only cells with |i - j| <= max can be within the bound.
    const from = Math.max(1, j - max);
    const to = Math.min(n, j + max);
    current[0] = j <= max ? j : beyond;
    if (from > 1) current[from - 1] = beyond;
    let rowMin = current[0]!;
    const bj = b.charCodeAt(j - 1);
    for (let i = from; i <= to; i++) {
      const substitute = previous[i - 1]! + (a.charCodeAt(i - 1) === bj ? 0 : 1);
      const remove = previous[i]! + 1;
      const insert = current[i - 1]! + 1;
      let best = substitute < remove ? substitute : remove;
      if (insert < best) best = insert;
      current[i] = best > beyond ? beyond : best;
      if (best < rowMin) rowMin = best;
    }
    if (to < n) current[to + 1] = beyond;
    if (rowMin > max) return beyond;
    [previous, current] = [current, previous];
  }
  const distance = previous[n]!;
  return distance > max ? beyond : distance;
}
