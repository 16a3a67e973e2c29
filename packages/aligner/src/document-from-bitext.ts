import { checkDocument } from "./check/index.ts";
import { checkInputs, DEFAULT_CHECK_OPTIONS } from "./align-document.ts";
import type { AlignedPair, AlignmentResult, BeadKind, BitextPair, CheckOptions, Range } from "./types.ts";

/** An imported bitext as a document: the sources its pairs point into, and the checked result. */
export interface BitextDocument {
  /** The Portuguese of every pair, in order, as one text (pairs apart by a line break, paragraphs by a blank line). */
  pt: string;
  en: string;
  result: AlignmentResult;
}

const kindOf = (pair: BitextPair): BeadKind => (pair.en !== "" && pair.pt !== "" ? "1-1" : pair.pt !== "" ? "1-0" : pair.en !== "" ? "0-1" : "1-1");

/**
 * Makes the pairs of a TMX/XLIFF/PO/table file into the aligner's result, without aligning:
 * another tool (or a person) already did, so each pair is kept as it is (confidence 1, reason
 * "imported"; a file that says nothing of paragraphs gets one per pair, as the clean text
 * export reads them). The texts are laid end to end so each pair still has its ranges, as aligned
 * pairs have; then every pair is checked, as an alignment's would be. Pure.
 */
export function documentFromBitext(pairs: readonly BitextPair[], check: CheckOptions = DEFAULT_CHECK_OPTIONS): BitextDocument {
  let pt = "";
  let en = "";
  const aligned: AlignedPair[] = [];
  pairs.forEach((pair, k) => {
    const previous = pairs[k - 1];
    const newParagraph = previous !== undefined && pair.paragraph !== undefined && pair.paragraph !== previous.paragraph;
    const gap = k === 0 ? "" : newParagraph ? "\n\n" : "\n";
    const side = (text: string, source: string): [string, Range[]] => {
      if (text === "") return [source, []];
      const start = source.length + (source === "" ? 0 : gap.length);
      return [(source === "" ? "" : source + gap) + text, [[start, start + text.length]]];
    };
    const [nextPt, ptRanges] = side(pair.pt, pt);
    const [nextEn, enRanges] = side(pair.en, en);
    pt = nextPt;
    en = nextEn;
    aligned.push({ type: kindOf(pair), pt: ptRanges, en: enRanges, confidence: 1, ptText: pair.pt, enText: pair.en, flags: [], reason: "imported", paragraph: pair.paragraph ?? k });
  });
  const hasEnglish = en !== "";
  const { pairFlags, documentFlags } = checkDocument(checkInputs(aligned, hasEnglish, pt), check);
  let lastEnd = 0;
  aligned.forEach((pair, k) => {
    // As alignDocument does: flags leave as offsets into the Portuguese text.
    const base = pair.pt[0]?.[0] ?? lastEnd;
    lastEnd = pair.pt[pair.pt.length - 1]?.[1] ?? lastEnd;
    pair.flags = (pairFlags[k] ?? []).map((f) => ({ ...f, start: f.start + base, end: f.end + base }));
  });
  const result: AlignmentResult = { version: 1, pt: { length: pt.length }, pairs: aligned, documentFlags, repairs: [] };
  if (hasEnglish) result.en = { length: en.length };
  return { pt, en, result };
}
