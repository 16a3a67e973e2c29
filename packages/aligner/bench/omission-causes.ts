/**
 * Why omission flags arise on real human translations (session 10 diagnosis): each
 * omission-empty-side / omission-length-ratio flag of the precision bench, with its reviewed
 * verdict, is put in one of three causes by the corpus's own structure:
 *   harness  the flagged Portuguese sits in a block the corpus left without English while an
 *            unpaired English block of the page says it (the aligner, given the whole page, pairs
 *            the span with that block at MIN_MATCH_CONFIDENCE or more);
 *   aligner  the flag's block has its English, and the block's two sides fit a translation's length
 *            better with the lone sentence than without it (for a length-ratio flag: the block's
 *            lengths fit): the other side says it, the aligner paired the sentences apart;
 *   version  the block has no English the page could give, or it fits better without the lone
 *            sentence: one side really has more (another version of the page, or an addition).
 * The test is by length only, so it is a first sort for a reader, not a verdict: read the examples.
 * Run: pnpm --filter @alinha/aligner exec tsx bench/omission-causes.ts [--half tune] [--sources a,b]
 *        [--verdict false-alarm|genuine|unreviewed|all] [--examples N] [--all CAUSE (every row of causes starting so)]
 */
import { documentPt, loadDevCorpus, pageEnglish, pairedShare, type DevDocument, type DevHalf } from "@alinha/corpus/dev";
import { checkRealText, englishFor, loadSpellers, MIN_MATCH_CONFIDENCE, MIN_PAIRED_SHARE, type TextFlag } from "./check-data/real-pipeline.ts";
import { alignDocument, checks } from "../src/index.ts";
import { flagKey, keyString, loadVerdicts } from "./check-data/reviewed-flags.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const half = (opt("--half") ?? "tune") as DevHalf;
const sources = opt("--sources")?.split(",");
const examples = Number(opt("--examples") ?? 5);
const verdictWanted = opt("--verdict") ?? "false-alarm";
const CODES = new Set(["omission-empty-side", "omission-length-ratio"]);

const reviewed = loadVerdicts();

const spellers = loadSpellers();
const docs = loadDevCorpus({ half, ...(sources ? { sources } : {}) });
type Cause = "harness" | "aligner" | "version" | "no-english-doc";
interface Row { doc: DevDocument; flag: TextFlag; verdict: string; cause: Cause; why: string }
const rows: Row[] = [];
const noChecks = (v: DevDocument["variant"]) => ({ variant: v, terms: [], disabled: checks.map((c) => c.id) });
const PT_PER_EN = 1.15;

for (const doc of docs) {
  const pt = documentPt(doc);
  const en = englishFor(doc);
  const flags = checkRealText(pt, en, doc.variant, spellers).filter((f) => CODES.has(f.code));
  if (!flags.length) continue;
  // Block offsets in the Portuguese as documentPt joins them.
  const starts: number[] = [];
  let at = 0;
  for (const b of doc.blocks) { starts.push(at); at += b.pt.length + 2; }
  const blockAt = (offset: number) => { let i = 0; while (i + 1 < starts.length && starts[i + 1]! <= offset) i++; return i; };
  // The whole page aligned once: which Portuguese spans pair with unpaired English blocks.
  const page = pairedShare(doc) >= MIN_PAIRED_SHARE ? pageEnglish(doc) : undefined;
  const onUnpaired: [number, number, string][] = [];
  if (page?.unpaired.length) {
    for (const p of alignDocument(pt, page.text, { check: noChecks(doc.variant) }).pairs) {
      if (!p.pt.length || p.confidence < MIN_MATCH_CONFIDENCE) continue;
      if (p.en.some(([a, b]) => page.unpaired.some((s) => a < s.end && b > s.start))) onUnpaired.push([p.pt[0]![0], p.pt[p.pt.length - 1]![1], p.enText]);
    }
  }
  for (const f of flags) {
    const key = f.scope === "document" && f.end === 0 ? { doc: doc.id, code: f.code, text: f.text, before: "", after: "" } : flagKey(doc.id, f.code, pt, f.start, f.end, f.text);
    const verdict = reviewed.get(keyString(key)) ?? "unreviewed";
    if (verdictWanted !== "all" && verdict !== verdictWanted) continue;
    let cause: Cause;
    let why: string;
    if (en === undefined) { cause = "no-english-doc"; why = ""; }
    else {
      const englishSide = f.pairPt.trim() === "";
      const b = englishSide ? doc.blocks.findIndex((x) => x.en !== undefined && x.en.includes(f.pairEn.trim().slice(0, 80))) : blockAt(f.start);
      const block = doc.blocks[b];
      const hit = !englishSide ? onUnpaired.find(([s, e]) => s < Math.max(f.end, f.start + 1) && e > f.start) : undefined;
      if (!block) { cause = "version"; why = "english block not found"; }
      else if (block.en === undefined) {
        cause = hit ? "harness" : "version";
        const prev = doc.blocks.slice(0, b).reverse().find((x) => x.enAt !== undefined);
        const next = doc.blocks.slice(b + 1).find((x) => x.enAt !== undefined);
        const place = `block ${b} ${block.path} ${block.kind}; between EN ${prev?.enAt} and ${next?.enAt}`;
        why = hit ? `${place}; unpaired EN: ${hit[2].slice(0, 100)}` : `${place}; block without English, none on the page matches`;
      } else {
        // Does the block's length fit a translation better with the flagged text (paired apart: the other side says it) or without it (one side really has more)?
        const lone = englishSide ? f.pairEn.trim().length : f.code === "omission-empty-side" ? f.text.length : 0;
        const off = (pt: number, en: number) => Math.abs(Math.log(Math.max(1, pt) / Math.max(1, en) / PT_PER_EN));
        const withIt = off(block.pt.length, block.en.length);
        const withoutIt = englishSide ? off(block.pt.length, block.en.length - lone) : off(block.pt.length - lone, block.en.length);
        const lenOk = f.code === "omission-empty-side" ? withIt <= withoutIt : withIt < Math.log(1.5);
        cause = lenOk ? "aligner" : "version";
        why = `block pt/en chars ${block.pt.length}/${block.en.length}${block.acrossGap ? " acrossGap" : ""}${block.pairedBy ? ` ${block.pairedBy}` : ""} kind ${block.kind}`;
      }
    }
    rows.push({ doc, flag: f, verdict, cause, why });
  }
}

const by = new Map<string, Row[]>();
for (const r of rows) { const k = `${r.cause}\t${r.flag.code}`; by.set(k, [...(by.get(k) ?? []), r]); }
console.log(`omission flags (${verdictWanted}), ${half} half: ${rows.length}`);
for (const [k, rs] of [...by].sort()) {
  const perSource = new Map<string, number>();
  for (const r of rs) perSource.set(r.doc.source, (perSource.get(r.doc.source) ?? 0) + 1);
  console.log(`${k.replace("\t", "  ")}: ${rs.length}  (${[...perSource].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(", ")})`);
}
for (const [k, rs] of [...by].sort()) {
  console.log(`\n== ${k.replace("\t", " ")}`);
  for (const r of rs.slice(0, k.startsWith(opt("--all") ?? "-") ? rs.length : examples)) {
    console.log(`- ${r.doc.id} [${r.verdict}] ${r.why}`);
    console.log(`    flag: ${JSON.stringify(r.flag.text.slice(0, 140))} ${r.flag.message.slice(0, 100)}`);
    console.log(`    pair PT: ${JSON.stringify(r.flag.pairPt.slice(0, 200))}`);
    console.log(`    pair EN: ${JSON.stringify(r.flag.pairEn.slice(0, 200))}`);
  }
}
