/**
 * Real-text alignment benchmark (issue 13): human translations of software documentation from
 * Debian packages (@alinha/corpus/dev), with paragraph gold from the documents' structure (the
 * same element path in both languages), never from an aligner. Each document is aligned as it
 * is and again with its English paragraphing flattened (every block on one line).
 *
 *   pnpm --filter @alinha/aligner exec tsx bench/real-text.ts [--half test|tune] [--worst N] [--source NAME]
 *
 * Figures (pooled over the documents of the half; the test half is the one reported, the tune
 * half is the one looked at while changing the aligner):
 * - link precision: of all (Portuguese segment, English segment) links the pairs make, the
 *   share whose blocks are linked in the gold;
 * - joined across a gold paragraph break, per 1,000 pairs: pairs (or segments, after a page-break
 *   repair) that hold text of two gold blocks on one side — a reviewer sees text from two
 *   paragraphs as one pair;
 * - coverage: of the Portuguese segments in blocks the gold links, the share paired with English
 *   of the linked block;
 * - confident errors: pairs at or above REVIEW_THRESHOLD wrong on more than 5 % of their links.
 */
import { parseArgs } from "node:util";
import { DevCorpusMissingError, documentEn, documentPt, flattenedEnglish, loadDevCorpus, paragraphGold, type DevDocument, type DevHalf } from "@alinha/corpus/dev";
import { alignSegments, REVIEW_THRESHOLD, segmentBitext } from "../src/index.ts";
import { literalSpans } from "../src/normalize/literal-spans.ts";
import type { Bead, Segment } from "../src/types.ts";

interface Span { start: number; end: number }

export interface RealTextScores {
  documents: number;
  pairs: number;
  links: number;
  correctLinks: number;
  /** Links between blocks the gold leaves both one-sided (its builder could not pair their paths): not scored. */
  unknownLinks: number;
  crossBreak: number;
  goldSegments: number;
  covered: number;
  confident: number;
  confidentWrong: number;
  worst: Array<{ id: string; text: string }>;
}

const empty = (): RealTextScores => ({ documents: 0, pairs: 0, links: 0, correctLinks: 0, unknownLinks: 0, crossBreak: 0, goldSegments: 0, covered: 0, confident: 0, confidentWrong: 0, worst: [] });

/** The gold blocks a segment overlaps (by binary search over the sorted block spans). */
function blocksOf(blocks: readonly Span[], s: { start: number; end: number }): number[] {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= s.start) lo = mid;
    else hi = mid - 1;
  }
  const out: number[] = [];
  for (let b = lo; b < blocks.length && blocks[b]!.start < s.end; b++) if (blocks[b]!.end > s.start) out.push(b);
  return out;
}

/** Scores one aligned document against its gold; `enBlocks` are the English blocks' spans in the text aligned. */
export function scoreDocument(id: string, doc: DevDocument, ptSegs: readonly Segment[], enSegs: readonly Segment[], enBlocks: readonly Span[], beads: readonly Bead[], into: RealTextScores): void {
  const gold = paragraphGold(doc);
  const linked = new Set(gold.links.map((l) => `${l.pt}:${l.en}`));
  const linkedPt = new Map(gold.links.map((l) => [l.pt, l.en]));
  const linkedEn = new Set(gold.links.map((l) => l.en));
  const ptBlocks = ptSegs.map((s) => blocksOf(gold.pt, s));
  const enBlocksOf = enSegs.map((s) => blocksOf(enBlocks, s));
  into.documents++;
  for (const b of beads) {
    if (b.pt.length === 0 || b.en.length === 0) continue;
    into.pairs++;
    const ptSet = new Set(b.pt.flatMap((i) => ptBlocks[i]!));
    const enSet = new Set(b.en.flatMap((j) => enBlocksOf[j]!));
    if (ptSet.size > 1 || enSet.size > 1) into.crossBreak++;
    let links = 0;
    let right = 0;
    for (const i of b.pt) {
      for (const j of b.en) {
        // The gold knows nothing of two blocks it left one-sided on both sides (a section the
        // translation added shifts the element paths): such a link is neither right nor wrong.
        if (!ptBlocks[i]!.some((p) => linkedPt.has(p)) && !enBlocksOf[j]!.some((e) => linkedEn.has(e))) {
          into.unknownLinks++;
          continue;
        }
        links++;
        if (ptBlocks[i]!.some((p) => enBlocksOf[j]!.some((e) => linked.has(`${p}:${e}`)))) right++;
      }
    }
    into.links += links;
    into.correctLinks += right;
    if (b.confidence >= REVIEW_THRESHOLD && links > 0) {
      into.confident++;
      if (right < links * 0.95) {
        into.confidentWrong++;
        if (into.worst.length < 200) {
          into.worst.push({ id, text: `${b.confidence.toFixed(3)} ${b.kind}: ${JSON.stringify(b.pt.map((i) => ptSegs[i]!.text).join(" ‖ ").slice(0, 160))} ⇄ ${JSON.stringify(b.en.map((j) => enSegs[j]!.text).join(" ‖ ").slice(0, 160))}` });
        }
      }
    }
  }
  const beadOfPt = new Int32Array(ptSegs.length).fill(-1);
  beads.forEach((b, k) => b.pt.forEach((i) => (beadOfPt[i] = k)));
  ptSegs.forEach((s, i) => {
    const blocks = ptBlocks[i]!;
    const target = blocks.map((p) => linkedPt.get(p)).find((e) => e !== undefined);
    if (target === undefined) return;
    into.goldSegments++;
    const bead = beads[beadOfPt[i]!];
    if (bead && bead.en.some((j) => enBlocksOf[j]!.includes(target))) into.covered++;
  });
}

const LITERAL_KINDS_THAT_TRAVEL = new Set(["url", "email", "path", "host", "file", "number", "version"]);

/**
 * Gold links the documents themselves contradict: both blocks hold literal material that
 * translation keeps (URLs, paths, file names, numbers) and they share none of it; or a block
 * whose text occurs once in each language, word for word (code, a URL, a name), is not linked
 * to its twin. The gold pairs blocks by element path, and a section one translation adds or
 * drops shifts every path after it; such a document's gold is not scored in the "sound gold"
 * lines. Uses no aligner.
 */
export function goldDoubts(doc: DevDocument): number {
  const gold = paragraphGold(doc);
  const pt = documentPt(doc);
  const en = documentEn(doc) ?? "";
  const literals = (text: string, b: Span) =>
    new Set(literalSpans(text.slice(b.start, b.end)).filter((l) => LITERAL_KINDS_THAT_TRAVEL.has(l.kind)).map((l) => text.slice(b.start + l.start, b.start + l.end).replace(/[.,]/gu, "")));
  let doubts = 0;
  for (const l of gold.links) {
    const a = literals(pt, gold.pt[l.pt]!);
    const b = literals(en, gold.en[l.en]!);
    if (a.size && b.size && ![...a].some((x) => b.has(x))) doubts++;
  }
  const textOf = (text: string, b: Span) => text.slice(b.start, b.end).replace(/\s+/gu, " ").trim();
  const count = (texts: string[]) => texts.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
  const ptTexts = gold.pt.map((b) => textOf(pt, b));
  const enTexts = gold.en.map((b) => textOf(en, b));
  const ptCount = count(ptTexts);
  const enCount = count(enTexts);
  const enIndex = new Map(enTexts.map((t, j) => [t, j]));
  const linkOf = new Map(gold.links.map((l) => [l.pt, l.en]));
  ptTexts.forEach((t, i) => {
    if (t.length < 3 || ptCount.get(t) !== 1 || enCount.get(t) !== 1) return;
    if (linkOf.get(i) !== enIndex.get(t)) doubts++;
  });
  return doubts;
}

function alignOne(doc: DevDocument, flatten: boolean): { ptSegs: Segment[]; enSegs: Segment[]; enBlocks: Span[]; beads: Bead[] } | undefined {
  const pt = documentPt(doc);
  const gold = paragraphGold(doc);
  if (!gold.links.length) return undefined;
  let en: string;
  let enBlocks: Span[];
  if (flatten) {
    const flat = flattenedEnglish(doc);
    if (!flat) return undefined;
    en = flat.text;
    enBlocks = flat.blocks;
  } else {
    en = documentEn(doc)!;
    enBlocks = gold.en;
  }
  const both = segmentBitext(pt, en);
  return { ptSegs: both.pt.segments, enSegs: both.en.segments, enBlocks, beads: alignSegments(both.pt.segments, both.en.segments) };
}

export function runRealText(half: DevHalf, flatten: boolean, sources?: string[], ids?: string[], soundGoldOnly = false): RealTextScores {
  const scores = empty();
  for (const doc of loadDevCorpus({ half, ...(sources ? { sources } : {}) })) {
    if (ids && !ids.includes(doc.id)) continue;
    if (soundGoldOnly && goldDoubts(doc) > 0) continue;
    const r = alignOne(doc, flatten);
    if (r) scoreDocument(doc.id, doc, r.ptSegs, r.enSegs, r.enBlocks, r.beads, scores);
  }
  return scores;
}

function line(name: string, s: RealTextScores): string {
  const precision = s.links ? s.correctLinks / s.links : 1;
  const perK = s.pairs ? (1000 * s.crossBreak) / s.pairs : 0;
  const coverage = s.goldSegments ? s.covered / s.goldSegments : 1;
  return `${name.padEnd(34)} docs ${String(s.documents).padStart(4)} | pairs ${String(s.pairs).padStart(6)} | link precision ${precision.toFixed(4)} | across a gold break ${perK.toFixed(2)}/1000 (${s.crossBreak}) | coverage ${coverage.toFixed(4)} | confident wrong ${s.confidentWrong} of ${s.confident} | links the gold cannot judge ${s.unknownLinks}`;
}

function main(): void {
  const { values } = parseArgs({ options: { half: { type: "string", default: "test" }, worst: { type: "string", default: "0" }, source: { type: "string", multiple: true } } });
  const half = values.half === "tune" ? "tune" : "test";
  const sources = values.source;
  let normal: RealTextScores;
  try {
    normal = runRealText(half, false, sources);
  } catch (e) {
    if (e instanceof DevCorpusMissingError) {
      console.log(`real-text bench skipped: ${e.message}`);
      return;
    }
    throw e;
  }
  console.log(`— real text (${half} half; goals on the non-flattened: precision ≥ 0.999, ≤ 1 across a break per 1,000 pairs, coverage ≥ 0.99, no confident pair wrong on > 5 % of its links)`);
  console.log(line("documents as they are", normal));
  const flat = runRealText(half, true, sources);
  console.log(line("English paragraphing flattened", flat));
  const sound = runRealText(half, false, sources, undefined, true);
  console.log(line("as they are, sound gold only", sound));
  console.log(line("flattened, sound gold only", runRealText(half, true, sources, undefined, true)));
  const worst = Number(values.worst);
  for (const w of [...sound.worst.slice(0, worst)]) console.log(`  ${w.id}: ${w.text}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
