/**
 * Checks speed, this tree against another commit, in one process: on a shared machine wall-clock
 * figures from different runs are not comparable and even CPU time drifts with the load, so the
 * two engines take turns (order alternating run by run) over the same inputs, and the medians
 * and the median of the per-round ratios are compared. Both are esbuild bundles (es2023) as the
 * API and the CLI ship them; with --tsx, both as tsx compiles them too. Also checks that both
 * raise the same flags on the built-in corpus.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/checks-ab.ts [--base REV] [--runs N] [--tsx]
 *   --base REV   the commit to compare against (default main); its src/ is read with git archive
 *   --only IDS   only these checks (comma-separated ids): a change to a few checks' shared helper shows
 *                there, where the whole run's noise on a loaded machine (±5 %) would hide it
 */
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { getDocument, listDocuments, loadTerms } from "@alinha/corpus";
import * as current from "../src/index.ts";
import type { CheckInput, CheckOptions, Term } from "../src/types.ts";
import { engineCache, type Engine } from "./engine-bundles.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const base = opt("--base") ?? "main";
const runs = Number(opt("--runs") ?? 15);

const { root, bundle, baseSource } = engineCache("alinha-ab");
const { rev, baseSrc } = baseSource(base);

const engines: [string, Engine][] = [
  [`${rev} shipped`, await bundle(`${baseSrc}/index.ts`, "base")],
  ["this tree shipped", await bundle(`${root}src/index.ts`, "current")],
];
if (args.includes("--tsx")) {
  engines.push([`${rev} tsx`, (await import(pathToFileURL(`${baseSrc}/index.ts`).href)) as Engine]);
  engines.push(["this tree tsx", current]);
}

const terms: Term[] = loadTerms().map((t) => ({ term: t.term, kind: t.kind, ...(t.aliases ? { aliases: t.aliases } : {}) }));
const noChecks: CheckOptions = { variant: "pt-BR", terms: [], disabled: current.checks.map((c) => c.id) };
const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
let words = 0;
const inputs: CheckInput[][] = listDocuments().map((meta) => {
  const d = getDocument(meta.id);
  words += wordCount(d.pt);
  const result = current.alignDocument(d.pt, d.en || undefined, { check: noChecks, speakers: meta.speakers });
  return current.checkInputs(result.pairs, Boolean(d.en), d.pt);
});

// Each engine with its own spellers, loaded once, as a project keeps them.
const only = opt("--only")?.split(",");
const disabled = only ? current.checks.map((c) => c.id as string).filter((id) => !only.includes(id)) : undefined;
const optionsOf = (e: Engine): CheckOptions => ({ variant: "pt-BR", terms, spellers: { pt: e.createSpeller(dictionaryPt), en: e.createSpeller(dictionaryEn) }, ...(disabled ? { disabled } : {}) });
const options = engines.map(([, e]) => optionsOf(e));
const checkAll = (e: Engine, o: CheckOptions) => inputs.map((input) => e.checkDocument(input.map((i) => ({ ...i })), o));

const reference = JSON.stringify(checkAll(engines[0]![1], options[0]!));
engines.forEach(([name, e], k) => {
  if (JSON.stringify(checkAll(e, options[k]!)) !== reference) console.log(`!! ${name} raises other flags than ${engines[0]![0]} on the built-in corpus`);
});

// Turns document by document (order alternating), so a burst of load falls on both engines alike.
const cpu: number[][] = engines.map(() => []);
// Per engine and document, every round's time: the fastest is the least disturbed by other processes.
const byDoc: number[][][] = engines.map(() => inputs.map(() => []));
for (let r = 0; r < runs; r++) {
  const round = engines.map(() => 0);
  inputs.forEach((input, d) => {
    const order = engines.map((_, k) => k);
    if ((r + d) % 2) order.reverse();
    for (const k of order) {
      const used = process.cpuUsage();
      engines[k]![1].checkDocument(input.map((i) => ({ ...i })), options[k]!);
      const u = process.cpuUsage(used);
      round[k]! += (u.user + u.system) / 1000;
      byDoc[k]![d]!.push((u.user + u.system) / 1000);
    }
  });
  round.forEach((ms, k) => cpu[k]!.push(ms));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const per10k = (ms: number) => ((ms * 10_000) / words).toFixed(1);
console.log(`${only ? `checks ${only.join(", ")}` : "checks"} on the built-in corpus (${words} words), CPU ms per 10,000 words over ${runs} alternating rounds (load average ${loadavg()[0]!.toFixed(1)}):`);
engines.forEach(([name], k) => {
  const best = byDoc[k]!.reduce((t, xs) => t + Math.min(...xs), 0);
  let ratio = "";
  if (k % 2) {
    // Each document's time against the other engine's on the same document in the same round.
    const ratios = byDoc[k]!.flatMap((xs, d) => xs.map((x, r) => x / byDoc[k - 1]![d]![r]!));
    ratio = `  × ${median(ratios).toFixed(3)} of ${engines[k - 1]![0]} (median of per-document ratios), × ${(best / byDoc[k - 1]!.reduce((t, xs) => t + Math.min(...xs), 0)).toFixed(3)} best against best`;
  }
  console.log(`  ${name.padEnd(20)} median ${per10k(median(cpu[k]!)).padStart(6)}, best ${per10k(best).padStart(6)}${ratio}`);
});
