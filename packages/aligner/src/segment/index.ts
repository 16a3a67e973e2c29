export { segmentText, type SegmentOptions, type SegmentedText } from "./segment-text.ts";
export type { ParagraphSpan } from "./repair-page-break.ts";
export { SENTENCE_RULES, type SentenceRule } from "./sentence-rules.ts";
