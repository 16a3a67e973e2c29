/**
 * The shared vocabulary of the aligner (see the house style: one meaning per word).
 * Other packages depend on these shapes; change them only by adding.
 */

/** `[start, end)` in UTF-16 code units into a file's text as decoded, before normalisation. */
export type Range = [start: number, end: number];

export type Lang = "pt" | "en";

/** What one side of a document looked like when it was segmented. */
export type SegmentKind = "sentence" | "heading" | "speaker" | "bullet";

/** One sentence (or heading, speaker label, bullet) on one side, with its offsets. */
export interface Segment {
  index: number;
  /** Offsets into the text as received. */
  start: number;
  end: number;
  text: string;
  kind: SegmentKind;
  /** Index of the paragraph it belongs to, after page-break repair. */
  paragraph: number;
  /** Name of the segmentation rule that ended this segment (e.g. "full-stop", "paragraph-end"). */
  reason: string;
}

/** A paragraph cut by a page break and joined again by the segmenter; undoable. */
export interface PageBreakRepair {
  /** Offset of the end of the first fragment and of the start of the second. */
  before: number;
  after: number;
  reason: string;
}

export type BeadKind = "1-0" | "0-1" | "1-1" | "1-2" | "2-1" | "2-2" | "1-3" | "3-1" | ListBeadKind;

/** A list against its flattened other side, grown past three items after the DP (align/list-beads.ts). */
export type ListBeadKind =
  | "4-1" | "5-1" | "6-1" | "7-1" | "8-1" | "9-1" | "10-1" | "11-1" | "12-1"
  | "1-4" | "1-5" | "1-6" | "1-7" | "1-8" | "1-9" | "1-10" | "1-11" | "1-12";

/** The aligner's m-n group of segment indices, with its kind and score. */
export interface Bead {
  kind: BeadKind;
  pt: number[];
  en: number[];
  /** In [0, 1]: how likely this bead is right. */
  confidence: number;
  /** Why this bead was chosen (e.g. "anchor:number", "dp"), for the UI to explain. */
  reason: string;
}

export type Severity = "error" | "warning" | "info";

export type CheckFamily =
  | "entity" | "casing" | "untranslated" | "foreign" | "variant" | "markup" | "junk"
  | "repetition" | "broken" | "punctuation" | "number" | "omission" | "mistranslation"
  | "spelling" | "consistency";

/** What one check finds on one pair, with its span. */
export interface Flag {
  /** Stable check id, e.g. "entity.mismatch". */
  code: string;
  family: CheckFamily;
  severity: Severity;
  /** Offsets into the Portuguese: relative to the pair's text inside a Pair, to the file in a document result. */
  start: number;
  end: number;
  text: string;
  message: string;
  /** Replacement for `text`, applied only when a reviewer accepts it. */
  suggestion?: string;
  /**
   * How likely a reviewer is to call this flag genuine (0–1, check/flag-confidence.ts). Below
   * FLAG_CONFIDENCE_THRESHOLD the flag is low-confidence: kept, shown on demand. Absent on a
   * document flag (a document's habit, reported once, is always shown).
   */
  confidence?: number;
  /**
   * On a document flag that stands for one check's flag on the same text in several pairs (check/repeated-findings.ts):
   * how many pair flags it replaces. Absent on every other flag.
   */
  occurrences?: number;
}

export type PortugueseVariant = "pt-BR" | "pt-PT";

export type TermPolicy = "keep" | "preferred" | "forbidden";

/** A glossary entry the checks use. */
export interface Term {
  /** The correct form (e.g. "Noah Smith", "DeepSeek"). */
  term: string;
  kind?: string;
  policy?: TermPolicy;
  /** Other accepted forms. */
  aliases?: string[];
  /** For "preferred"/"forbidden": the form to use instead. */
  replacement?: string;
}

/**
 * What a document's pairs say about the whole document, for checking one pair the way the
 * whole document is checked (`documentContext(inputs)` computes it; `checkPair` reads it).
 */
export interface DocumentContext {
  /** The document lost its capitals: reported once, so pairs do not flag their sentence starts. */
  allLowerCase?: boolean;
  /** The document's usual Portuguese characters per English one, the norm of the length-ratio check. */
  lengthRatio?: number;
  /** The document writes spaced hyphens for dashes throughout: reported once, not on every pair. */
  hyphenAsDash?: boolean;
  /** The document sets its interface labels in bold, as a Markdown help page does (markup-emphasis): those markers are its format. */
  boldLabels?: boolean;
  /** The Portuguese of the pairs that are items of a term/description list whose lines open "termo - descrição", as the English's (punctuation-hyphen-dash): their separator is no dash. */
  hyphenListItems?: string[];
  /** The document puts a space before its punctuation throughout: reported once, not on every pair. */
  spacedPunctuation?: boolean;
  /** Each repeated English term's usual Portuguese rendering, the norm of the consistency check. */
  renderings?: Record<string, UsualRendering>;
  /** The document starts the definitions after its labels ("thickness:", "-n, --number") in lower case. */
  lowerAfterLabel?: boolean;
  /** Names the document writes as calls ("ode(", "file("): a sentence opening with one names the function, in the program's lower case. */
  calledNames?: string[];
  /** Phrases in which the document's Portuguese capitalises a word at least as often as not ("ferramenta de Zoom"): the name-casing check's norm for that phrase. */
  capitalisedPhrases?: string[];
  /** Words the document's Portuguese capitalises in mid-sentence three times as often as not, or more ("Internet"): the name-casing check's norm. */
  capitalisedWords?: string[];
  /** Forms in which the document's English mostly writes a word it also capitalises in mid-sentence ("debconf", "apt"): no capital lost (name-habits.ts). */
  englishLowerForms?: string[];
  /** The coined names of the document's English (digits, inner capitals), squashed: a name the translation moved from another pair is no invention. */
  englishNames?: string[];
  /** Names the document writes all in capitals or with an inner capital, and hardly ever in lower case ("GIMP", "LilyPond"). */
  coinedNames?: string[];
  /** Figures the translation puts for the English's throughout the document ("42→8": a tutorial's example value changed everywhere). */
  substitutedNumbers?: string[];
  /** How much higher the document's chapter, section and figure numbers run than the English's (label-offset.ts): reported once, not on every label. */
  labelOffset?: number;
  /** Commands the document's examples write as statements on their own lines ("avancar 20"): the scripting language's words, not prose's. */
  statementCommands?: string[];
  /** Identifiers the document's code writes ("asinl(", "String titulo)", "} senao {"): its prose names them too. */
  codeNames?: string[];
  /** Passages one side lacks, each reported once (omission-empty-side): so a pair re-checked alone is reported as its passage has it. */
  omissionPassages?: OmissionPassages;
  /**
   * The one-sided pairs whose text has its counterpart in another pair of the document (the
   * omission check's counterpart search), by pair key as in `omissionPassages`: not omissions.
   */
  pairedElsewhere?: string[];
  /**
   * The one-sided Portuguese pairs that make up a whole block of several sentences with no English in
   * it (the omission check's lone-block.ts), by pair key as in `omissionPassages`: a block of another
   * version of the page, or one paired apart, not an addition. A block of one pair is told from its own gaps.
   */
  omissionLoneBlocks?: string[];
  /**
   * Each one-word span of the document pass's spelling, untranslated, foreign, casing and variant flags that
   * occurs more than once in the Portuguese, with how often (check/flagged-word-repeats.ts), for the flag
   * confidence. Absent in a context kept before it existed or computed without the flags: every word then counts once.
   */
  flaggedWordRepeats?: Record<string, number>;
  /**
   * The (check, text) pairs the document pass reports once, as one document finding, instead of on every pair
   * (check/repeated-findings.ts): `checkPair` drops those flags too. Absent in a context computed without the
   * document flags, or kept before it existed.
   */
  repeatedFindings?: RepeatedFinding[];
}

/** One check's flags on exactly one text, reported once for the whole document (check/repeated-findings.ts). */
export interface RepeatedFinding {
  code: string;
  text: string;
}

/**
 * The runs of one-sided pairs the omission check reports as one passage each, by pair key (the
 * pair's side, the text before it on that side, its own text): the passage's first flagged pair
 * with how far the passage goes, and the later flagged pairs, which the first one speaks for.
 */
export interface OmissionPassages {
  heads: Record<string, { more: number; last: string }>;
  tails: string[];
}

/** How a document usually renders one English term ("scaling law" → "lei de escala", 5 of 6 times). */
export interface UsualRendering {
  key: string;
  text: string;
  count: number;
  of: number;
}

export interface CheckOptions {
  variant: PortugueseVariant;
  terms: Term[];
  /** Check ids that are switched off for this project. */
  disabled?: string[];
  /**
   * Spelling dictionaries, loaded by the edge (the core reads no files): build them with
   * `createSpeller(await import("dictionary-pt"))`. Without them the foreign-word check
   * stays silent and the untranslated check relies on its word lists.
   */
  spellers?: Spellers;
  /** For `checkPair`: the pair's document as a whole, so one pair gets the flags the whole document would give it. */
  document?: DocumentContext;
}

/**
 * The dictionaries the edge loaded: Portuguese and English for most checks; Spanish, Italian
 * and French let the foreign-word check tell a leaked word from an unknown one.
 */
export interface Spellers {
  pt?: Speller;
  en?: Speller;
  es?: Speller;
  it?: Speller;
  fr?: Speller;
}

/** Answers whether a word is spelled as in one language's dictionary. */
export interface Speller {
  correct(word: string): boolean;
}

/** The text of one aligned pair as the checks see it. */
export interface CheckInput {
  pt: string;
  /** Absent when the document has no English. */
  en?: string;
  /** Neighbouring Portuguese, for checks that look across a boundary (page breaks). */
  prevPt?: string;
  nextPt?: string;
  /**
   * Neighbouring English (the nearest pairs with English), for the omission checks: text one
   * side lacks is often the other side of the next pair, which the aligner paired apart.
   */
  prevEn?: string;
  nextEn?: string;
  /**
   * The Portuguese between the previous pair's text and this one's, as in the file: usually
   * a space or a line break, empty when the segmenter split "aumentam.amodei" at a glued stop.
   */
  gapBefore?: string;
  /**
   * The Portuguese between this pair's text and the next pair's, as in the file: a single line
   * break means the next line of one block (a listing, an example) follows. `checkDocument` fills
   * it from the next pair's `gapBefore`; a single pair checked alone has none unless the caller gives it.
   */
  gapAfter?: string;
  /**
   * Which side alone has text in the pair just before (after) this one, when that pair is
   * one-sided: a lone Portuguese sentence beside a lone English one is one difference (a
   * rewrite, or the aligner leaving two renderings apart), which the omission check reports once.
   * Absent when that pair has both sides or none, or when the caller does not know it.
   */
  prevOneSided?: "pt" | "en";
  nextOneSided?: "pt" | "en";
  /**
   * How many of the two pairs right beside this one are one-sided (0–2), for the flag confidence
   * alone (flag-confidence.ts); when absent, it is counted from `prevOneSided` and `nextOneSided`.
   * A caller that re-checks one pair and does not give those two (the API) gives this, so the
   * confidence agrees with the whole document's while the checks themselves see what they saw.
   */
  oneSidedBeside?: number;
}

export type PairStatus = "new" | "edited" | "confirmed" | "approved" | "rejected";

/** A bead in the result of `alignDocument`, in the shape of the JSON contract. */
export interface AlignedPair {
  type: BeadKind;
  pt: Range[];
  en: Range[];
  confidence: number;
  ptText: string;
  enText: string;
  /** Flag offsets here are into the Portuguese file. */
  flags: Flag[];
  reason: string;
  /** Paragraph of the pair's first segment (Portuguese, else English), so exports can restore paragraphs. */
  paragraph?: number;
}

/**
 * What the alignment says of the whole document (alignment-findings.ts): a long stretch one side
 * lacks, a block moved elsewhere, an English that is not this text's original.
 */
export interface AlignmentFinding {
  code: "alignment.portuguese-only" | "alignment.english-only" | "alignment.moved-block" | "alignment.unrelated-english";
  message: string;
  /** Where it lies in the Portuguese file and in the English one, when it lies somewhere. */
  pt?: Range;
  en?: Range;
}

export interface AlignmentResult {
  version: 1;
  pt: { path?: string; length: number };
  en?: { path?: string; length: number };
  pairs: AlignedPair[];
  /** Flags about the whole document (e.g. "everything is lower case"), reported once. */
  documentFlags: Flag[];
  repairs: PageBreakRepair[];
  /** Document-level findings of the alignment; absent without an English. */
  findings?: AlignmentFinding[];
}

/** One pair as the bitext formats read and write it. */
export interface BitextPair {
  id?: string;
  en: string;
  pt: string;
  status?: PairStatus;
  flags?: Flag[];
  notes?: string[];
  createdAt?: Date;
  changedAt?: Date;
  createdBy?: string;
  changedBy?: string;
  /** Paragraph index, so the clean text can restore paragraphs. */
  paragraph?: number;
  /** Marked as page furniture by a reviewer: left out of the clean text. */
  junk?: boolean;
  /**
   * Inline codes of the file it came from; each stands in `en`/`pt` as the Private Use Area
   * character U+E000 + its index (see bitext/inline-codes.ts), and is written back on export.
   */
  codes?: InlineCode[];
  /** The pair's version when exported, so a re-import can tell a pair changed since (a conflict). */
  version?: number;
}

export type InlineCodeFormat = "tmx" | "xliff12" | "xliff2";

/** One native markup element of a segment, as written in its file. */
export interface InlineCode {
  format: InlineCodeFormat;
  xml: string;
}
