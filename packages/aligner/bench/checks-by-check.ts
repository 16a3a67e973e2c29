/**
 * Where the warm checks spend their time: each check's share of checkDocument over the built-in corpus, with the
 * term list and the dictionaries loaded, after warm-up rounds (compiled patterns, filled speller memos), as a
 * project that keeps its dictionaries loaded pays it. Wall-clock per call, so run it on an idle machine or read the
 * shares, not the milliseconds.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/checks-by-check.ts [--runs N] [--warm N]
 */
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { getDocument, listDocuments, loadTerms } from "@alinha/corpus";
import { alignDocument, checkDocument, checkInputs, checks, createSpeller } from "../src/index.ts";
import type { Check } from "../src/check/check.ts";
import type { CheckInput, CheckOptions, Term } from "../src/types.ts";

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = opt("--runs", 10);
const warm = opt("--warm", 3);

const terms: Term[] = loadTerms().map((t) => ({ term: t.term, kind: t.kind, ...(t.aliases ? { aliases: t.aliases } : {}) }));
const noChecks: CheckOptions = { variant: "pt-BR", terms: [], disabled: checks.map((c) => c.id) };
const options: CheckOptions = { variant: "pt-BR", terms, spellers: { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) } };
const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
let words = 0;
const inputs: CheckInput[][] = listDocuments().map((meta) => {
  const d = getDocument(meta.id);
  words += wordCount(d.pt);
  return checkInputs(alignDocument(d.pt, d.en || undefined, { check: noChecks, speakers: meta.speakers }).pairs, Boolean(d.en), d.pt);
});
const checkAll = () => { for (const input of inputs) checkDocument(input.map((i) => ({ ...i })), options); };
for (let r = 0; r < warm; r++) checkAll();

const spent = new Map<string, number>();
// A document pass that calls its own pair pass (or another check's) is charged only for its own time.
let nested = 0;
for (const c of checks as readonly Check[]) {
  for (const key of ["run", "runDocument"] as const) {
    const fn = c[key] as ((...a: unknown[]) => unknown) | undefined;
    if (!fn) continue;
    const name = `${c.id}${key === "runDocument" ? " (document)" : ""}`;
    (c as unknown as Record<string, unknown>)[key] = (...a: unknown[]) => {
      const t = performance.now();
      const outer = nested;
      nested = 0;
      try { return fn.apply(c, a); } finally {
        const ms = performance.now() - t;
        spent.set(name, (spent.get(name) ?? 0) + ms - nested);
        nested = outer + ms;
      }
    };
  }
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < runs; r++) checkAll();
const total = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const per10k = (ms: number) => (ms / runs) * 10_000 / words;
const inChecks = [...spent.values()].reduce((a, b) => a + b, 0);
console.log(`${runs} rounds over ${words} words: ${per10k(total).toFixed(1)} ms per 10,000 words (CPU ${per10k((cpu.user + cpu.system) / 1000).toFixed(1)}), of which in the checks ${per10k(inChecks).toFixed(1)}, around them ${per10k(total - inChecks).toFixed(1)}`);
for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(36)} ${per10k(ms).toFixed(2).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %`);
