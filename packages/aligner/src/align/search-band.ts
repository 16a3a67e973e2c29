/**
 * The band of DP states searched: for each row i (Portuguese segments consumed) the English
 * positions [lo[i], hi[i]]. Near-linear: the band follows a path fixed by anchors (or by an
 * earlier pass) with a fixed half-width, instead of filling the N×M table.
 */
export interface SearchBand {
  lo: Int32Array;
  hi: Int32Array;
  width: number;
}

function fromCentre(n: number, m: number, col: Float64Array, halfWidth: number): SearchBand {
  const centre = (i: number) => col[i]!;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const a = centre(Math.max(0, i - 1));
    const b = centre(Math.min(n, i + 1));
    lo[i] = i === 0 ? 0 : Math.max(0, Math.floor(Math.min(a, centre(i))) - halfWidth);
    hi[i] = i === n ? m : Math.min(m, Math.ceil(Math.max(b, centre(i))) + halfWidth);
    // Keep both edges monotone so that every row overlaps the one before: a path always exists.
    if (i > 0) {
      lo[i] = Math.max(lo[i]!, lo[i - 1]!);
      hi[i] = Math.max(hi[i]!, hi[i - 1]!);
    }
  }
  return { lo, hi, width: halfWidth };
}

/** A band around the line through the anchors (and the two corners). */
export function bandFromAnchors(n: number, m: number, anchors: ReadonlyArray<[number, number]>, halfWidth: number): SearchBand {
  const xs = [0, ...anchors.map(([p]) => p + 0.5), n];
  const ys = [0, ...anchors.map(([, e]) => e + 0.5), m];
  const col = new Float64Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < xs.length - 2 && xs[k + 1]! < i) k++;
    const [x0, x1, y0, y1] = [xs[k]!, xs[k + 1]!, ys[k]!, ys[k + 1]!];
    col[i] = x1 === x0 ? y1 : y0 + ((i - x0) * (y1 - y0)) / (x1 - x0);
  }
  return fromCentre(n, m, col, halfWidth);
}

/** A band around a path found by a previous pass: states as (row, column) pairs in order. */
export function bandFromPath(n: number, m: number, path: ReadonlyArray<[number, number]>, halfWidth: number): SearchBand {
  const col = new Float64Array(n + 1);
  let p = 0;
  for (let i = 0; i <= n; i++) {
    while (p < path.length - 1 && path[p + 1]![0] <= i) p++;
    col[i] = path[p]![1];
  }
  return fromCentre(n, m, col, halfWidth);
}

/** A best path that runs along an inner edge of the band may have been cut off by it. */
export function touchesEdge(band: SearchBand, m: number, path: ReadonlyArray<[number, number]>): boolean {
  return path.some(([i, j]) => (band.lo[i]! > 0 && j - band.lo[i]! < 1) || (band.hi[i]! < m && band.hi[i]! - j < 1));
}
