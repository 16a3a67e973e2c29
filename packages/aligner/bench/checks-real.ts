/**
 * Precision protocol of issue 12 on real human translations (the development corpus, test half
 * by default): every flag the product raises is matched against the reviewed list
 * (check-data/reviewed-flags.tsv) by document, check, flagged text and context. False alarms
 * per 1,000 words are counted from the list only; a flag nobody has reviewed yet is reported
 * as unreviewed and counted neither way.
 *
 * Needs the corpus in the cache: pnpm --filter @alinha/corpus dev-corpus
 * Run: pnpm --filter @alinha/aligner exec tsx bench/checks-real.ts [--half tune|test] [--unreviewed FILE]
 *        [--sources a,b] [--list false-alarm|genuine|unreviewed] [--sheet FILE]
 *   --half tune         the tuning half (for development; report figures on the test half only)
 *   --unreviewed FILE   append every unreviewed flag to FILE (TSV, empty verdict) for a reviewer to fill in
 *   --sources a,b       only these sources (the Portuguese package names in the manifest)
 *   --list VERDICT      print the flags with that verdict (unreviewed: those with none)
 *   --sheet FILE        write the unreviewed flags for a reviewer: message, wider context, the pair's English
 *   --english page      an alternative reading, not the reported figure: also give the checks the English
 *                       blocks the corpus could not pair that the aligner matches with confidence (see
 *                       pageEnglishFor); a flag on such English, alone in its pair, is set apart (counted and
 *                       printed, neither genuine nor false alarm). The default, `paired`, gives the checks the
 *                       English blocks the corpus builder paired on its own evidence, so the figure does not
 *                       depend on the aligner under test choosing which English the checks see.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { DevCorpusMissingError, documentPt, loadDevCorpus, type DevDocument, type DevHalf, type DevVariant } from "@alinha/corpus/dev";
import { checkRealText, englishFor, loadSpellers, MIN_PAIRED_SHARE, pageEnglishFor, shownByDefault, type TextFlag } from "./check-data/real-pipeline.ts";
import { FLAG_CONFIDENCE_THRESHOLD } from "../src/index.ts";
import { flagKey, formatRow, HEADER, keyString, loadVerdicts, parseReviewed, type FlagKey, type Verdict } from "./check-data/reviewed-flags.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const half = (opt("--half") ?? "test") as DevHalf;
if (half !== "test" && half !== "tune") throw new Error(`--half must be test or tune, not ${half}`);
const unreviewedFile = opt("--unreviewed");
const sources = opt("--sources")?.split(",");
const list = opt("--list");
const englishChoice = opt("--english") ?? "paired";
if (englishChoice !== "page" && englishChoice !== "paired") throw new Error(`--english must be page or paired, not ${englishChoice}`);

// The list is the main file plus one file per reviewer or source under reviewed/ (so reviewers never edit one file at once).
const reviewed = loadVerdicts();
const sheetFile = opt("--sheet");

let docs: DevDocument[];
try {
  docs = loadDevCorpus({ half, ...(sources ? { sources } : {}) });
} catch (error) {
  // `pnpm bench` goes on without the corpus (it needs apt-get and a download to build).
  if (!(error instanceof DevCorpusMissingError)) throw error;
  console.log(`checks-real: skipped. ${error.message}`);
  process.exit(0);
}
const t0 = performance.now();
const spellers = loadSpellers();
const loadMs = performance.now() - t0;

type Outcome = Verdict | "unreviewed";
interface Seen { variant: DevVariant; source: string; code: string; family: string; outcome: Outcome; key: FlagKey; flag: TextFlag; shown: boolean }
const sourceWords = new Map<string, number>();
const seen: Seen[] = [];
const words: Record<DevVariant, number> = { "pt-BR": 0, "pt-PT": 0 };
const docsPer: Record<DevVariant, number> = { "pt-BR": 0, "pt-PT": 0 };
let checkMs = 0;
let setApart = 0;
let withEnglish = 0;
for (const doc of docs) {
  const pt = documentPt(doc);
  const page = englishChoice === "page" ? pageEnglishFor(doc, pt) : undefined;
  const en = englishChoice === "page" ? page?.text : englishFor(doc);
  if (en !== undefined) withEnglish++;
  const start = performance.now();
  const flags = checkRealText(pt, en, doc.variant, spellers, page?.unpaired);
  checkMs += performance.now() - start;
  words[doc.variant] += doc.words;
  sourceWords.set(doc.source, (sourceWords.get(doc.source) ?? 0) + doc.words);
  docsPer[doc.variant]++;
  for (const f of flags) {
    if (f.onUnpairedEnglish) { setApart++; continue; }
    const key = f.scope === "document" && f.end === 0
      ? { doc: doc.id, code: f.code, text: f.text, before: "", after: "" }
      : flagKey(doc.id, f.code, pt, f.start, f.end, f.text);
    // No verdict is inferred: a Portuguese block the corpus left without English may still have its
    // English on the page (a shifted section the builder could not pair), so only a reviewer decides.
    const outcome: Outcome = reviewed.get(keyString(key)) ?? "unreviewed";
    seen.push({ variant: doc.variant, source: doc.source, code: f.code, family: f.family, outcome, key, flag: f, shown: shownByDefault(f) });
  }
}

const per1000 = (n: number, w: number) => (w ? ((1000 * n) / w).toFixed(2) : "–");
const count = (xs: Seen[], o: Outcome) => xs.filter((s) => s.outcome === o).length;
console.log(`Real-text precision (issue 12), ${half} half: ${docs.length} documents; dictionaries loaded in ${loadMs.toFixed(0)} ms; pipeline ${checkMs.toFixed(0)} ms (load average ${loadavg()[0]!.toFixed(1)})`);
console.log(`${withEnglish} documents checked with their English (≥ ${MIN_PAIRED_SHARE} of the words paired), ${docs.length - withEnglish} without`);
console.log(`reviewed list: bench/check-data/reviewed-flags.tsv and reviewed/*.tsv (${reviewed.size} verdicts); a flag with no verdict there is unreviewed, counted neither way`);
console.log(englishChoice === "page"
  ? `English: the whole page; ${setApart} flags set apart (on English the corpus could not pair, alone in its pair: not counted below)`
  : "English: the blocks the corpus paired (the default)");
// Two readings: every flag the checks raise (all stored), and the flags the review screen shows by default (confidence at or
// above FLAG_CONFIDENCE_THRESHOLD, and every document flag). The issue-12 figure is the second: what a reviewer meets.
const everything = seen;
const shown = seen.filter((s) => s.shown);
for (const [label, set] of [[`ALL FLAGS (stored; low-confidence ones shown on demand)`, everything], [`SHOWN BY DEFAULT (confidence ≥ ${FLAG_CONFIDENCE_THRESHOLD}; the issue-12 figure)`, shown]] as const) {
  console.log(label);
  console.log("variant  docs   words  flags  flags/1k  false-alarms  FA/1k  genuine  unreviewed");
  for (const variant of ["pt-BR", "pt-PT"] as const) {
    const mine = set.filter((s) => s.variant === variant);
    console.log(`${variant.padEnd(7)} ${String(docsPer[variant]).padStart(5)} ${String(words[variant]).padStart(7)} ${String(mine.length).padStart(6)} ${per1000(mine.length, words[variant]).padStart(9)} ${String(count(mine, "false-alarm")).padStart(13)} ${per1000(count(mine, "false-alarm"), words[variant]).padStart(6)} ${String(count(mine, "genuine")).padStart(8)} ${String(count(mine, "unreviewed")).padStart(11)}`);
  }
}

/** Per check or family: false alarms per 1,000 words of each variant, shown by default and all, with raw flags and unreviewed beside. */
function table(label: string, keyOf: (s: Seen) => string) {
  const keys = [...new Set(seen.map(keyOf))].sort();
  console.log(`by ${label}: FA/1k SHOWN pt-BR | pt-PT   (FA/1k ALL pt-BR, pt-PT; flags/1k all pt-BR, pt-PT; low-confidence flags hidden; unreviewed)`);
  for (const k of keys) {
    const mine = seen.filter((s) => keyOf(s) === k);
    const br = mine.filter((s) => s.variant === "pt-BR");
    const pp = mine.filter((s) => s.variant === "pt-PT");
    const shownFa = (xs: Seen[]) => count(xs.filter((s) => s.shown), "false-alarm");
    console.log(`  ${k.padEnd(28)} ${per1000(shownFa(br), words["pt-BR"]).padStart(6)} | ${per1000(shownFa(pp), words["pt-PT"]).padStart(6)}   (${per1000(count(br, "false-alarm"), words["pt-BR"])}, ${per1000(count(pp, "false-alarm"), words["pt-PT"])}; ${per1000(br.length, words["pt-BR"])}, ${per1000(pp.length, words["pt-PT"])}; ${mine.filter((s) => !s.shown).length} hidden; ${count(mine, "unreviewed")} unreviewed)`);
  }
}
// Per source: where the flags come from, so a reviewer can take one source at a time (--sources).
console.log("by source: words, flags/1k, FA/1k all, FA/1k shown, unreviewed");
for (const [source, w] of [...sourceWords].sort()) {
  const mine = seen.filter((x) => x.source === source);
  console.log(`  ${source.padEnd(36)} ${String(w).padStart(7)} ${per1000(mine.length, w).padStart(7)} ${per1000(count(mine, "false-alarm"), w).padStart(6)} ${per1000(count(mine.filter((x) => x.shown), "false-alarm"), w).padStart(6)} ${String(count(mine, "unreviewed")).padStart(6)}`);
}
table("family", (s) => s.family);
table("check", (s) => s.code);

if (list) {
  for (const s of seen.filter((x) => x.outcome === list)) {
    console.log(`   ${s.outcome}${s.shown ? "" : ` (hidden, confidence ${s.flag.confidence})`} ${s.key.doc} ${s.code} ${JSON.stringify(s.key.before.slice(-25))} [${JSON.stringify(s.key.text.slice(0, 60))}] ${JSON.stringify(s.key.after.slice(0, 25))}`);
  }
}

if (unreviewedFile) {
  // Append, without repeating what the file already holds or what this run saw twice.
  const already = new Set(existsSync(unreviewedFile) ? parseReviewed(readFileSync(unreviewedFile, "utf8"), unreviewedFile).map(keyString) : []);
  if (!existsSync(unreviewedFile)) writeFileSync(unreviewedFile, `${HEADER.join("\t")}\n`);
  let added = 0;
  for (const s of seen) {
    if (s.outcome !== "unreviewed" || already.has(keyString(s.key))) continue;
    already.add(keyString(s.key));
    appendFileSync(unreviewedFile, `${formatRow({ ...s.key, verdict: "", note: "" })}\n`);
    added++;
  }
  console.log(`appended ${added} unreviewed flags to ${unreviewedFile} (fill in the verdict column, then add the rows to check-data/reviewed-flags.tsv)`);
}

if (sheetFile) {
  // A reviewer's sheet: each unreviewed flag with its message, its wider context and the aligned pair's
  // English, numbered in the order of the TSV rows --unreviewed writes in the same run.
  const out: string[] = [];
  let n = 0;
  const done = new Set<string>();
  for (const s of seen) {
    if (s.outcome !== "unreviewed" || done.has(keyString(s.key))) continue;
    done.add(keyString(s.key));
    n++;
    const f = s.flag;
    out.push(`#${n} ${s.key.doc} ${s.code}: ${f.message}${f.suggestion !== undefined ? ` (suggests ${JSON.stringify(f.suggestion)})` : ""}`);
    out.push(`  PT …${s.key.before}[[${s.key.text}]]${s.key.after}…`);
    if (f.scope === "pair") {
      out.push(`  pair PT: ${f.pairPt.slice(0, 400)}`);
      out.push(`  pair EN: ${f.pairEn ? f.pairEn.slice(0, 400) : "(none)"}`);
    }
  }
  writeFileSync(sheetFile, `${out.join("\n")}\n`);
  console.log(`wrote ${n} unreviewed flags to the sheet ${sheetFile}`);
}
