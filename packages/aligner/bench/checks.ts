/**
 * Artefact-check benchmark: recall per family against the annotated gold of the built-in
 * corpus, precision of all flags against it, false alarms per 1,000 words on the clean
 * control text, and the time to check the whole corpus (median of runs).
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/checks.ts [--list FAMILY] [--control]
 *   --list FAMILY   print the gold spans of FAMILY that no flag caught, and the flags of FAMILY that hit no gold
 *   --control       print every flag raised on the control text
 *   --bare          check without dictionaries and term list, as alignDocument's defaults do
 *   --heldout       list the injected artefacts no flag caught, and the flags on no injected artefact
 */
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { getDocument, listDocuments, loadTerms } from "@alinha/corpus";
import { alignDocument, checkDocument, checkInputs, checkPair, checks, createSpeller, documentContext } from "../src/index.ts";
import { injectArtefacts } from "./check-data/inject-artefacts.ts";
import { loadShippedEngine } from "./shipped-engine.ts";
import type { AlignedPair, CheckFamily, CheckOptions, Flag, Term } from "../src/types.ts";

interface GoldSpan { doc: string; start: number; end: number; text: string; family: CheckFamily; fix?: string; scope?: "document" }

const RUNS = 11;
const args = process.argv.slice(2);
const listFamily = args.includes("--list") ? args[args.indexOf("--list") + 1] : undefined;

const dataFile = (name: string) => new URL(`./check-data/${name}`, import.meta.url);
const goldPath = existsSync(dataFile("artefacts.gold.json")) ? "artefacts.gold.json" : "artefacts.seed.json";
if (!existsSync(dataFile(goldPath))) {
  console.error("bench/checks: neither check-data/artefacts.gold.json nor artefacts.seed.json exists; build the gold with check-data/build-gold.ts");
  process.exit(1);
}
const gold = JSON.parse(readFileSync(dataFile(goldPath), "utf8")) as GoldSpan[];

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
const loadMs = performance.now() - t0;
const loadCpuMs = cpuMs(process.cpuUsage(cpu0));
const terms: Term[] = loadTerms().map((t) => ({ term: t.term, kind: t.kind, ...(t.aliases ? { aliases: t.aliases } : {}) }));
// --bare: what alignDocument does with its default options (no dictionaries, no term list).
const bare = args.includes("--bare");
const options: CheckOptions = bare ? { variant: "pt-BR", terms: [] } : { variant: "pt-BR", terms, spellers };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const overlaps = (f: { start: number; end: number }, g: { start: number; end: number }) =>
  f.start < g.end && g.start < f.end || (f.start === f.end && g.start <= f.start && f.start <= g.end);
const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/** Flags with offsets into the file, as alignDocument reports them. */
function fileFlags(pairs: AlignedPair[], pairFlags: Flag[][]): Flag[] {
  let lastEnd = 0;
  return pairs.flatMap((pair, k) => {
    const base = pair.pt[0]?.[0] ?? lastEnd;
    lastEnd = pair.pt[pair.pt.length - 1]?.[1] ?? lastEnd;
    return (pairFlags[k] ?? []).map((f) => ({ ...f, start: f.start + base, end: f.end + base }));
  });
}

const noChecks: CheckOptions = { variant: "pt-BR", terms: [], disabled: checks.map((c) => c.id) };

/** The first checkDocument of the run, cold (no pattern compiled, no word looked up yet): what a fresh process pays. */
let firstCheckMs: number | undefined;
let firstCheckCpuMs: number | undefined;

/** Align (without checks), then check every pair as the pipeline does. */
function checkText(pt: string, en: string | undefined, speakers: readonly string[] = []) {
  const result = alignDocument(pt, en, { check: noChecks, speakers });
  const inputs = checkInputs(result.pairs, en !== undefined, pt);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { pairFlags, documentFlags, repeatedOccurrences } = checkDocument(inputs, options);
  firstCheckMs ??= performance.now() - started;
  firstCheckCpuMs ??= cpuMs(process.cpuUsage(cpuStarted));
  // `occurrences`: where the findings of repeated text lie (src/check/repeated-findings.ts), the pair flags they stand for.
  return { result, inputs, flags: fileFlags(result.pairs, pairFlags), documentFlags, occurrences: fileFlags(result.pairs, repeatedOccurrences) };
}

const docs = listDocuments().map((meta) => {
  const d = getDocument(meta.id);
  const en = d.en || undefined;
  return { id: meta.id, pt: d.pt, en, ...checkText(d.pt, en, meta.speakers) };
});

const families = [...new Set(gold.map((g) => g.family))].sort();
let caughtAll = 0;
let countedAll = 0;
console.log(`Gold: bench/check-data/${goldPath} (${gold.length} spans); ${bare ? "bare: no dictionaries, no term list" : `dictionaries loaded in ${loadMs.toFixed(0)} ms (not counted below), ${terms.length} terms`}`);
console.log("family          recall   caught/gold");
for (const family of families) {
  const spans = gold.filter((g) => g.family === family);
  const caught = spans.filter((g) => {
    const doc = docs.find((d) => d.id === g.doc);
    if (!doc) return false;
    if (g.scope === "document" && doc.documentFlags.some((f) => f.family === family)) return true;
    // A habit reported once for the whole document (spaced hyphens) covers every place it names: its
    // fix-all replaces each occurrence of its text.
    if (doc.documentFlags.some((f) => f.family === family && f.text.trim() !== "" && f.text === g.text)) return true;
    // A text repeated through the document, reported once, covers each place it was flagged.
    if (doc.occurrences.some((f) => f.family === family && overlaps(f, g))) return true;
    return doc.flags.some((f) => f.family === family && overlaps(f, g));
  });
  // Mistranslation is a reviewer's judgement with no check behind it: shown, not counted in the total.
  if (family !== "mistranslation") { caughtAll += caught.length; countedAll += spans.length; }
  console.log(`${family.padEnd(15)} ${(caught.length / spans.length).toFixed(3).padStart(6)}   ${caught.length}/${spans.length}`);
  if (listFamily === family) for (const g of spans.filter((s) => !caught.includes(s))) console.log(`   missed ${g.doc} ${g.start} ${JSON.stringify(g.text.slice(0, 80))}`);
}
console.log(`overall (without mistranslation) recall ${(caughtAll / countedAll).toFixed(3)}  ${caughtAll}/${countedAll}`);

const allFlags = docs.flatMap((d) => d.flags.map((f) => ({ doc: d.id, f })));
const hits = allFlags.filter(({ doc, f }) => gold.some((g) => g.doc === doc && overlaps(f, g)));
console.log(`precision of all flags against the gold: ${(hits.length / allFlags.length).toFixed(3)}  ${hits.length}/${allFlags.length}`);
const byCode = new Map<string, { all: number; hit: number }>();
for (const { doc, f } of allFlags) {
  const e = byCode.get(f.code) ?? { all: 0, hit: 0 };
  e.all++;
  if (gold.some((g) => g.doc === doc && overlaps(f, g))) e.hit++;
  byCode.set(f.code, e);
}
const byFamily = new Map<string, number>();
for (const { f } of allFlags) byFamily.set(f.family, (byFamily.get(f.family) ?? 0) + 1);
console.log(`  flags by family: ${[...byFamily].map(([k, n]) => `${k} ${n}`).join(", ")}; document flags: ${docs.flatMap((d) => d.documentFlags.map((f) => `${d.id} ${f.code}`)).join(", ") || "none"}`);
console.log(`  by check: ${[...byCode].map(([c, e]) => `${c} ${e.hit}/${e.all}`).join(", ")}`);
if (listFamily) {
  for (const { doc, f } of allFlags.filter(({ f }) => f.family === listFamily)) {
    if (!gold.some((g) => g.doc === doc && overlaps(f, g))) console.log(`   no gold: ${doc} ${f.start} ${f.code} ${JSON.stringify(f.text.slice(0, 80))}`);
  }
}

if (existsSync(dataFile("control.pt.txt"))) {
  const pt = readFileSync(dataFile("control.pt.txt"), "utf8");
  const en = existsSync(dataFile("control.en.txt")) ? readFileSync(dataFile("control.en.txt"), "utf8") : undefined;
  const checked = checkText(pt, en);
  const flags = [...checked.flags, ...checked.documentFlags];
  const words = wordCount(pt);
  console.log(`control text: ${flags.length} flags on ${words} words = ${((1000 * flags.length) / words).toFixed(2)} false alarms per 1,000 words`);
  if (args.includes("--control")) for (const f of flags) console.log(`   ${f.code} ${f.start} ${JSON.stringify(f.text.slice(0, 80))} — ${JSON.stringify(pt.slice(Math.max(0, f.start - 30), f.end + 30))}`);
} else {
  console.log("control text: bench/check-data/control.pt.txt not written yet");
}

// Held out: artefacts injected into the control text by a seeded injector nobody tuned the checks on.
const HELD_OUT_SEEDS = [1, 2, 3, 4, 5];
if (existsSync(dataFile("control.pt.txt")) && existsSync(dataFile("control.en.txt"))) {
  const pt = readFileSync(dataFile("control.pt.txt"), "utf8");
  const en = readFileSync(dataFile("control.en.txt"), "utf8");
  const byFamily = new Map<string, { caught: number; all: number }>();
  const byKind = new Map<string, { caught: number; all: number }>();
  let hitFlags = 0;
  let allFlags = 0;
  const stray: string[] = [];
  for (const seed of HELD_OUT_SEEDS) {
    const injected = injectArtefacts(pt, en, seed);
    const { flags, occurrences } = checkText(injected.pt, en);
    for (const span of injected.spans) {
      const caught = [...flags, ...occurrences].some((f) => f.family === span.family && overlaps(f, span));
      for (const [map, key] of [[byFamily, span.family], [byKind, `${span.family}/${span.kind}`]] as const) {
        const e = map.get(key) ?? { caught: 0, all: 0 };
        e.all++;
        if (caught) e.caught++;
        map.set(key, e);
      }
      if (!caught && args.includes("--heldout")) console.log(`   held-out missed: seed ${seed} ${span.family}/${span.kind} ${JSON.stringify(span.text.slice(0, 60))}`);
    }
    for (const f of flags) {
      allFlags++;
      if (injected.spans.some((g) => overlaps(f, g))) hitFlags++;
      else stray.push(`seed ${seed} ${f.code} ${JSON.stringify(f.text.slice(0, 50))} — ${JSON.stringify(injected.pt.slice(Math.max(0, f.start - 30), f.end + 30))}`);
    }
  }
  const rate = (e: { caught: number; all: number }) => `${(e.caught / e.all).toFixed(3)} ${e.caught}/${e.all}`;
  const total = [...byFamily.values()].reduce((t, e) => ({ caught: t.caught + e.caught, all: t.all + e.all }), { caught: 0, all: 0 });
  console.log(`held-out (artefacts injected into the control text, seeds ${HELD_OUT_SEEDS.join(",")}): recall ${rate(total)}; precision of all flags ${(hitFlags / allFlags).toFixed(3)} ${hitFlags}/${allFlags}`);
  console.log(`  by family: ${[...byFamily].sort().map(([k, e]) => `${k} ${rate(e)}`).join(", ")}`);
  console.log(`  by kind: ${[...byKind].sort().map(([k, e]) => `${k} ${e.caught}/${e.all}`).join(", ")}`);
  if (args.includes("--heldout")) for (const line of stray) console.log(`   held-out flag on no injected span: ${line}`);
}

// Speed: the checks alone over every pair of the corpus, as alignDocument calls them.
const inputs = docs.map((d) => d.inputs);
const times: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const used = process.cpuUsage();
  // Fresh spellers' caches each run would measure the dictionary; a project keeps them loaded, so reuse.
  const start = performance.now();
  for (const input of inputs) checkDocument(input.map((i) => ({ ...i })), options);
  times.push(performance.now() - start);
  const u = process.cpuUsage(used);
  cpu.push((u.user + u.system) / 1000);
}
const pairs = inputs.reduce((n, i) => n + i.length, 0);

// What the API pays after every edit: checkPair on one pair (a fresh object, as after an edit),
// with the term list and dictionaries and the document's context.
const contexts = inputs.map((doc) => documentContext(doc));
const perPair: number[] = [];
for (let r = 0; r < 3; r++) {
  inputs.forEach((doc, d) => {
    for (const input of doc) {
      const start = performance.now();
      checkPair({ ...input }, { ...options, document: contexts[d]! });
      perPair.push(performance.now() - start);
    }
  });
}
const sorted = [...perPair].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;
console.log(`checkPair per pair (${perPair.length} calls over 3 rounds): median ${at(0.5).toFixed(3)} ms, p90 ${at(0.9).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${at(1).toFixed(2)} ms`);
const corpusWords = docs.reduce((n, d) => n + wordCount(d.pt), 0);
const per10k = (ms: number) => ((ms * 10_000) / corpusWords).toFixed(1);
console.log(`time to check the whole corpus (${pairs} pairs, ${corpusWords} words): median ${median(times).toFixed(1)} ms of ${RUNS} runs (fastest ${Math.min(...times).toFixed(1)} ms, first ${times[0]!.toFixed(1)} ms; CPU median ${median(cpu).toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)})`);
console.log(`  per 10,000 words: median ${per10k(median(times))} ms, CPU median ${per10k(median(cpu))} ms (the CPU figure holds on a busy machine, the wall-clock one does not)`);
// The same runs on the engine as the API and the CLI ship it (esbuild, es2023), its own spellers loaded.
const shipped = await loadShippedEngine();
const shippedOptions: CheckOptions = bare ? options : { ...options, spellers: { pt: shipped.createSpeller(dictionaryPt), en: shipped.createSpeller(dictionaryEn) } };
const shippedTimes: number[] = [];
const shippedCpu: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const used = process.cpuUsage();
  const start = performance.now();
  for (const input of inputs) shipped.checkDocument(input.map((i) => ({ ...i })), shippedOptions);
  shippedTimes.push(performance.now() - start);
  shippedCpu.push(cpuMs(process.cpuUsage(used)));
}
console.log(`  as shipped (the API's and CLI's es2023 bundle, not tsx), per 10,000 words: median ${per10k(median(shippedTimes))} ms (fastest ${per10k(Math.min(...shippedTimes))} ms), CPU median ${per10k(median(shippedCpu))} ms (CPU counts the collector's helper threads too)`);
// The bundle above starts cold (its first rounds compile and tier up its code and fill its spellers' memos), while
// the tsx runs come after the recall runs: the same number of rounds again on the now warm bundle, as a server runs.
const warmTimes: number[] = [];
const warmCpu: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const used = process.cpuUsage();
  const start = performance.now();
  for (const input of inputs) shipped.checkDocument(input.map((i) => ({ ...i })), shippedOptions);
  warmTimes.push(performance.now() - start);
  warmCpu.push(cpuMs(process.cpuUsage(used)));
}
console.log(`  as shipped once warm (the next ${RUNS} runs of the same bundle), per 10,000 words: median ${per10k(median(warmTimes))} ms (fastest ${per10k(Math.min(...warmTimes))} ms), CPU median ${per10k(median(warmCpu))} ms; load average ${loadavg()[0]!.toFixed(1)}`);
if (!bare) console.log(`first check after start-up, dictionaries included: ${(loadMs + firstCheckMs!).toFixed(0)} ms, CPU ${(loadCpuMs + firstCheckCpuMs!).toFixed(0)} ms (dictionaries ${loadMs.toFixed(0)} ms, first document's checks ${firstCheckMs!.toFixed(0)} ms)`);
