export type * from "./types.ts";
export { decodeText, TextDecodeError, literalSpans, isInsideLiteral, overlapsLiteral, maskLiterals, type DecodedText, type LiteralSpan, type LiteralKind } from "./normalize/index.ts";
export { segmentText, SENTENCE_RULES, type SegmentOptions, type SegmentedText, type SentenceRule, type ParagraphSpan } from "./segment/index.ts";
export { alignSegments, REVIEW_THRESHOLD, EN_PER_PT_CHARS, BEAD_SHAPES, type AlignOptions, type BeadShape } from "./align/index.ts";
export { segmentBitext, type BitextSegmentOptions } from "./segment-bitext.ts";
export { alignmentFindings } from "./alignment-findings.ts";
export { alignDocument, pairsFromBeads, checkInputs, DEFAULT_CHECK_OPTIONS, type AlignDocumentOptions } from "./align-document.ts";
export * from "./check/index.ts";
export * from "./bitext/index.ts";
