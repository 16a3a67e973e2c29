import type { Lang, PageBreakRepair, Segment, SegmentKind } from "../types.ts";
import { repairPageBreaks, type ParagraphSpan } from "./repair-page-break.ts";
import { SENTENCE_RULES, type SentenceRule } from "./sentence-rules.ts";
import { isWhitespaceChar, splitBlocks } from "./split-blocks.ts";
import { splitSentences } from "./split-sentences.ts";
import { literalSpans } from "../normalize/literal-spans.ts";
import { speakerLabelEnd, speakerRule } from "./speaker-label.ts";

export interface SegmentOptions {
  lang?: Lang;
  /** Names known to speak in the document: then only they (or their surnames) are speaker labels. */
  speakers?: readonly string[];
  /** Page-break repairs not to make, by the offset where the first half ends (see segmentBitext). */
  refuseRepairs?: ReadonlySet<number>;
  /**
   * Make the repairs but still end a segment at each of them (the paragraph stays one): how
   * segmentBitext lets the aligner say whether the other language has one sentence there.
   */
  breakAtRepairs?: boolean;
}

export interface SegmentedText {
  segments: Segment[];
  paragraphs: ParagraphSpan[];
  repairs: PageBreakRepair[];
}

/** A short line without final punctuation is a heading ("Reforçando a bajulação", "01"). */
const HEADING_MAX_CHARS = 120;
const HEADING_MAX_WORDS = 16;
const ENDS_SENTENCE = /[.!?…;:]["”’'»)\]*]*$/u;
const BULLET = /^(?:[-–•·*▪◦]|\d{1,3}[.)])\s/u;
/** Share of paragraphs starting in lower case above which the text is treated as all lower case. */
const LOWERCASE_TEXT_SHARE = 0.6;

function isLowercaseText(text: string, paragraphs: readonly ParagraphSpan[]): boolean {
  let lower = 0;
  let cased = 0;
  for (const p of paragraphs) {
    const m = /\p{L}/u.exec(text.slice(p.start, Math.min(p.end, p.start + 20)));
    if (!m) continue;
    if (/\p{Ll}/u.test(m[0])) lower++;
    else if (/\p{Lu}/u.test(m[0])) cased++;
  }
  return lower + cased > 0 && lower / (lower + cased) >= LOWERCASE_TEXT_SHARE;
}

function rulesFor(lowercase: boolean): SentenceRule[] {
  return SENTENCE_RULES.filter((r) => !r.onlyIn || r.onlyIn === (lowercase ? "lowercase" : "cased"));
}

/** "-I, --info archive [control-file…]": a command-line option heading its description (a man page's term). */
const OPTION_TERM = /^--?[\p{L}\d?]/u;
/** "Save a Copy…", "Configure Grid...": a menu command's title heading its help. */
const MENU_TITLE = /^\p{Lu}[^.!?]*(?:…|\.\.\.)$/u;
const MENU_TITLE_MAX_WORDS = 6;

/** "mark_size_unit:", "\"Clipping\":": a definition list's term on its own line, naming what the next paragraph defines. */
const DEFINITION_TERM = /^["'“]?[\p{L}\d_.-]+["'”]?:$/u;

/** "Figura 16.112. O comando Descartar…": a figure's or table's caption is a title, with or without a final stop. */
const CAPTION = /^(?:Figura|Figure|Fig|Tabela|Table|Exemplo|Example|Procedimento|Procedure|Equação|Equation|Listagem|Listing)\.?\s+\d{1,3}(?:[.-]\d{1,4})*\.\s+[^.!?]+[.!?]?$/u;

function isHeading(body: string): boolean {
  if (body.length > HEADING_MAX_CHARS || body.includes("\n") || BULLET.test(body)) return false;
  const words = body.split(/\s+/u).length;
  if (words > HEADING_MAX_WORDS) return false;
  if (!ENDS_SENTENCE.test(body) || DEFINITION_TERM.test(body) || CAPTION.test(body)) return true;
  // Terms of documentation end in "…" or "]" but are titles all the same: never one bead with body text.
  return (OPTION_TERM.test(body) && !/[.!?]\s/u.test(body)) || (words <= MENU_TITLE_MAX_WORDS && MENU_TITLE.test(body));
}

/**
 * Paragraphs, then sentences: blocks (non-blank lines) are joined across page breaks, speaker
 * labels become their own segments, headings stay whole, the rest is split by the rules.
 * Offsets are into `text` exactly as given.
 */
export function segmentText(text: string, options: SegmentOptions = {}): SegmentedText {
  const blocks = splitBlocks(text);
  const labels = speakerRule(options.speakers);
  const isSpeakerBlock = (b: { start: number; end: number }) => speakerLabelEnd(text, b, labels) !== undefined;
  const { paragraphs, repairs } = repairPageBreaks({ text, isSpeakerBlock }, blocks, options.refuseRepairs ? { refuse: options.refuseRepairs } : {});
  const rules = rulesFor(isLowercaseText(text, paragraphs));
  const literals = literalSpans(text);
  const segments: Segment[] = [];
  const push = (start: number, end: number, kind: SegmentKind, paragraph: number, reason: string) =>
    segments.push({ index: segments.length, start, end, text: text.slice(start, end), kind, paragraph, reason });

  paragraphs.forEach((para, paragraph) => {
    let from = para.start;
    const labelEnd = speakerLabelEnd(text, para, labels);
    if (labelEnd !== undefined) {
      push(from, labelEnd, "speaker", paragraph, "speaker-label");
      from = labelEnd;
      while (from < para.end && isWhitespaceChar(text.charCodeAt(from))) from++;
      if (from >= para.end) return;
    }
    const body = text.slice(from, para.end);
    if (labelEnd === undefined && isHeading(body)) {
      push(from, para.end, "heading", paragraph, "heading");
      return;
    }
    const kind: SegmentKind = labelEnd === undefined && BULLET.test(body) ? "bullet" : "sentence";
    let pieceStart = from;
    if (options.breakAtRepairs) {
      for (const r of repairs) {
        if (r.before <= pieceStart || r.before > para.end) continue;
        for (const s of splitSentences(text, pieceStart, r.before, rules, literals)) push(s.start, s.end, kind, paragraph, s.reason === "paragraph-end" ? "page-break" : s.reason);
        pieceStart = r.after;
      }
    }
    for (const s of splitSentences(text, pieceStart, para.end, rules, literals)) push(s.start, s.end, kind, paragraph, s.reason);
  });
  return { segments, paragraphs, repairs };
}
