import { alignSegments, type AlignOptions } from "./align/index.ts";
import { checkDocument } from "./check/index.ts";
import { segmentText } from "./segment/index.ts";
import { segmentBitext } from "./segment-bitext.ts";
import { alignmentFindings } from "./alignment-findings.ts";
import type { AlignedPair, AlignmentResult, Bead, CheckInput, CheckOptions, Flag, Range, Segment } from "./types.ts";

export interface AlignDocumentOptions extends AlignOptions {
  check?: CheckOptions;
  /** File names, echoed in the result (the JSON contract's `path`). */
  ptPath?: string;
  enPath?: string;
  /** Names of people who speak in the document: their labels are structure from the first turn. */
  speakers?: readonly string[];
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { variant: "pt-BR", terms: [] };

/** The text a pair covers on one side: from its first segment's start to its last one's end. */
function span(text: string, segments: readonly Segment[], idx: readonly number[]): { ranges: Range[]; text: string; start: number } {
  const first = segments[idx[0] ?? -1];
  const last = segments[idx[idx.length - 1] ?? -1];
  if (!first || !last) return { ranges: [], text: "", start: -1 };
  return { ranges: idx.map((i) => [segments[i]!.start, segments[i]!.end] as Range), text: text.slice(first.start, last.end), start: first.start };
}

/** Turns beads into pairs in the shape of the JSON contract (without flags yet). */
export function pairsFromBeads(pt: string, ptSegs: readonly Segment[], en: string, enSegs: readonly Segment[], beads: readonly Bead[]): AlignedPair[] {
  return beads.map((b) => {
    const p = span(pt, ptSegs, b.pt);
    const e = span(en, enSegs, b.en);
    const paragraph = ptSegs[b.pt[0] ?? -1]?.paragraph ?? enSegs[b.en[0] ?? -1]?.paragraph;
    return {
      type: b.kind, pt: p.ranges, en: e.ranges, confidence: b.confidence, ptText: p.text, enText: e.text, flags: [], reason: b.reason,
      ...(paragraph === undefined ? {} : { paragraph }),
    };
  });
}

/**
 * The check inputs of every pair: its text, its English when the document has one, and its
 * neighbours (the nearest Portuguese, and the nearest English when there is English). Given the Portuguese file's text, each pair also gets `gapBefore`, the text
 * between the previous Portuguese and its own (from the pairs' ranges): the segmenter splits
 * "aumentam.amodei" into two pairs, and only the empty gap shows the missing space; and
 * `gapAfter`, the next pair's gap (a single line break: the next line of one block follows).
 */
export function checkInputs(pairs: readonly AlignedPair[], hasEnglish: boolean, pt?: string): CheckInput[] {
  // The nearest Portuguese after each pair, found in one pass from the end: a long run of
  // English-only pairs must not make every pair scan it.
  const next: (string | undefined)[] = new Array(pairs.length);
  const nextEn: (string | undefined)[] = new Array(pairs.length);
  for (let k = pairs.length - 1, seen: string | undefined, seenEn: string | undefined; k >= 0; k--) {
    next[k] = seen;
    nextEn[k] = seenEn;
    if (pairs[k]!.ptText) seen = pairs[k]!.ptText;
    if (pairs[k]!.enText) seenEn = pairs[k]!.enText;
  }
  let prev: string | undefined;
  let prevEn: string | undefined;
  let prevEnd: number | undefined;
  const oneSided = (pair: AlignedPair | undefined): "pt" | "en" | undefined => {
    if (!pair) return undefined;
    const pt = pair.ptText.trim() !== "";
    const en = pair.enText.trim() !== "";
    return pt && !en ? "pt" : en && !pt ? "en" : undefined;
  };
  const inputs = pairs.map((pair, k) => {
    const input: CheckInput = { pt: pair.ptText };
    if (hasEnglish) {
      input.en = pair.enText;
      const before = oneSided(pairs[k - 1]);
      const after = oneSided(pairs[k + 1]);
      if (before) input.prevOneSided = before;
      if (after) input.nextOneSided = after;
    }
    if (prev !== undefined) input.prevPt = prev;
    if (next[k] !== undefined) input.nextPt = next[k];
    if (hasEnglish && prevEn !== undefined) input.prevEn = prevEn;
    if (hasEnglish && nextEn[k] !== undefined) input.nextEn = nextEn[k];
    if (pair.ptText) prev = pair.ptText;
    if (pair.enText) prevEn = pair.enText;
    const first = pair.pt[0];
    const last = pair.pt[pair.pt.length - 1];
    if (pt !== undefined && first && last) {
      if (prevEnd !== undefined) input.gapBefore = pt.slice(prevEnd, first[0]);
      prevEnd = last[1];
    }
    return input;
  });
  // Each pair's gap after it is the next Portuguese pair's gap before it (a listing's first line has a single line break there).
  for (let k = inputs.length - 1, next: string | undefined; k >= 0; k--) {
    if (next !== undefined) inputs[k]!.gapAfter = next;
    if (inputs[k]!.gapBefore !== undefined) next = inputs[k]!.gapBefore;
  }
  return inputs;
}

/**
 * The whole pipeline: segment both sides, align, check every pair. Flag offsets come back
 * from the checks relative to each pair's Portuguese and leave here as offsets into the
 * Portuguese file. Without English, every Portuguese segment is a pair of its own.
 */
export function alignDocument(pt: string, en?: string, options: AlignDocumentOptions = {}): AlignmentResult {
  const speakers = options.speakers ?? [];
  // With an English, a page-break repair on one side stands only where the other side agrees.
  const both = en === undefined ? undefined : segmentBitext(pt, en, { speakers });
  const ptSeg = both?.pt ?? segmentText(pt, { lang: "pt", speakers });
  const enSeg = both?.en;
  const beads = alignSegments(ptSeg.segments, enSeg?.segments ?? [], options);
  const pairs = pairsFromBeads(pt, ptSeg.segments, en ?? "", enSeg?.segments ?? [], beads);

  const { pairFlags, documentFlags } = checkDocument(checkInputs(pairs, en !== undefined, pt), options.check ?? DEFAULT_CHECK_OPTIONS);
  let lastEnd = 0;
  pairs.forEach((pair, k) => {
    // A pair without Portuguese sits where the previous one ended.
    const base = pair.pt[0]?.[0] ?? lastEnd;
    lastEnd = pair.pt[pair.pt.length - 1]?.[1] ?? lastEnd;
    pair.flags = (pairFlags[k] ?? []).map((f: Flag) => ({ ...f, start: f.start + base, end: f.end + base }));
  });

  const result: AlignmentResult = {
    version: 1,
    pt: { ...(options.ptPath ? { path: options.ptPath } : {}), length: pt.length },
    pairs,
    documentFlags,
    repairs: ptSeg.repairs,
  };
  if (en !== undefined && enSeg) {
    result.en = { ...(options.enPath ? { path: options.enPath } : {}), length: en.length };
    result.findings = alignmentFindings(ptSeg.segments, enSeg.segments, beads);
  }
  return result;
}
