import { MAX_BEAD_SPAN } from "./bead-shapes.ts";
import type { SearchBand } from "./search-band.ts";
import type { SideFeatures } from "./segment-features.ts";

/**
 * For every Portuguese segment p and English segment e the band can pair, the weight of p's
 * tokens found in e (`pt`) and of e's tokens found in p (`en`), through identical words,
 * numbers, shared prefixes (cognates) and the lexicon. Beads of several segments add the
 * cells they cover, so each sentence pair is compared once.
 */
export interface MatchTable {
  eLo: Int32Array;
  eHi: Int32Array;
  rowOff: Int32Array;
  pt: Float32Array;
  en: Float32Array;
}

export function buildMatchTable(pt: SideFeatures, en: SideFeatures, band: SearchBand, keyCount: number): MatchTable {
  const n = pt.n;
  const m = en.n;
  const eLo = new Int32Array(n);
  const eHi = new Int32Array(n);
  const rowOff = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) {
    eLo[p] = Math.max(0, band.lo[p + 1]! - MAX_BEAD_SPAN);
    eHi[p] = Math.min(m - 1, band.hi[Math.min(n, p + MAX_BEAD_SPAN)]! - 1);
    rowOff[p + 1] = rowOff[p]! + Math.max(0, eHi[p]! - eLo[p]! + 1);
  }
  const table: MatchTable = { eLo, eHi, rowOff, pt: new Float32Array(rowOff[n]!), en: new Float32Array(rowOff[n]!) };
  // Per-row stamps instead of clearing: stamp[key] === p means key occurs in segment p.
  const stamp = new Int32Array(keyCount).fill(-1);
  const owner = new Int32Array(keyCount);
  const ptSeen = new Int32Array(pt.tokWeight.length).fill(-1);
  let cell = 0;
  for (let p = 0; p < n; p++) {
    for (let t = pt.tokStart[p]!; t < pt.tokStart[p + 1]!; t++) {
      for (let k = pt.keyStart[t]!; k < pt.keyStart[t + 1]!; k++) {
        stamp[pt.keys[k]!] = p;
        owner[pt.keys[k]!] = t;
      }
    }
    for (let e = eLo[p]!; e <= eHi[p]!; e++, cell++) {
      let wPt = 0;
      let wEn = 0;
      for (let u = en.tokStart[e]!; u < en.tokStart[e + 1]!; u++) {
        for (let k = en.keyStart[u]!; k < en.keyStart[u + 1]!; k++) {
          const key = en.keys[k]!;
          if (stamp[key] !== p) continue;
          wEn += en.tokWeight[u]!;
          const t = owner[key]!;
          if (ptSeen[t] !== cell) {
            ptSeen[t] = cell;
            wPt += pt.tokWeight[t]!;
          }
          break;
        }
      }
      table.pt[cell] = wPt;
      table.en[cell] = wEn;
    }
  }
  return table;
}

/** The cell of (p, e), or -1 outside the table. */
export function cellOf(t: MatchTable, p: number, e: number): number {
  return e < t.eLo[p]! || e > t.eHi[p]! ? -1 : t.rowOff[p]! + e - t.eLo[p]!;
}
