/**
 * Checks speed on text the checks have not seen yet. `bench/checks.ts` times the built-in corpus
 * eleven times over with the same spellers, so from the second round on every word's dictionary
 * answer (and every per-word memo) is already known; that is what a project pays when a document
 * is checked again, not what it pays for a new one. Here the dictionaries are loaded and the
 * engine warmed on the built-in corpus, then the development corpus's tuning half is checked once,
 * document by document, each on words no earlier round has memoised unless an earlier document
 * used them too (as a project's later documents reuse its vocabulary). With `--base REV` the same
 * text goes through another commit's engine too, the two taking turns document by document (order
 * alternating), each with its own spellers and memos, so the ratio is one run's.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/checks-fresh.ts [--base REV] [--rounds N]
 *   --rounds N   check the tuning half N times, each time with freshly built spellers (so no
 *                dictionary answer is kept from the previous round; word memos outside the spellers
 *                do carry over), default 1
 *   --every N    only every Nth document of the tuning half (a quicker sample), default 1
 */
import { loadavg } from "node:os";
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { getDocument, listDocuments } from "@alinha/corpus";
import { documentPt, loadDevCorpus } from "@alinha/corpus/dev";
import * as current from "../src/index.ts";
import type { CheckInput, CheckOptions } from "../src/types.ts";
import { englishFor } from "./check-data/real-pipeline.ts";
import { engineCache, type Engine } from "./engine-bundles.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const base = opt("--base");
const rounds = Number(opt("--rounds") ?? 1);
const every = Number(opt("--every") ?? 1);

const { root, bundle, baseSource } = engineCache("alinha-fresh");
const engines: [string, Engine][] = [];
if (base) {
  const { rev, baseSrc } = baseSource(base);
  engines.push([`${rev} shipped`, await bundle(`${baseSrc}/index.ts`, "base")]);
}
engines.push(["this tree shipped", await bundle(`${root}src/index.ts`, "current")]);

const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
const noChecks = (variant: CheckOptions["variant"]): CheckOptions => ({ variant, terms: [], disabled: current.checks.map((c) => c.id) });
const inputsOf = (pt: string, en: string | undefined, variant: CheckOptions["variant"], speakers: readonly string[] = []): CheckInput[] =>
  current.checkInputs(current.alignDocument(pt, en, { check: noChecks(variant), speakers }).pairs, en !== undefined, pt);

// Warm-up material: the built-in corpus (the engine's code compiled, its patterns built).
const warm = listDocuments().map((meta) => {
  const d = getDocument(meta.id);
  return inputsOf(d.pt, d.en || undefined, "pt-BR", meta.speakers);
});
// Fresh material: the tuning half, as the real-text benches check it (no glossary).
const dev = loadDevCorpus({ half: "tune" }).filter((_, k) => k % every === 0).map((doc) => {
  const pt = documentPt(doc);
  return { variant: doc.variant, words: wordCount(pt), inputs: inputsOf(pt, englishFor(doc), doc.variant) };
});
const words = dev.reduce((n, d) => n + d.words, 0);

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const spellersOf = (e: Engine) => ({ pt: e.createSpeller(dictionaryPt), en: e.createSpeller(dictionaryEn) });
const totals = engines.map(() => [] as number[]);
const perDoc = engines.map(() => dev.map(() => [] as number[]));
for (let r = 0; r < rounds; r++) {
  const spellers = engines.map(([, e]) => spellersOf(e));
  engines.forEach(([, e], k) => { for (const input of warm) e.checkDocument(input.map((i) => ({ ...i })), { variant: "pt-BR", terms: [], spellers: spellers[k]! }); });
  const round = engines.map(() => 0);
  dev.forEach((doc, d) => {
    const order = engines.map((_, k) => k);
    if ((r + d) % 2) order.reverse();
    for (const k of order) {
      const used = process.cpuUsage();
      engines[k]![1].checkDocument(doc.inputs.map((i) => ({ ...i })), { variant: doc.variant, terms: [], spellers: spellers[k]! });
      const ms = cpuMs(process.cpuUsage(used));
      round[k]! += ms;
      perDoc[k]![d]!.push(ms);
    }
  });
  round.forEach((ms, k) => totals[k]!.push(ms));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const per10k = (ms: number) => ((ms * 10_000) / words).toFixed(1);
console.log(`fresh text: the tuning half (${dev.length} documents${every > 1 ? `, one in ${every}` : ""}, ${words} words), each checked once per round after a warm-up on the built-in corpus; CPU ms per 10,000 words, ${rounds} round(s) (load average ${loadavg()[0]!.toFixed(1)}); heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
engines.forEach(([name], k) => {
  let ratio = "";
  if (k === 1) {
    const ratios = perDoc[1]!.flatMap((xs, d) => xs.map((x, r) => x / perDoc[0]![d]![r]!));
    const sum = (k: number) => perDoc[k]!.reduce((t, xs) => t + xs.reduce((a, b) => a + b, 0), 0);
    ratio = `  × ${median(ratios).toFixed(3)} of ${engines[0]![0]} (median of per-document ratios), × ${(sum(1) / sum(0)).toFixed(3)} in total`;
  }
  console.log(`  ${name.padEnd(20)} median round ${per10k(median(totals[k]!)).padStart(6)}${ratio}`);
});
