/**
 * Compares two fits of the flag confidence source by source, from the out-of-fold confidences
 * bench/fit-flag-confidence.ts writes with `--oof FILE` (tune half; one cache, two feature sets or
 * ridges): a change earns its place only if it holds on more than one source, and the pooled figures
 * hide which. Per source whose figures move: false alarms and genuine flags shown at each fit's
 * threshold, and the AUC of its reviewed flags; then how many sources gained or lost.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/compare-flag-confidence.ts A.json B.json THRESHOLD_A [THRESHOLD_B] [FAMILY]
 */
import { readFileSync } from "node:fs";

interface OutOfFold { source: string; variant: string; check: string; family: string; y: 0 | 1; p: number }

const [fileA, fileB, thresholdA, thresholdB, family] = process.argv.slice(2);
if (!fileA || !fileB || thresholdA === undefined) throw new Error("usage: compare-flag-confidence.ts A.json B.json THRESHOLD_A [THRESHOLD_B] [FAMILY]");
const a: OutOfFold[] = JSON.parse(readFileSync(fileA, "utf8"));
const b: OutOfFold[] = JSON.parse(readFileSync(fileB, "utf8"));
if (a.length !== b.length || a.some((r, k) => r.source !== b[k]!.source || r.check !== b[k]!.check || r.y !== b[k]!.y)) throw new Error("the two files are not of one cache");
const tA = Number(thresholdA);
const tB = Number(thresholdB ?? thresholdA);

/** Area under the ROC curve of the rows `index` (genuine against false alarm); NaN without both. */
function auc(p: (k: number) => number, index: readonly number[]): number {
  const pos = index.filter((k) => a[k]!.y).map(p);
  const neg = index.filter((k) => !a[k]!.y).map(p);
  if (!pos.length || !neg.length) return NaN;
  let wins = 0;
  for (const x of pos) for (const y of neg) wins += x > y ? 1 : x === y ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}
const shown = (rows: readonly OutOfFold[], t: number, index: readonly number[], y: 0 | 1) => index.filter((k) => rows[k]!.y === y && rows[k]!.p >= t).length;
const pA = (k: number) => a[k]!.p;
const pB = (k: number) => b[k]!.p;

let fewer = 0, more = 0, up = 0, down = 0;
for (const source of [...new Set(a.map((r) => r.source))].sort()) {
  const index = a.flatMap((r, k) => (r.source === source && (!family || r.family === family) ? [k] : []));
  if (!index.length) continue;
  const [faA, faB, gA, gB] = [shown(a, tA, index, 0), shown(b, tB, index, 0), shown(a, tA, index, 1), shown(b, tB, index, 1)];
  const [aucA, aucB] = [auc(pA, index), auc(pB, index)];
  if (faB < faA) fewer++;
  if (faB > faA) more++;
  if (aucB > aucA + 1e-9) up++;
  if (aucB < aucA - 1e-9) down++;
  if (faA !== faB || gA !== gB || Math.abs(aucA - aucB) > 0.01) console.log(`${source.padEnd(40)} false alarms shown ${faA} → ${faB}, genuine ${gA} → ${gB}, AUC ${aucA.toFixed(3)} → ${aucB.toFixed(3)}`);
}
const all = a.flatMap((r, k) => (!family || r.family === family ? [k] : []));
console.log(`sources with fewer false alarms shown ${fewer}, more ${more}; sources whose AUC rose ${up}, fell ${down}`);
console.log(`all: AUC ${auc(pA, all).toFixed(3)} → ${auc(pB, all).toFixed(3)}; false alarms shown ${shown(a, tA, all, 0)} → ${shown(b, tB, all, 0)}; genuine shown ${shown(a, tA, all, 1)} → ${shown(b, tB, all, 1)}`);
