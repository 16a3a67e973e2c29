/**
 * The first check after start-up as users get it: each run a fresh Node process that imports the
 * engine as the API and the CLI ship it (esbuild bundle, es2023), builds the Portuguese and English
 * spellers from the dictionary packages (`createSpeller`, as the API does), aligns the first built-in
 * document without checks and then checks it (`checkDocument` with the term list). Timed: the
 * dictionaries, and the check; the acceptance figure is their sum. `bench/checks.ts` prints the
 * same figure for the engine as tsx compiles it, in a process that has run other work first.
 *
 * With `--api-spellers` the child builds the five spellers the API builds on its first check
 * (apps/api term-cache.ts: pt, en, es, it, fr) instead of the Portuguese and English alone.
 *
 * With `--base REV` the same runs on another commit's bundle too, the two taking turns (order
 * alternating), and the medians of both and of the per-pair ratios (this tree over the base) are compared.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/first-check.ts [--base REV] [--runs N] [--api-spellers]
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import type { Spellers } from "../src/types.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** The dictionaries the API builds besides Portuguese and English (`--api-spellers`). */
const OTHER_LANGUAGES = ["es", "it", "fr"] as const;

interface Timing { dictionariesMs: number; dictionariesCpuMs: number; checkMs: number; checkCpuMs: number }

if (opt("--child") !== undefined) {
  // Imports only now, so that the timings below start on a process that has loaded nothing of the engine's work.
  const { default: dictionaryEn } = await import("dictionary-en");
  const { default: dictionaryPt } = await import("dictionary-pt");
  const { getDocument, listDocuments, loadTerms } = await import("@alinha/corpus");
  // The API's three other dictionaries, loaded (not built) outside the timing as the two above are.
  const others = args.includes("--api-spellers")
    ? await Promise.all(OTHER_LANGUAGES.map(async (lang) => [lang, (await import(`dictionary-${lang}`)).default as { aff: Uint8Array; dic: Uint8Array }] as const))
    : [];
  const engine = (await import(pathToFileURL(opt("--child")!).href)) as typeof import("../src/index.ts");
  const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
  let started = performance.now();
  let cpu = process.cpuUsage();
  const spellers: Spellers = { pt: engine.createSpeller(dictionaryPt), en: engine.createSpeller(dictionaryEn) };
  for (const [lang, dictionary] of others) spellers[lang] = engine.createSpeller(dictionary);
  const dictionariesMs = performance.now() - started;
  const dictionariesCpuMs = cpuMs(process.cpuUsage(cpu));
  const terms = loadTerms().map((t) => ({ term: t.term, kind: t.kind, ...(t.aliases ? { aliases: t.aliases } : {}) }));
  const meta = listDocuments()[0]!;
  const doc = getDocument(meta.id);
  const en = doc.en || undefined;
  const noChecks = { variant: "pt-BR" as const, terms: [], disabled: engine.checks.map((c) => c.id) };
  const aligned = engine.alignDocument(doc.pt, en, { check: noChecks, speakers: meta.speakers });
  const inputs = engine.checkInputs(aligned.pairs, en !== undefined, doc.pt);
  started = performance.now();
  cpu = process.cpuUsage();
  engine.checkDocument(inputs, { variant: "pt-BR", terms, spellers });
  const timing: Timing = { dictionariesMs, dictionariesCpuMs, checkMs: performance.now() - started, checkCpuMs: cpuMs(process.cpuUsage(cpu)) };
  console.log(JSON.stringify(timing));
} else {
  const { engineCache } = await import("./engine-bundles.ts");
  const runs = Number(opt("--runs") ?? 7);
  const base = opt("--base");
  const cacheName = "alinha-first-check";
  const { root, bundle, baseSource } = engineCache(cacheName);
  const bundlePath = (name: string) => `${root}node_modules/.cache/${cacheName}/${name}.mjs`;
  const engines: [string, string][] = [];
  if (base) {
    const { rev, baseSrc } = baseSource(base);
    await bundle(`${baseSrc}/index.ts`, "base");
    engines.push([`${rev} shipped`, bundlePath("base")]);
  }
  await bundle(`${root}src/index.ts`, "current");
  engines.push(["this tree shipped", bundlePath("current")]);
  const self = new URL(import.meta.url).pathname;
  const timings: Timing[][] = engines.map(() => []);
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? engines.map((_, k) => k) : engines.map((_, k) => k).reverse();
    for (const k of order) {
      const child = spawnSync(process.execPath, ["--import", "tsx", self, "--child", engines[k]![1], ...(args.includes("--api-spellers") ? ["--api-spellers"] : [])], { cwd: root, encoding: "utf8" });
      if (child.status !== 0) throw new Error(`first-check: the child process failed:\n${child.stderr}`);
      timings[k]!.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as Timing);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const total = (t: Timing) => t.dictionariesMs + t.checkMs;
  const totalCpu = (t: Timing) => t.dictionariesCpuMs + t.checkCpuMs;
  const which = args.includes("--api-spellers") ? "the API's five spellers" : "pt and en spellers";
  console.log(`first check after start-up, ${which}, fresh process each run, ${runs} runs (medians; load average ${loadavg()[0]!.toFixed(1)}):`);
  engines.forEach(([name], k) => {
    const ts = timings[k]!;
    let ratio = "";
    if (k > 0) {
      const cpuRatios = ts.map((t, r) => totalCpu(t) / totalCpu(timings[0]![r]!));
      ratio = `; CPU × ${median(cpuRatios).toFixed(3)} of ${engines[0]![0]} (median of per-run ratios)`;
    }
    console.log(`  ${name.padEnd(20)} dictionaries + first check ${median(ts.map(total)).toFixed(0)} ms, CPU ${median(ts.map(totalCpu)).toFixed(0)} ms ` +
      `(dictionaries ${median(ts.map((t) => t.dictionariesMs)).toFixed(0)} ms, CPU ${median(ts.map((t) => t.dictionariesCpuMs)).toFixed(0)}; ` +
      `check ${median(ts.map((t) => t.checkMs)).toFixed(0)} ms, CPU ${median(ts.map((t) => t.checkCpuMs)).toFixed(0)})${ratio}`);
  });
}
