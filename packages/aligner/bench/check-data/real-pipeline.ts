/**
 * The product's pipeline on a development-corpus document, for the real-text benches: align
 * without checks, then check every pair as alignDocument does (checkInputs, checkDocument), with
 * the Hunspell spellers and the document's variant, and report flags with offsets into the text.
 */
import { documentEn, pageEnglish, pairedShare, type DevDocument, type DevEnOnlyBlock, type TextSpan } from "@alinha/corpus/dev";
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import dictionaryEs from "dictionary-es";
import dictionaryFr from "dictionary-fr";
import dictionaryIt from "dictionary-it";
import { alignDocument, checkDocument, checkInputs, checks, createSpeller, FLAG_CONFIDENCE_THRESHOLD, flagFeatures, flaggedWordRepeats } from "../../src/index.ts";
import type { CheckFamily, CheckOptions, Flag, PortugueseVariant, Speller } from "../../src/types.ts";

export interface TextFlag {
  code: string;
  family: CheckFamily;
  /** A document flag is about the whole text (a habit), a pair flag about one span. */
  scope: "pair" | "document";
  /** Offsets into the document's Portuguese; for a document flag whose text is not found there, both 0. */
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion?: string;
  /** The aligned pair's two sides, for a reviewer's sheet (empty for a document flag). */
  pairPt: string;
  pairEn: string;
  /**
   * A flag on a pair of English alone whose English lies wholly in English blocks the corpus could
   * not pair (`unpairedEnglish` of checkRealText): English the Portuguese page lacks at that place.
   */
  onUnpairedEnglish?: true;
  /** The product's confidence (check/flag-confidence.ts); absent on a document flag, which is always shown. */
  confidence?: number;
  /** The confidence model's inputs, for bench/fit-flag-confidence.ts (pair flags only). */
  features?: Record<string, number>;
  /**
   * On a document finding of repeated text (src/check/repeated-findings.ts): the pair flags it stands for, which
   * the product drops from the pairs, each where it lies in the text and with its confidence (and features). The
   * injected bench counts an artefact under any of them as caught by the finding.
   */
  occurrences?: TextFlag[];
}

/** What the review screen shows by default: a flag at or above the product's threshold, and every document flag. */
export const shownByDefault = (f: Pick<TextFlag, "confidence">): boolean => f.confidence === undefined || f.confidence >= FLAG_CONFIDENCE_THRESHOLD;

/**
 * A document whose Portuguese is mostly paired with the English page gets the English of its
 * paired blocks (the untranslated paragraphs the builder removed would otherwise read as
 * omissions); one that is mostly not (another version of the page, no English at all) is
 * checked as a document imported without English, which the product supports.
 */
export const MIN_PAIRED_SHARE = 0.8;
export const englishFor = (doc: DevDocument): string | undefined =>
  pairedShare(doc) >= MIN_PAIRED_SHARE ? documentEn(doc, { pairedOnly: true }) : undefined;

/**
 * The precision bench's English (session 6). The corpus pairs blocks by element path, so English
 * the Portuguese page has under another element (a sentence the English page moved into a note,
 * a paragraph split into a list) sits in an unpaired English block; given the paired blocks alone,
 * the checks read the Portuguese of it as an addition (about half the omission false alarms of the
 * tuning half). Giving the whole page instead lets the aligner pair a Portuguese addition with an
 * unrelated English paragraph of a newer page (GIMP tools-paint: "Se você estiver corrigindo fotos,
 * tudo bem usar o mouse." against "the Heal Tool corrects small defects;", confidence 0.02), which
 * hides it. So the page is aligned once without checks, and the checks get the paired blocks plus
 * the unpaired English blocks that the aligner paired with Portuguese at MIN_MATCH_CONFIDENCE or
 * more: English the Portuguese page shows it has. `unpaired` says where those blocks sit, so the
 * bench can set apart what is flagged on them alone. Undefined when `englishFor` is.
 */
export const MIN_MATCH_CONFIDENCE = 0.5;
export function pageEnglishFor(doc: DevDocument, pt: string): { text: string; unpaired: TextSpan[] } | undefined {
  if (pairedShare(doc) < MIN_PAIRED_SHARE) return undefined;
  const page = pageEnglish(doc);
  if (!page?.unpaired.length) return pageEnglish(doc, { pairedOnly: true });
  // The unpaired blocks in the page's order, as `unpaired` lists their spans.
  const unpairedBlocks = [...doc.enOnly].sort((a, b) => a.enAt - b.enAt);
  const matched = new Set<DevEnOnlyBlock>();
  for (const pair of alignDocument(pt, page.text, { check: noChecks(doc.variant) }).pairs) {
    if (!pair.pt.length || pair.confidence < MIN_MATCH_CONFIDENCE) continue;
    for (const [a, b] of pair.en) page.unpaired.forEach((s, i) => { if (a < s.end && b > s.start) matched.add(unpairedBlocks[i]!); });
  }
  return pageEnglish(doc, { keep: (b) => matched.has(b) });
}

export type Spellers = { pt: Speller; en: Speller; es: Speller; it: Speller; fr: Speller };

/** Loading the dictionaries takes most of a second: load once per bench run. */
export const loadSpellers = (): Spellers => ({
  pt: createSpeller(dictionaryPt),
  en: createSpeller(dictionaryEn),
  es: createSpeller(dictionaryEs),
  it: createSpeller(dictionaryIt),
  fr: createSpeller(dictionaryFr),
});

const noChecks = (variant: PortugueseVariant): CheckOptions => ({ variant, terms: [], disabled: checks.map((c) => c.id) });

/**
 * A flag's span is relative to its pair's Portuguese; the pair starts at its first segment. When
 * that does not give back the flagged text (a pair whose text was joined), the text is looked up
 * inside the pair's range instead, so the reviewed list's context is always the text's own.
 */
function locate(pt: string, pairStart: number, pairEnd: number, start: number, end: number, text: string): [number, number] {
  if (pt.slice(pairStart + start, pairStart + end) === text) return [pairStart + start, pairStart + end];
  const at = pt.indexOf(text, pairStart);
  if (at >= 0 && at <= pairEnd) return [at, at + text.length];
  return [pairStart + start, pairStart + end];
}

const within = (spans: readonly TextSpan[], start: number, end: number): boolean => spans.some((s) => s.start <= start && end <= s.end);

export function checkRealText(pt: string, en: string | undefined, variant: PortugueseVariant, spellers: Spellers, unpairedEnglish: readonly TextSpan[] = [], withFeatures = false): TextFlag[] {
  // No project glossary: the corpus has none, and the product's default project has none either.
  const options: CheckOptions = { variant, terms: [], spellers };
  const result = alignDocument(pt, en, { check: noChecks(variant) });
  const inputs = checkInputs(result.pairs, en !== undefined, pt);
  const { pairFlags, documentFlags, repeatedOccurrences } = checkDocument(inputs, options);
  // The flags each pair was weighed with: its own, and those a finding of repeated text stands for (dropped after).
  const weighed = pairFlags.map((flags, k) => (repeatedOccurrences[k]?.length ? [...flags, ...repeatedOccurrences[k]!] : flags));
  // The counts checkDocument gave the confidences, for the features.
  const repeats = withFeatures ? flaggedWordRepeats(inputs, weighed) : undefined;
  const out: TextFlag[] = [];
  const occurrences = new Map<string, TextFlag[]>();
  const occurrenceKey = (f: { code: string; text: string }) => `${f.code}\u0000${f.text}`;
  let lastEnd = 0;
  result.pairs.forEach((pair, k) => {
    const base = pair.pt[0]?.[0] ?? lastEnd;
    const end = pair.pt[pair.pt.length - 1]?.[1] ?? lastEnd;
    lastEnd = end;
    const pairPt = pair.ptText;
    const pairEn = pair.enText;
    const unpaired = !pair.pt.length && pair.en.length > 0 && pair.en.every(([a, b]) => within(unpairedEnglish, a, b));
    const textFlag = (f: Flag): TextFlag => {
      const [s, e] = locate(pt, base, end, f.start, f.end, f.text);
      return { code: f.code, family: f.family, scope: "pair", start: s, end: e, text: f.text, message: f.message, ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}), pairPt, pairEn, ...(unpaired ? { onUnpairedEnglish: true as const } : {}), ...(f.confidence !== undefined ? { confidence: f.confidence } : {}), ...(withFeatures ? { features: flagFeatures(inputs[k]!, f, weighed[k]!, repeats) } : {}) };
    };
    for (const f of pairFlags[k] ?? []) out.push(textFlag(f));
    for (const f of repeatedOccurrences[k] ?? []) {
      const list = occurrences.get(occurrenceKey(f));
      if (list) list.push(textFlag(f));
      else occurrences.set(occurrenceKey(f), [textFlag(f)]);
    }
  });
  for (const f of documentFlags) {
    const found = f.text && pt.slice(f.start, f.end) === f.text;
    const members = f.occurrences !== undefined ? occurrences.get(occurrenceKey(f)) : undefined;
    out.push({ code: f.code, family: f.family, scope: "document", start: found ? f.start : 0, end: found ? f.end : 0, text: f.text, message: f.message, ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}), pairPt: "", pairEn: "", ...(members ? { occurrences: members } : {}) });
  }
  return out;
}
