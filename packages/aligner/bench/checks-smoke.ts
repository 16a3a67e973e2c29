/**
 * Shown flags on hand-written clean documentation (bench/check-data/smoke-docs.json): English originals and careful
 * Portuguese translations that session 18's helpers wrote in seven genres (system administration, desktop help, desktop
 * task help, scientific reference pages, FAQs, table-heavy reference manuals, wiki exports), 280 pt-BR and 113 pt-PT
 * documents, with no artefact meant. Every shown flag on them is a false-alarm candidate: a class the development
 * corpus's tune half has no instance of shows here first. Not the issue-12 figure (that is checks-real.ts on the test
 * half, reviewed flag by flag), and the set was written by the same sessions that wrote rules against it, so it is a
 * tuning set: its figure says what new genres cost, not what the product scores on unseen text.
 *
 * Each document runs as an import would, with the dictionaries loaded, with its English and without it.
 * Run: pnpm --filter @alinha/aligner exec tsx bench/checks-smoke.ts [--list] [--set admin,faq]
 */
import { readFileSync } from "node:fs";
import { alignDocument, DEFAULT_CHECK_OPTIONS, isShownByDefault } from "../src/index.ts";
import type { PortugueseVariant } from "../src/types.ts";
import { loadSpellers } from "./check-data/real-pipeline.ts";

interface SmokeDoc { set: string; id: string; variant: PortugueseVariant; en: string; pt: string }

const args = process.argv.slice(2);
const list = args.includes("--list");
const only = args.includes("--set") ? new Set(args[args.indexOf("--set") + 1]!.split(",")) : undefined;
const { docs } = JSON.parse(readFileSync(new URL("./check-data/smoke-docs.json", import.meta.url), "utf8")) as { docs: SmokeDoc[] };
const spellers = loadSpellers();

interface Tally { docs: number; words: number; withEnglish: number; without: number }
const bySet = new Map<string, Tally>();
for (const d of docs) {
  if (only && !only.has(d.set)) continue;
  const t = bySet.get(d.set) ?? { docs: 0, words: 0, withEnglish: 0, without: 0 };
  bySet.set(d.set, t);
  t.docs++;
  t.words += d.pt.split(/\s+/u).filter(Boolean).length;
  for (const english of [d.en, undefined]) {
    const r = alignDocument(d.pt, english, { check: { ...DEFAULT_CHECK_OPTIONS, variant: d.variant, spellers } });
    const shown = [
      ...r.documentFlags.map((f) => `document ${f.code} ${JSON.stringify(f.text)}`),
      ...r.pairs.flatMap((p) => p.flags.filter(isShownByDefault).map((f) => `${f.code} ${JSON.stringify(f.text)} in ${JSON.stringify(p.ptText.slice(Math.max(0, f.start - 30), f.end + 30))}`)),
    ];
    if (english === undefined) t.without += shown.length;
    else t.withEnglish += shown.length;
    if (list) for (const s of shown) console.log(`   ${d.set}/${d.id} ${d.variant} ${english === undefined ? "alone" : "with English"}: ${s}`);
  }
}
console.log("Hand-written clean documentation (a tuning set, see the header): shown flags, with the English and without");
console.log("set        docs   words  with-English  alone  per 1k words (both runs)");
const total: Tally = { docs: 0, words: 0, withEnglish: 0, without: 0 };
for (const [set, t] of [...bySet].sort()) {
  for (const k of ["docs", "words", "withEnglish", "without"] as const) total[k] += t[k];
  console.log(`${set.padEnd(9)} ${String(t.docs).padStart(5)} ${String(t.words).padStart(7)} ${String(t.withEnglish).padStart(13)} ${String(t.without).padStart(6)} ${((1000 * (t.withEnglish + t.without)) / (2 * t.words)).toFixed(2).padStart(8)}`);
}
console.log(`${"all".padEnd(9)} ${String(total.docs).padStart(5)} ${String(total.words).padStart(7)} ${String(total.withEnglish).padStart(13)} ${String(total.without).padStart(6)} ${((1000 * (total.withEnglish + total.without)) / (2 * total.words)).toFixed(2).padStart(8)}`);
