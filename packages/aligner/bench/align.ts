/**
 * Alignment benchmark: quality on the gold of the built-in corpus and on seeded perturbations
 * of it, against a Gale–Church length-only baseline; then speed and peak memory on synthetic
 * documents of 1k–20k sentences a side, each size in its own child process.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/align.ts [--quality | --speed]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { getDocument, listDocuments } from "@alinha/corpus";
import { alignSegments, REVIEW_THRESHOLD, segmentText } from "../src/index.ts";
import type { Segment } from "../src/types.ts";
import { add, emptyScores, evaluate, prf, type Scores } from "./align-gold/evaluate.ts";
import { galeChurch } from "./align-gold/gale-church.ts";
import type { GoldBead, GoldFile } from "./align-gold/gold-format.ts";
import { perturb, rng } from "./align-gold/perturb.ts";
import { EN_PER_PT_CHARS } from "../src/align/length-cost.ts";

const PERTURBED_SEEDS = [1, 2, 3, 4, 5];
const SIZES = [1000, 5000, 10000, 20000];
const RUNS = 3;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);

function loadGold(): Array<{ gold: GoldFile; pt: string; en: string; speakers: string[] }> {
  return listDocuments().flatMap((m) => {
    const d = getDocument(m.id);
    if (!d.en) return [];
    const gold = JSON.parse(readFileSync(new URL(`../gold/${m.id}.json`, import.meta.url), "utf8")) as GoldFile;
    return [{ gold, pt: d.pt, en: d.en, speakers: m.speakers }];
  });
}

function run(pt: string, en: string, gold: readonly GoldBead[], speakers: string[] = []) {
  const a = segmentText(pt, { lang: "pt", speakers }).segments;
  const b = segmentText(en, { lang: "en", speakers }).segments;
  const t0 = performance.now();
  const beads = alignSegments(a, b);
  const ms = performance.now() - t0;
  const base = galeChurch(a.map((s) => s.text.length), b.map((s) => s.text.length), EN_PER_PT_CHARS);
  return { ours: evaluate(gold, a, b, beads, REVIEW_THRESHOLD), baseline: evaluate(gold, a, b, base, REVIEW_THRESHOLD), ms };
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
  console.log(`review threshold ${REVIEW_THRESHOLD}; "wrong below/above" = share of beads below/above it that differ from the gold\n`);
  for (const [title, sets] of [
    ["corpus", docs.map((d) => ({ name: d.gold.doc, pt: d.pt, en: d.en, gold: d.gold.beads, speakers: d.speakers }))],
    ["perturbed", docs.flatMap((d) => {
      const donor = docs.filter((o) => o !== d).flatMap((o) => o.gold.beads.map((g) => g.enText).filter((t) => t.length > 30));
      return PERTURBED_SEEDS.map((seed) => ({ name: `${d.gold.doc}#${seed}`, ...perturb(d.gold, d.pt, d.en, seed, donor), speakers: d.speakers }));
    })],
  ] as const) {
    console.log(`— ${title}`);
    let all = emptyScores();
    let allBase = emptyScores();
    let allMs = 0;
    for (const s of sets) {
      const r = run(s.pt, s.en, s.gold, [...s.speakers]);
      all = add(all, r.ours);
      allBase = add(allBase, r.baseline);
      allMs += r.ms;
      console.log(line(s.name, r.ours, r.baseline, r.ms));
    }
    console.log(line(`${title}: overall`, all, allBase, allMs));
    console.log();
  }
}

/** Synthetic parallel text: gold sentence pairs drawn at random, some carrying a unique number. */
function synthetic(size: number, seed: number): { pt: string; en: string } {
  const r = rng(seed);
  const pairs = loadGold().flatMap((d) => d.gold.beads.filter((g) => g.pt && g.en && g.ptText.length > 20 && /[.!?]$/u.test(g.ptText) && /[.!?]$/u.test(g.enText)).map((g) => [g.ptText, g.enText] as const));
  const pt: string[] = [];
  const en: string[] = [];
  for (let k = 0; k < size; k++) {
    const [p, e] = pairs[Math.floor(r() * pairs.length)]!;
    const tag = r() < 0.1 ? ` (${1000 + k})` : "";
    const sep = k % 5 === 4 ? "\n\n" : " ";
    if (r() > 0.01) pt.push(p.replace(/([.!?]?)$/u, `${tag}$1`) + sep);
    if (r() > 0.01) en.push(e.replace(/([.!?]?)$/u, `${tag}$1`) + sep);
  }
  return { pt: pt.join(""), en: en.join("") };
}

function speedChild(size: number): void {
  const { pt, en } = synthetic(size, size);
  const a: Segment[] = segmentText(pt, { lang: "pt" }).segments;
  const b: Segment[] = segmentText(en, { lang: "en" }).segments;
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  alignSegments(a, b);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeMb: rssBefore / 2 ** 20, n: a.length, m: b.length }));
}

function speed(): void {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const self = fileURLToPath(import.meta.url);
  console.log(`— speed and memory (alignSegments only; median of ${RUNS} runs, each in a fresh process)`);
  const medians = new Map<number, number>();
  for (const size of SIZES) {
    const runs = Array.from({ length: RUNS }, () =>
      JSON.parse(execFileSync(process.execPath, [tsx, self, "--speed-child", String(size)], { encoding: "utf8" })) as { ms: number; maxRssMb: number; rssBeforeMb: number; n: number; m: number },
    );
    runs.sort((x, y) => x.ms - y.ms);
    const mid = runs[Math.floor(RUNS / 2)]!;
    medians.set(size, mid.ms);
    console.log(`${String(size).padStart(6)} sentences a side (${mid.n}×${mid.m}): ${mid.ms.toFixed(0).padStart(5)} ms, peak RSS ${mid.maxRssMb.toFixed(0)} MB (process before aligning: ${mid.rssBeforeMb.toFixed(0)} MB)`);
  }
  console.log(`time ratio 20k/10k: ${(medians.get(20000)! / medians.get(10000)!).toFixed(2)} (2.0 = linear)`);
}

const arg = process.argv[2];
if (arg === "--speed-child") speedChild(Number(process.argv[3]));
else {
  if (arg !== "--speed") quality();
  if (arg !== "--quality") speed();
}
