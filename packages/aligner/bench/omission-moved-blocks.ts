/**
 * The omission check against a pairing shift and a real omission, made on purpose in the development
 * corpus (tuning half by default), this tree against another revision in one process. In each document
 * with enough paired blocks, one English block of prose is
 * - MOVED three blocks on (the test half's "the English has it, in a block paired elsewhere"): its
 *   Portuguese is translated, so every omission flag on that block's Portuguese, or on the moved English
 *   alone in its pair, is a false alarm;
 * - DROPPED (a paragraph the translation really lacks, seen from the other side: the Portuguese block has
 *   no English at all): the block's Portuguese should still be flagged, in as many documents as before.
 * The same alignment feeds both revisions' checks (this tree's aligner), so only the checks differ.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/omission-moved-blocks.ts [--base REV] [--half tune|test] [--sources a,b]
 */
import { documentPt, loadDevCorpus, type DevDocument, type DevHalf } from "@alinha/corpus/dev";
import * as current from "../src/index.ts";
import type { CheckOptions, Flag } from "../src/types.ts";
import { englishFor, loadSpellers } from "./check-data/real-pipeline.ts";
import { engineCache, type Engine } from "./engine-bundles.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const half = (opt("--half") ?? "tune") as DevHalf;
const sources = opt("--sources")?.split(",");
const { bundle, baseSource } = engineCache("alinha-moved-blocks");
const { rev, baseSrc } = baseSource(opt("--base") ?? "main");
const engines: [string, Engine][] = [[rev, await bundle(`${baseSrc}/index.ts`, "base")], ["this tree", await bundle(`${new URL("../src/index.ts", import.meta.url).pathname}`, "current")]];
const spellers = loadSpellers();
const noChecks: CheckOptions = { variant: "pt-BR", terms: [], disabled: current.checks.map((c) => c.id) };

/** Blocks of prose: enough words on both sides that a sentence of them can be recognised. */
const MIN_BLOCK_WORDS = 12;
const MIN_PAIRED_BLOCKS = 6;
/** How many blocks on the moved English goes. */
const SHIFT = 3;
const words = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w)).length;
const group = (source: string) => (/scilab/u.test(source) ? "scilab" : /gimp/u.test(source) ? "gimp" : /handbook/u.test(source) ? "kde" : /-man-|manpages/u.test(source) ? "man pages" : "other");

interface Case { doc: DevDocument; pt: string; start: number; end: number; en: string; moved: string; dropped: string }
function caseOf(doc: DevDocument): Case | undefined {
  if (englishFor(doc) === undefined) return undefined;
  const paired = doc.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.en !== undefined && b.en.trim());
  if (paired.length < MIN_PAIRED_BLOCKS) return undefined;
  // The first block of prose past the first third whose English can go SHIFT blocks on.
  const at = paired.findIndex(({ b }, j) => j >= paired.length / 3 && j + SHIFT < paired.length && words(b.pt) >= MIN_BLOCK_WORDS && words(b.en!) >= MIN_BLOCK_WORDS);
  if (at < 0) return undefined;
  const pt = documentPt(doc);
  let start = 0;
  for (let i = 0; i < paired[at]!.i; i++) start += doc.blocks[i]!.pt.length + 2;
  const en = paired[at]!.b.en!;
  const others = paired.filter((_, j) => j !== at).map(({ b }) => b.en!);
  const moved = [...others.slice(0, at + SHIFT - 1), en, ...others.slice(at + SHIFT - 1)].join("\n\n");
  return { doc, pt, start, end: start + paired[at]!.b.pt.length, en, moved, dropped: others.join("\n\n") };
}

/** Omission flags on the block's Portuguese, and on pairs of the moved English alone. */
function blockFlags(e: Engine, c: Case, en: string): number {
  const result = current.alignDocument(c.pt, en, { check: noChecks });
  const { pairFlags } = e.checkDocument(current.checkInputs(result.pairs, true, c.pt), { variant: c.doc.variant, terms: [], spellers });
  let n = 0;
  result.pairs.forEach((pair, k) => {
    const flags = (pairFlags[k] ?? []).filter((f: Flag) => f.code === "omission-empty-side");
    if (!flags.length) return;
    const at = pair.pt[0]?.[0];
    if (at !== undefined ? at >= c.start && at < c.end : pair.enText.trim() !== "" && c.en.includes(pair.enText.trim())) n += flags.length;
  });
  return n;
}

const docs = loadDevCorpus({ half, ...(sources ? { sources } : {}) });
const cases = docs.map(caseOf).filter((c): c is Case => c !== undefined);
type Tally = { cases: number; movedFlags: number[]; movedDocs: number[]; droppedFlags: number[]; droppedDocs: number[] };
const tally = new Map<string, Tally>();
for (const c of cases) {
  const g = group(c.doc.source);
  const t = tally.get(g) ?? { cases: 0, movedFlags: [0, 0], movedDocs: [0, 0], droppedFlags: [0, 0], droppedDocs: [0, 0] };
  t.cases++;
  engines.forEach(([, e], k) => {
    const moved = blockFlags(e, c, c.moved);
    t.movedFlags[k]! += moved;
    if (moved) t.movedDocs[k]!++;
    const dropped = blockFlags(e, c, c.dropped);
    t.droppedFlags[k]! += dropped;
    if (dropped) t.droppedDocs[k]!++;
  });
  tally.set(g, t);
}
console.log(`Omission flags on one English block moved ${SHIFT} blocks on (false alarms) and on the same block dropped (an omission to catch), ${half} half, ${cases.length} documents; ${rev} → this tree`);
console.log("source      docs  moved: flags (docs flagged)        dropped: flags (docs flagged)");
for (const [g, t] of [...tally].sort()) {
  console.log(`${g.padEnd(10)} ${String(t.cases).padStart(5)}  ${t.movedFlags[0]} (${t.movedDocs[0]}) → ${t.movedFlags[1]} (${t.movedDocs[1]})`.padEnd(48) + `${t.droppedFlags[0]} (${t.droppedDocs[0]}) → ${t.droppedFlags[1]} (${t.droppedDocs[1]})`);
}
