/**
 * Real-text alignment benchmark (issue 13): human translations of software documentation from
 * Debian packages (@alinha/corpus/dev), with paragraph gold from the documents' structure (the
 * same element path in both languages), never from an aligner. The English and Portuguese pages
 * are often of different versions, so a path link is scored only when the documents show it is a
 * translation (align-gold/real-gold.ts: kinds, code, numbers and identifiers agree, and the
 * structure matches block for block between such anchors); the share of path links kept is
 * printed. Each document is aligned as it is and again with its English paragraphing flattened
 * (every block on one line).
 *
 *   pnpm --filter @alinha/aligner exec tsx bench/real-text.ts [--half test|tune] [--worst N] [--source NAME] [--path-gold]
 *
 * Figures (pooled over the documents of the half; the test half is the one reported, the tune
 * half is the one looked at while changing the aligner). A link is judged when one of its blocks
 * is in a verified gold link; links between two blocks the gold does not vouch for are counted
 * apart ("links the gold cannot judge"):
 * - link precision: of all (Portuguese segment, English segment) links the pairs make, the
 *   share whose blocks are linked in the gold;
 * - joined across a gold paragraph break, per 1,000 pairs: pairs (or segments, after a page-break
 *   repair) that hold text of two gold blocks on one side — a reviewer sees text from two
 *   paragraphs as one pair;
 * - coverage: of the Portuguese segments in blocks the gold links, the share paired with English
 *   of the linked block;
 * - confident errors: pairs at or above REVIEW_THRESHOLD wrong on more than 5 % of their judged links
 *   (the issue's goal is none); and beside it the right pairs below the threshold, the reviewer's
 *   work that finds nothing (the price of the first figure).
 */
import { parseArgs } from "node:util";
import { DevCorpusMissingError, documentEn, documentPt, flattenedEnglish, loadDevCorpus, paragraphGold, type DevDocument, type DevHalf, type ParagraphGold } from "@alinha/corpus/dev";
import { alignSegments, REVIEW_THRESHOLD, segmentBitext } from "../src/index.ts";
import type { Bead, Segment } from "../src/types.ts";
import { verifiedGold } from "./align-gold/real-gold.ts";

interface Span { start: number; end: number }

export interface RealTextScores {
  documents: number;
  pairs: number;
  links: number;
  correctLinks: number;
  /** Links between two blocks in no gold link (one-sided, or a path link not verified): not scored. */
  unknownLinks: number;
  /** Path links of the documents, and how many the verified gold keeps. */
  pathLinks: number;
  goldLinks: number;
  crossBreak: number;
  goldSegments: number;
  covered: number;
  confident: number;
  confidentWrong: number;
  /** Pairs below REVIEW_THRESHOLD that the gold finds right: the reviewer's work that finds nothing. */
  doubtedRight: number;
  worst: Array<{ id: string; text: string }>;
}

const empty = (): RealTextScores => ({ documents: 0, pathLinks: 0, goldLinks: 0, pairs: 0, links: 0, correctLinks: 0, unknownLinks: 0, crossBreak: 0, goldSegments: 0, covered: 0, confident: 0, confidentWrong: 0, doubtedRight: 0, worst: [] });

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

/** A pair's links as the gold judges them: right, judged, and those it cannot judge. */
export interface PairJudgement { links: number; right: number; unknown: number }

/** The gold's verdict on a pair is "wrong" when under 95 % of its judged links are right (the confident-error rule). */
export const isWrongPair = (j: PairJudgement): boolean => j.links > 0 && j.right < j.links * 0.95;

/** The links of one aligned document, as the gold sees them (shared with bench/fit-confidence.ts). */
export function linkJudge(gold: ParagraphGold, ptSegs: readonly Segment[], enSegs: readonly Segment[], enBlocks: readonly Span[]) {
  const linked = new Set(gold.links.map((l) => `${l.pt}:${l.en}`));
  // A Portuguese block may hold two English ones (mergedBlocks in real-gold.ts).
  const linkedPt = new Map<number, number[]>();
  for (const l of gold.links) linkedPt.set(l.pt, [...(linkedPt.get(l.pt) ?? []), l.en]);
  const linkedEn = new Set(gold.links.map((l) => l.en));
  const ptBlocks = ptSegs.map((s) => blocksOf(gold.pt, s));
  const enBlocksOf = enSegs.map((s) => blocksOf(enBlocks, s));
  const judge = (b: Pick<Bead, "pt" | "en">): PairJudgement => {
    const out = { links: 0, right: 0, unknown: 0 };
    for (const i of b.pt) {
      for (const j of b.en) {
        // Two blocks the gold vouches for neither of: the link is neither right nor wrong.
        if (!ptBlocks[i]!.some((p) => linkedPt.has(p)) && !enBlocksOf[j]!.some((e) => linkedEn.has(e))) {
          out.unknown++;
          continue;
        }
        out.links++;
        if (ptBlocks[i]!.some((p) => enBlocksOf[j]!.some((e) => linked.has(`${p}:${e}`)))) out.right++;
      }
    }
    return out;
  };
  return { judge, linkedPt, ptBlocks, enBlocksOf };
}

/** Scores one aligned document against a gold; `enBlocks` are the English blocks' spans in the text aligned. */
export function scoreDocument(id: string, gold: ParagraphGold, ptSegs: readonly Segment[], enSegs: readonly Segment[], enBlocks: readonly Span[], beads: readonly Bead[], into: RealTextScores): void {
  const { judge, linkedPt, ptBlocks, enBlocksOf } = linkJudge(gold, ptSegs, enSegs, enBlocks);
  into.documents++;
  for (const b of beads) {
    if (b.pt.length === 0 || b.en.length === 0) continue;
    const verdict = judge(b);
    const { links, right } = verdict;
    into.unknownLinks += verdict.unknown;
    if (links === 0) continue;
    into.pairs++;
    const ptSet = new Set(b.pt.flatMap((i) => ptBlocks[i]!));
    const enSet = new Set(b.en.flatMap((j) => enBlocksOf[j]!));
    if (ptSet.size > 1 || enSet.size > 1) into.crossBreak++;
    into.links += links;
    into.correctLinks += right;
    if (b.confidence < REVIEW_THRESHOLD && !isWrongPair(verdict)) into.doubtedRight++;
    if (b.confidence >= REVIEW_THRESHOLD) {
      into.confident++;
      if (isWrongPair(verdict)) {
        into.confidentWrong++;
        if (into.worst.length < 400) {
          into.worst.push({ id, text: `${b.confidence.toFixed(3)} ${b.kind}: ${JSON.stringify(b.pt.map((i) => ptSegs[i]!.text).join(" ‖ ").slice(0, 160))} ⇄ ${JSON.stringify(b.en.map((j) => enSegs[j]!.text).join(" ‖ ").slice(0, 160))}` });
        }
      }
    }
  }
  const beadOfPt = new Int32Array(ptSegs.length).fill(-1);
  beads.forEach((b, k) => b.pt.forEach((i) => (beadOfPt[i] = k)));
  ptSegs.forEach((s, i) => {
    const blocks = ptBlocks[i]!;
    const targets = blocks.map((p) => linkedPt.get(p)).find((e) => e !== undefined);
    if (targets === undefined) return;
    into.goldSegments++;
    const bead = beads[beadOfPt[i]!];
    if (bead && bead.en.some((j) => enBlocksOf[j]!.some((e) => targets.includes(e)))) into.covered++;
  });
}

function alignOne(doc: DevDocument, gold: ParagraphGold, flatten: boolean): { ptSegs: Segment[]; enSegs: Segment[]; enBlocks: Span[]; beads: Bead[] } | undefined {
  const pt = documentPt(doc);
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

/** Which gold a run scores against: the verified one (reported), or every path link as built (to compare). */
export type GoldChoice = "verified" | "path";

export function runRealText(half: DevHalf, flatten: boolean, sources?: string[], ids?: string[], goldChoice: GoldChoice = "verified"): RealTextScores {
  const scores = empty();
  for (const doc of loadDevCorpus({ half, ...(sources ? { sources } : {}) })) {
    if (ids && !ids.includes(doc.id)) continue;
    const verified = verifiedGold(doc);
    const gold = goldChoice === "verified" ? verified : paragraphGold(doc);
    scores.pathLinks += verified.pathLinks;
    scores.goldLinks += verified.links.length;
    const r = alignOne(doc, gold, flatten);
    if (r) scoreDocument(doc.id, gold, r.ptSegs, r.enSegs, r.enBlocks, r.beads, scores);
  }
  return scores;
}

function line(name: string, s: RealTextScores): string {
  const precision = s.links ? s.correctLinks / s.links : 1;
  const perK = s.pairs ? (1000 * s.crossBreak) / s.pairs : 0;
  const coverage = s.goldSegments ? s.covered / s.goldSegments : 1;
  return `${name.padEnd(34)} docs ${String(s.documents).padStart(4)} | pairs judged ${String(s.pairs).padStart(6)} | link precision ${precision.toFixed(4)} | across a gold break ${perK.toFixed(2)}/1000 (${s.crossBreak}) | coverage ${coverage.toFixed(4)} | pairs ≥ ${REVIEW_THRESHOLD} wrong on > 5 % of their links: ${s.confidentWrong} of ${s.confident} | right pairs below it (review work) ${s.doubtedRight} | links the gold cannot judge ${s.unknownLinks}`;
}

function main(): void {
  const { values } = parseArgs({ options: { half: { type: "string", default: "test" }, worst: { type: "string", default: "0" }, source: { type: "string", multiple: true }, "path-gold": { type: "boolean", default: false } } });
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
  console.log(`— real text (${half} half; goals on the non-flattened: precision ≥ 0.999, ≤ 1 across a break per 1,000 pairs, coverage ≥ 0.99, no pair ≥ the review threshold wrong on > 5 % of its links)`);
  console.log(`  verified gold keeps ${normal.goldLinks} of ${normal.pathLinks} path links (${((100 * normal.goldLinks) / Math.max(1, normal.pathLinks)).toFixed(1)} %) in ${normal.documents} documents`);
  console.log(line("documents as they are", normal));
  const flat = runRealText(half, true, sources);
  console.log(line("English paragraphing flattened", flat));
  if (values["path-gold"]) console.log(line("as they are, unverified path gold", runRealText(half, false, sources, undefined, "path")));
  const worst = Number(values.worst);
  for (const w of normal.worst.slice(0, worst)) console.log(`  ${w.id}: ${w.text}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
