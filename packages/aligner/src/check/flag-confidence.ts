/**
 * How likely a reviewer is to call a flag genuine: a small logistic model over what the product
 * knows when it raises the flag (which check, the pair's shape, the flagged span's shape, the
 * flags beside it), fitted by bench/fit-flag-confidence.ts on the tuning half's reviewed verdicts
 * and injected artefacts (the test half is never read). Rule-by-rule fixes move one check at a
 * time; this acts on every check at once: flags the model doubts stay stored and reachable, but the
 * review screen shows them only on demand.
 *
 * Only the pair, its neighbours, the flags of the pair and how often the document writes a flagged
 * word (flagged-word-repeats.ts, kept in the DocumentContext) are read, so `checkPair` after an edit
 * and `checkDocument` at import give a flag the same confidence when they give it the same flags.
 * No document id, source name or word list: the model must hold on text it never saw.
 */
import type { CheckInput, Flag } from "../types.ts";
import { literalSpans } from "../normalize/literal-spans.ts";
import { isLetterOrDigitUnit } from "./text/words.ts";
import { repeatableWord } from "./flagged-word-repeats.ts";
import { CHECK_WEIGHTS, FEATURE_WEIGHTS, SHOWN_THRESHOLD } from "./flag-confidence-coefficients.ts";

/**
 * Flags under this confidence are low-confidence: produced and stored, shown only when the
 * reviewer asks. Chosen by bench/fit-flag-confidence.ts from the leave-one-source-out curve of the
 * tuning half (injected recall loses at most about half a point, no family under 0.87), and no higher
 * than keeps every hand-marked artefact of the built-in corpus shown (bench/check-data/golden-flags.ts).
 */
export const FLAG_CONFIDENCE_THRESHOLD: number = SHOWN_THRESHOLD;

/** A flag the review screen shows by default (a flag without a confidence is shown: nothing doubts it). */
export const isShownByDefault = (flag: Pick<Flag, "confidence">): boolean =>
  flag.confidence === undefined || flag.confidence >= FLAG_CONFIDENCE_THRESHOLD;

const WORD = /[\p{L}\p{N}]+/gu;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const LITERAL_MARK = /[_/\\=<>{}[\]|@#$%*~`]|\.\p{L}/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const SYMBOL = /[^\p{L}\p{N}\s]/gu;
const FINAL_STOP = /[.!?:;…)"”»]\s*$/u;
const LIST_MARK = /^\s*(?:[-*•·–]\s|\d+[.)]\s|\(?[a-z]\)\s)/u;
/**
 * How many times a global pattern matches `text`, as `text.match(pattern).length` says, without building the
 * matches: every flag and its pair count their words, letters and symbols. (None of the patterns matches an empty string.)
 */
function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.test(text)) n++;
  return n;
}
/**
 * `count(text, WORD)` by the letter table of words.ts, one pass without the pattern: every pair with a flag counts
 * its words. A surrogate may be half of a letter outside the BMP, which the table does not say: such text is counted by the pattern.
 */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return count(text, WORD);
    const w = isLetterOrDigitUnit(c);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Levenshtein distance, for a suggestion against the flagged text (short spans only: see below). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

// A token starts and ends with a letter or digit ("FFmpeg." is "FFmpeg", "podcast_v2.mp3" stays whole).
const ECHO_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}_.-]{2,}[\p{L}\p{N}]/gu;
/**
 * Share of a one-sided pair's longer tokens (names, numbers, cognates, literals) that the other side's
 * neighbouring pairs hold: text whose counterpart sits one pair off was paired apart by the aligner
 * or the segmenter, not left out. At most 40 tokens are looked at: one-sided passages can be long.
 */
function neighbourEcho(text: string, neighbours: readonly (string | undefined)[]): number {
  const tokens = (text.match(ECHO_TOKEN) ?? []).slice(0, 40);
  if (!tokens.length) return 0;
  const other = neighbours.filter((n): n is string => n !== undefined).join(" ").toLowerCase();
  if (!other) return 0;
  let found = 0;
  for (const t of tokens) if (other.includes(t.toLowerCase())) found++;
  return found / tokens.length;
}

/** What the model reads of the pair itself, the same for each of its flags: worked out once per pair. */
interface PairFeatures {
  literals: readonly { start: number; end: number }[];
  hasEnglish: 0 | 1;
  ptWords: number;
  englishAbsent: number;
  pairOneSided: number;
  lengthApart: number;
  literalShare: number;
  symbolShare: number;
  headingLike: number;
  listItem: boolean;
  lineOfBlock: boolean;
  oneSidedBeside: number;
  neighbourEcho: number;
  /** Which side alone has text, and its words (log): the omission features. */
  oneSided: "pt" | "en" | undefined;
  oneSidedWords: number;
}

function pairFeatures(input: CheckInput): PairFeatures {
  const pt = input.pt;
  const en = input.en;
  const literals = literalSpans(pt);
  let literalChars = 0;
  for (const s of literals) literalChars += s.end - s.start;
  const hasEnglish = en !== undefined && en.trim() !== "" ? 1 : 0;
  const ptWords = wordCount(pt);
  const oneSided = en === undefined ? undefined : !hasEnglish && pt.trim() ? "pt" : hasEnglish && !pt.trim() ? "en" : undefined;
  return {
    literals,
    hasEnglish,
    ptWords,
    englishAbsent: en === undefined ? 1 : 0,
    pairOneSided: en !== undefined && (!hasEnglish || pt.trim() === "") ? 1 : 0,
    lengthApart: hasEnglish && pt.trim() ? Math.min(2, Math.abs(Math.log((pt.length + 10) / (en!.length + 10)))) : 0,
    literalShare: pt.length ? Math.min(1, literalChars / pt.length) : 0,
    symbolShare: pt.length ? Math.min(1, count(pt, SYMBOL) / Math.max(1, pt.replace(/\s/gu, "").length)) : 0,
    headingLike: ptWords > 0 && ptWords <= 10 && !FINAL_STOP.test(pt) ? 1 : 0,
    listItem: LIST_MARK.test(pt),
    lineOfBlock: input.gapBefore === "\n" || input.gapAfter === "\n",
    oneSidedBeside: input.oneSidedBeside ?? (input.prevOneSided ? 1 : 0) + (input.nextOneSided ? 1 : 0),
    oneSided,
    oneSidedWords: oneSided ? Math.log1p(wordCount(oneSided === "pt" ? pt : en!)) : 0,
    neighbourEcho: oneSided ? neighbourEcho(oneSided === "pt" ? pt : en!, oneSided === "pt" ? [input.prevEn, input.nextEn] : [input.prevPt, input.nextPt]) : 0,
  };
}

/**
 * The model's inputs for one flag of a pair, by name (the fitting script reads the same record).
 * `pairFlags`: every flag the pair has, this one included.
 */
export function flagFeatures(input: CheckInput, flag: Flag, pairFlags: readonly Flag[], repeats?: Readonly<Record<string, number>>, pair: PairFeatures = pairFeatures(input)): Record<keyof typeof FEATURE_WEIGHTS, number> {
  const pt = input.pt;
  const en = input.en;
  const span = flag.text;
  const letters = count(span, LETTER);
  let touchesLiteral = 0;
  for (const s of pair.literals) if (s.start <= flag.end + 2 && flag.start - 2 <= s.end) { touchesLiteral = 1; break; }
  const hasEnglish = pair.hasEnglish;
  // The pair's other flags: how many, and whether one is of another family.
  let others = 0;
  let otherFamily = 0;
  for (const f of pairFlags) {
    if (f === flag) continue;
    others++;
    if (f.family !== flag.family) otherFamily = 1;
  }
  const ptWords = pair.ptWords;
  const short = span.length <= 40 && flag.suggestion !== undefined && flag.suggestion.length <= 40;
  const x = {
    bias: 1,
    englishAbsent: pair.englishAbsent,
    pairOneSided: pair.pairOneSided,
    pairWords: Math.log1p(ptWords),
    lengthApart: pair.lengthApart,
    spanChars: Math.log1p(span.length),
    spanShare: pt.length ? Math.min(1, span.length / pt.length) : 0,
    spanDigit: DIGIT.test(span) ? 1 : 0,
    spanInnerCapital: INNER_CAPITAL.test(span) ? 1 : 0,
    spanLiteralMark: LITERAL_MARK.test(span) ? 1 : 0,
    spanAllCapitals: letters >= 2 && count(span, UPPER) === letters ? 1 : 0,
    spanInEnglish: hasEnglish && span.trim().length >= 2 && en!.includes(span.trim()) ? 1 : 0,
    literalShare: pair.literalShare,
    nearLiteral: touchesLiteral,
    symbolShare: pair.symbolShare,
    otherFlags: Math.log1p(others),
    otherFamily,
    headingLike: pair.headingLike,
    listItem: pair.listItem ? 1 : 0,
    lineOfBlock: pair.lineOfBlock ? 1 : 0,
    oneSidedBeside: pair.oneSidedBeside,
    suggestion: flag.suggestion !== undefined ? 1 : 0,
    suggestionDistance: short ? Math.min(1, editDistance(span, flag.suggestion!) / Math.max(1, span.length)) : 0,
    spanCapitalStart: /^\p{Lu}/u.test(span) ? 1 : 0,
    spanWords: Math.log1p(wordCount(span)),
    neighbourEcho: pair.neighbourEcho,
    omissionWords: flag.family === "omission" ? Math.log1p(ptWords) : 0,
    omissionEcho: 0,
    omissionHeading: 0,
    casingLine: flag.family === "casing" && (pair.lineOfBlock || pair.listItem) ? 1 : 0,
    punctuationCode: flag.family === "punctuation" ? pair.symbolShare : 0,
    omissionBeside: flag.family === "omission" ? pair.oneSidedBeside : 0,
    omissionEnglishOnly: flag.family === "omission" && pair.oneSided === "en" ? 1 : 0,
    omissionSideWords: flag.family === "omission" ? pair.oneSidedWords : 0,
    spanRepeats: spanRepeats(flag, repeats),
  };
  if (flag.family === "omission") {
    x.omissionEcho = x.neighbourEcho;
    x.omissionHeading = x.headingLike;
  }
  return x;
}

/**
 * log(how often the flag's word occurs in the document), for a one-word flag of a family where repeating a word is
 * a choice (flagged-word-repeats.ts); 0 for a one-off, for other flags, and without the counts (a pair checked on
 * its own, a context kept before they existed).
 */
function spanRepeats(flag: Flag, repeats: Readonly<Record<string, number>> | undefined): number {
  const word = repeats && repeatableWord(flag);
  return word ? Math.log(repeats[word] ?? 1) : 0;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** The features in the weights' order, listed once rather than for every flag. */
const FEATURES = Object.keys(FEATURE_WEIGHTS) as (keyof typeof FEATURE_WEIGHTS)[];

/** The fitted probability that a reviewer calls `flag` genuine (0–1); `repeats`: the document's flagged-word counts (flagged-word-repeats.ts), when known. */
export function flagConfidence(input: CheckInput, flag: Flag, pairFlags: readonly Flag[], repeats?: Readonly<Record<string, number>>, pair?: PairFeatures): number {
  const x = flagFeatures(input, flag, pairFlags, repeats, pair);
  let s = (CHECK_WEIGHTS as Record<string, number>)[flag.code] ?? 0;
  for (const k of FEATURES) s += FEATURE_WEIGHTS[k] * (x[k] ?? 0);
  return sigmoid(s);
}

/** The pair's flags, each with its confidence (rounded to three places: stored and shown, not compared finely); a flag's own confidence is kept. */
export function withConfidence(input: CheckInput, flags: Flag[], repeats?: Readonly<Record<string, number>>): Flag[] {
  if (!flags.length) return flags;
  const pair = pairFeatures(input);
  // A flag that comes with a confidence was given it by its check, from what the model does not read (a
  // block with no English: omission/lone-block.ts); it keeps it, and the pair's other flags are weighed as
  // though it were not there, so that a hidden flag moves no shown one.
  const weighed = flags.some((f) => f.confidence !== undefined) ? flags.filter((f) => f.confidence === undefined) : flags;
  for (const f of weighed) f.confidence = Math.round(flagConfidence(input, f, weighed, repeats, pair) * 1000) / 1000;
  return flags;
}
