/**
 * hunalign (Varga et al. 2005) beside Alinha, when it is installed on this machine. Its
 * dictionary is built at bench time, in a temp dir, from the FreeDict Portuguese–English
 * files if Debian's dict-freedict-* packages are present (GPL data: never committed, never
 * shipped), else hunalign runs with an empty dictionary (its length-only first pass).
 * Input is one sentence per line, paragraphs opened by "<p>" lines, words and punctuation
 * space-separated and lowercased, as hunalign expects (it matches dictionary words by exact
 * string, so "Mundo," would never meet "mundo"); its ladder output (rungs "i<TAB>j<TAB>score")
 * becomes beads between consecutive rungs. It runs plain and with -realign (its second pass
 * on a dictionary grown from the first alignment), and both are reported.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { alignSegments, segmentText } from "../../src/index.ts";
import type { Segment } from "../../src/types.ts";
import { add, emptyScores, evaluate, prf } from "./evaluate.ts";
import { corpusSets, EVAL_SEEDS, loadGold, perturbedSets } from "./gold-sets.ts";
import { synthetic } from "./synthetic.ts";

const DICT_DIR = "/usr/share/dictd";
const SPEED_SIZE = 10000;
const SPEED_RUNS = 3;
const VARIANTS = [{ name: "hunalign", flags: [] as string[] }, { name: "hunalign -realign", flags: ["-realign"] }];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Alinha's alignSegments at one size in a fresh process (align.ts's speed child): wall and CPU times per run, peak RSS. */
export type AlinhaChild = (size: number) => { ms: number[]; cpuMs: number[]; maxRssMb: number };

function onPath(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0;
}

/** dictd's index numbers are base64 digits, most significant first. */
function b64(s: string): number {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let n = 0;
  for (const c of s) n = n * 64 + abc.indexOf(c);
  return n;
}

/** Single-word translation pairs [pt, en] from one FreeDict dictd database. */
function freedictPairs(name: string, ptFirst: boolean): Array<[string, string]> {
  const index = join(DICT_DIR, `${name}.index`);
  const dict = join(DICT_DIR, `${name}.dict.dz`);
  if (!existsSync(index) || !existsSync(dict)) return [];
  const body = gunzipSync(readFileSync(dict));
  const out: Array<[string, string]> = [];
  for (const row of readFileSync(index, "utf8").split("\n")) {
    const [head, off, len] = row.split("\t");
    if (!head || !off || !len || head.startsWith("00")) continue;
    const lines = body.subarray(b64(off), b64(off) + b64(len)).toString("utf8").split("\n");
    const word = lines[0]!.replace(/\/.*?\/|<.*?>/gu, "").trim().toLowerCase();
    if (!/^\p{L}+$/u.test(word)) continue;
    for (const l of lines.slice(1)) {
      for (const t of l.replace(/^\s*\d+\.\s*/u, "").replace(/\(.*?\)/gu, "").split(/[,;]/u)) {
        const tr = t.trim().toLowerCase();
        if (/^\p{L}+$/u.test(tr)) out.push(ptFirst ? [word, tr] : [tr, word]);
      }
    }
  }
  return out;
}

/** hunalign's dictionary: "target @ source" per line; here source = Portuguese, target = English. */
function writeDictionary(dir: string): { file: string; entries: number } {
  const pairs = [...freedictPairs("freedict-por-eng", true), ...freedictPairs("freedict-eng-por", false)];
  const lines = [...new Set(pairs.map(([pt, en]) => `${en} @ ${pt}`))];
  const file = join(dir, "pt-en.dic");
  writeFileSync(file, lines.join("\n") + "\n");
  return { file, entries: lines.length };
}

/** hunalign's input tokens: words and single punctuation marks, lowercased like the dictionary. */
function tokens(text: string): string {
  return (text.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? []).join(" ");
}

/** One sentence per line, "<p>" before each paragraph; returns the file and line → segment map. */
function writeSide(dir: string, name: string, segs: readonly Segment[]): { file: string; lineToSeg: number[] } {
  const lines: string[] = [];
  const lineToSeg: number[] = [];
  segs.forEach((s, k) => {
    if (k === 0 || s.paragraph !== segs[k - 1]!.paragraph) {
      lines.push("<p>");
      lineToSeg.push(-1);
    }
    lines.push(tokens(s.text));
    lineToSeg.push(s.index);
  });
  const file = join(dir, name);
  writeFileSync(file, lines.join("\n") + "\n");
  return { file, lineToSeg };
}

function runHunalign(dir: string, dic: string, a: readonly Segment[], b: readonly Segment[], flags: readonly string[]) {
  const pt = writeSide(dir, "pt.txt", a);
  const en = writeSide(dir, "en.txt", b);
  const t0 = performance.now();
  // GNU time's %M is the peak RSS in KB; without /usr/bin/time the memory column says "?".
  const timed = existsSync("/usr/bin/time");
  const cmd = timed ? "/usr/bin/time" : "hunalign";
  const args = [...(timed ? ["-f", "%M", "hunalign"] : []), ...flags, dic, pt.file, en.file];
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`hunalign failed: ${r.stderr.slice(-500)}`);
  const rssMb = timed ? Number(/(\d+)\s*$/u.exec(r.stderr)?.[1] ?? NaN) / 1024 : NaN;
  // hunalign prints every rung but the closing one (n, m), which ends the last segment: without
  // it the sentences after the last printed rung would be dropped.
  const rungs = r.stdout.trim().split("\n").map((l) => l.split("\t").map(Number) as [number, number, number]);
  rungs.push([pt.lineToSeg.length, en.lineToSeg.length, 0]);
  const beads: Array<{ pt: number[]; en: number[] }> = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0] = rungs[k]!;
    const [i1, j1] = rungs[k + 1]!;
    const ptIdx = pt.lineToSeg.slice(i0, i1).filter((x) => x >= 0);
    const enIdx = en.lineToSeg.slice(j0, j1).filter((x) => x >= 0);
    if (ptIdx.length + enIdx.length) beads.push({ pt: ptIdx, en: enIdx });
  }
  return { beads, ms, rssMb };
}

export function runHunalignBench(alinhaAt: AlinhaChild): void {
  console.log("— hunalign");
  if (!onPath("hunalign")) {
    console.log("hunalign not installed: skipped\n");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "alinha-hunalign-"));
  try {
    const dic = writeDictionary(dir);
    console.log(`dictionary: ${dic.entries ? `${dic.entries} FreeDict pairs (built in a temp dir, deleted after)` : "none (FreeDict not installed): length-based"}`);
    console.log("input: tokenized and lowercased, one sentence per line, <p> between paragraphs");
    const docs = loadGold();
    for (const [title, sets] of [["corpus", corpusSets(docs)], ["perturbed", perturbedSets(docs, EVAL_SEEDS)]] as const) {
      const hun = VARIANTS.map(() => ({ scores: emptyScores(), ms: 0 }));
      let ours = emptyScores();
      let oursMs = 0;
      for (const s of sets) {
        const a = segmentText(s.pt, { lang: "pt", speakers: s.speakers }).segments;
        const b = segmentText(s.en, { lang: "en", speakers: s.speakers }).segments;
        VARIANTS.forEach((v, k) => {
          const h = runHunalign(dir, dic.file, a, b, v.flags);
          hun[k]!.ms += h.ms;
          hun[k]!.scores = add(hun[k]!.scores, evaluate(s.gold, a, b, h.beads, 0));
        });
        const t0 = performance.now();
        const mine = alignSegments(a, b);
        oursMs += performance.now() - t0;
        ours = add(ours, evaluate(s.gold, a, b, mine, 0));
      }
      const hunText = VARIANTS.map((v, k) => `${v.name} ${prf(hun[k]!.scores).f1.toFixed(3)}`).join(" | ");
      const hunTime = VARIANTS.map((v, k) => `${v.name} ${hun[k]!.ms.toFixed(0)} ms`).join(", ");
      console.log(`${title.padEnd(10)} F1 Alinha ${prf(ours).f1.toFixed(3)} | ${hunText} | time (processes) ${hunTime} vs Alinha ${oursMs.toFixed(0)} ms (in process)`);
    }
    const { pt, en } = synthetic(docs, SPEED_SIZE, SPEED_SIZE);
    const a = segmentText(pt, { lang: "pt" }).segments;
    const b = segmentText(en, { lang: "en" }).segments;
    console.log(`${SPEED_SIZE}×${SPEED_SIZE} synthetic (${a.length}×${b.length} segments), ${SPEED_RUNS} runs each, median wall time; load average before: ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${availableParallelism()} CPUs`);
    const mine = alinhaAt(SPEED_SIZE);
    const mineMs = median(mine.ms);
    console.log(`  Alinha alignSegments (fresh process): ${mineMs.toFixed(0)} ms (cpu ${median(mine.cpuMs).toFixed(0)} ms; runs ${mine.ms.map((x) => x.toFixed(0)).join(", ")}), peak RSS ${mine.maxRssMb.toFixed(0)} MB`);
    for (const v of VARIANTS) {
      const runs = Array.from({ length: SPEED_RUNS }, () => runHunalign(dir, dic.file, a, b, v.flags));
      const ms = median(runs.map((r) => r.ms));
      const rss = Math.max(...runs.map((r) => r.rssMb));
      console.log(`  ${v.name}: ${ms.toFixed(0)} ms (runs ${runs.map((r) => r.ms.toFixed(0)).join(", ")}), peak RSS ${rss.toFixed(0)} MB | time ratio ${v.name}/Alinha ${(ms / mineMs).toFixed(1)}`);
    }
    console.log(`  load average after: ${loadavg().map((x) => x.toFixed(1)).join(" ")}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
