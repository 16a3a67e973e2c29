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
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { alignDocument, alignSegments, REVIEW_THRESHOLD, segmentBitext, segmentText } from "../src/index.ts";
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
  const both = segmentBitext(s.pt, s.en, { speakers: s.speakers });
  const a = both.pt.segments;
  const b = both.en.segments;
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

/** Wall time, and the process's CPU time (user + system): on a loaded machine the second is the steadier. */
interface ChildResult { ms: number[]; cpuMs: number[]; maxRssMb: number; n: number; m: number }

/**
 * One size and stage in a fresh process, run RUNS times: the first run is cold (JIT, word
 * caches), as the command line meets it; the median is what a server that has aligned before
 * sees. The peak RSS is the process's over all runs, so an upper bound for one.
 */
function speedChild(size: number, stage: "align" | "pipeline"): void {
  const { pt, en } = synthetic(loadGold(), size, size);
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let n = 0;
  let m = 0;
  for (let r = 0; r < RUNS; r++) {
    if (stage === "align") {
      const a = segmentText(pt, { lang: "pt" }).segments;
      const b = segmentText(en, { lang: "en" }).segments;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      alignSegments(a, b);
      ms.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuMs.push((c.user + c.system) / 1000);
      [n, m] = [a.length, b.length];
    } else {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      n = alignDocument(pt, en).pairs.length;
      ms.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuMs.push((c.user + c.system) / 1000);
    }
  }
  const out: ChildResult = { ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, n, m };
  process.stdout.write(JSON.stringify(out));
}

function child(size: number, stage: "align" | "pipeline"): ChildResult {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const self = fileURLToPath(import.meta.url);
  return JSON.parse(execFileSync(process.execPath, [tsx, self, "--speed-child", String(size), stage], { encoding: "utf8", maxBuffer: 1 << 20 })) as ChildResult;
}

function speed(): void {
  console.log(`— speed and memory: ${RUNS} runs per size in one fresh process; "first" is the cold run's wall time, "median" the median wall time of all ${RUNS}, "cpu" the median CPU time`);
  console.log("  size | PT×EN segments | alignSegments first / median / cpu, peak RSS    | alignDocument (segment + align + checks) first / median / cpu, peak RSS");
  const med = new Map<number, { align: number; doc: number; alignCpu: number; docCpu: number }>();
  for (const size of SIZES) {
    const al = child(size, "align");
    const dc = child(size, "pipeline");
    med.set(size, { align: median(al.ms), doc: median(dc.ms), alignCpu: median(al.cpuMs), docCpu: median(dc.cpuMs) });
    const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
    console.log(`${String(size).padStart(6)} | ${`${al.n}×${al.m}`.padEnd(14)} | ${ms(al.ms[0]!)} / ${ms(median(al.ms))} / ${ms(median(al.cpuMs))}, ${al.maxRssMb.toFixed(0).padStart(3)} MB | ${ms(dc.ms[0]!)} / ${ms(median(dc.ms))} / ${ms(median(dc.cpuMs))}, ${dc.maxRssMb.toFixed(0).padStart(3)} MB`);
  }
  const a = med.get(20000)!;
  const b = med.get(10000)!;
  console.log(`median time ratio 20k/10k: alignSegments ${(a.align / b.align).toFixed(2)} (cpu ${(a.alignCpu / b.alignCpu).toFixed(2)}), alignDocument ${(a.doc / b.doc).toFixed(2)} (cpu ${(a.docCpu / b.docCpu).toFixed(2)}) (2.0 = linear)`);
  console.log(`load average while measuring: ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${availableParallelism()} CPUs\n`);
}

const arg = process.argv[2];
if (arg === "--speed-child") speedChild(Number(process.argv[3]), process.argv[4] as "align" | "pipeline");
else {
  if (!arg || arg === "--quality") quality();
  if (!arg || arg === "--speed") speed();
  if (!arg || arg === "--hunalign") runHunalignBench((size) => child(size, "align"));
}
