/**
 * Alignment benchmark: quality on the gold of the built-in corpus and on seeded perturbations
 * of it (evaluation seeds only: nothing is fitted on them), against a Gale–Church length-only
 * baseline; the confidence split at the review threshold; then speed and peak memory on
 * synthetic documents of 1k–20k sentences a side, for alignSegments alone and for the whole
 * pipeline (alignDocument: segmentation, alignment, checks), each run in a fresh process;
 * and hunalign beside it when it is installed.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/align.ts [--quality | --speed | --hunalign]
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { alignDocument, alignSegments, REVIEW_THRESHOLD, segmentText } from "../src/index.ts";
import { EN_PER_PT_CHARS } from "../src/align/length-cost.ts";
import { add, emptyScores, evaluate, prf, type Scores } from "./align-gold/evaluate.ts";
import { galeChurch } from "./align-gold/gale-church.ts";
import { corpusSets, EVAL_SEEDS, loadGold, perturbedSets, type GoldSet } from "./align-gold/gold-sets.ts";
import { runHunalignBench } from "./align-gold/hunalign.ts";
import { synthetic } from "./align-gold/synthetic.ts";

const SIZES = [1000, 5000, 10000, 20000];
const RUNS = 3;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function run(s: GoldSet) {
  const a = segmentText(s.pt, { lang: "pt", speakers: s.speakers }).segments;
  const b = segmentText(s.en, { lang: "en", speakers: s.speakers }).segments;
  const t0 = performance.now();
  const beads = alignSegments(a, b);
  const ms = performance.now() - t0;
  const base = galeChurch(a.map((x) => x.text.length), b.map((x) => x.text.length), EN_PER_PT_CHARS);
  return { ours: evaluate(s.gold, a, b, beads, REVIEW_THRESHOLD), baseline: evaluate(s.gold, a, b, base, REVIEW_THRESHOLD), ms };
}

function line(name: string, s: Scores, base: Scores, ms: number): string {
  const o = prf(s);
  const g = prf(base);
  const below = s.below ? pct(s.belowWrong / s.below) : "–";
  const above = s.above ? pct(s.aboveWrong / s.above) : "–";
  return `${name.padEnd(34)} P ${f3(o.p)} R ${f3(o.r)} F1 ${f3(o.f1)} | wrong below ${below.padStart(6)} (${s.below}) above ${above.padStart(5)} (${s.above}) | ${ms.toFixed(0).padStart(4)} ms | baseline F1 ${f3(g.f1)}`;
}

function quality(): void {
  const docs = loadGold();
  let ratioPt = 0;
  let ratioEn = 0;
  for (const { gold } of docs) for (const g of gold.beads) if (g.pt && g.en) { ratioPt += g.ptText.length; ratioEn += g.enText.length; }
  console.log(`EN/PT character ratio in the gold: ${(ratioEn / ratioPt).toFixed(3)} (aligner uses ${EN_PER_PT_CHARS})`);
  console.log(`review threshold ${REVIEW_THRESHOLD}; "wrong below/above" = share of beads below/above it that differ from the gold`);
  console.log(`perturbed set: evaluation seeds ${EVAL_SEEDS.join(", ")} (the confidence model and cost constants were fitted on other seeds)\n`);
  for (const [title, sets] of [["corpus", corpusSets(docs)], ["perturbed", perturbedSets(docs, EVAL_SEEDS)]] as const) {
    console.log(`— ${title}`);
    let all = emptyScores();
    let allBase = emptyScores();
    let allMs = 0;
    for (const s of sets) {
      const r = run(s);
      all = add(all, r.ours);
      allBase = add(allBase, r.baseline);
      allMs += r.ms;
      console.log(line(s.name, r.ours, r.baseline, r.ms));
    }
    console.log(line(`${title}: overall`, all, allBase, allMs));
    const wrong = all.belowWrong + all.aboveWrong;
    if (!wrong) console.log(`${title}: no wrong beads`);
    else if (all.below && all.aboveWrong) {
      const ratio = all.belowWrong / all.below / (all.aboveWrong / all.above);
      console.log(`${title}: beads below the threshold are wrong ${ratio.toFixed(1)}× as often as beads above it (goal ≥ 5×); ${all.belowWrong} of ${wrong} wrong beads are below it`);
    }
    console.log();
  }
}

interface SpeedRun { alignMs: number; pipelineMs: number; alignRssMb: number; pipelineRssMb: number; n: number; m: number }

/** One size in a fresh process: the peak RSS of alignSegments alone, then of the whole pipeline. */
function speedChild(size: number, stage: "align" | "pipeline"): void {
  const { pt, en } = synthetic(loadGold(), size, size);
  let out: Record<string, number>;
  if (stage === "align") {
    const a = segmentText(pt, { lang: "pt" }).segments;
    const b = segmentText(en, { lang: "en" }).segments;
    const t0 = performance.now();
    alignSegments(a, b);
    out = { ms: performance.now() - t0, n: a.length, m: b.length };
  } else {
    const t0 = performance.now();
    const r = alignDocument(pt, en);
    out = { ms: performance.now() - t0, n: r.pairs.length, m: 0 };
  }
  process.stdout.write(JSON.stringify({ ...out, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function speed(): void {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const self = fileURLToPath(import.meta.url);
  const child = (size: number, stage: string) =>
    JSON.parse(execFileSync(process.execPath, [tsx, self, "--speed-child", String(size), stage], { encoding: "utf8", maxBuffer: 1 << 20 })) as { ms: number; maxRssMb: number; n: number; m: number };
  console.log(`— speed and memory (median of ${RUNS} runs, each in a fresh process; peak RSS is the whole process's)`);
  console.log("  size  | PT×EN segments  | alignSegments      | alignDocument (segment + align + checks)");
  const res = new Map<number, SpeedRun>();
  for (const size of SIZES) {
    const al = Array.from({ length: RUNS }, () => child(size, "align"));
    const pl = Array.from({ length: RUNS }, () => child(size, "pipeline"));
    const r: SpeedRun = {
      alignMs: median(al.map((x) => x.ms)), alignRssMb: median(al.map((x) => x.maxRssMb)),
      pipelineMs: median(pl.map((x) => x.ms)), pipelineRssMb: median(pl.map((x) => x.maxRssMb)), n: al[0]!.n, m: al[0]!.m,
    };
    res.set(size, r);
    console.log(`${String(size).padStart(6)} | ${`${r.n}×${r.m}`.padEnd(15)} | ${r.alignMs.toFixed(0).padStart(5)} ms ${r.alignRssMb.toFixed(0).padStart(4)} MB | ${r.pipelineMs.toFixed(0).padStart(6)} ms ${r.pipelineRssMb.toFixed(0).padStart(4)} MB`);
  }
  const a = res.get(20000)!;
  const b = res.get(10000)!;
  console.log(`time ratio 20k/10k: alignSegments ${(a.alignMs / b.alignMs).toFixed(2)}, alignDocument ${(a.pipelineMs / b.pipelineMs).toFixed(2)} (2.0 = linear)\n`);
}

const arg = process.argv[2];
if (arg === "--speed-child") speedChild(Number(process.argv[3]), process.argv[4] as "align" | "pipeline");
else {
  if (!arg || arg === "--quality") quality();
  if (!arg || arg === "--speed") speed();
  if (!arg || arg === "--hunalign") runHunalignBench();
}
