/**
 * The product's pipeline on a development-corpus document, for the real-text benches: align
 * without checks, then check every pair as alignDocument does (checkInputs, checkDocument), with
 * the Hunspell spellers and the document's variant, and report flags with offsets into the text.
 */
import { documentEn, pairedShare, type DevDocument } from "@alinha/corpus/dev";
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import dictionaryEs from "dictionary-es";
import dictionaryFr from "dictionary-fr";
import dictionaryIt from "dictionary-it";
import { alignDocument, checkDocument, checkInputs, checks, createSpeller } from "../../src/index.ts";
import type { CheckFamily, CheckOptions, PortugueseVariant, Speller } from "../../src/types.ts";

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
}

/**
 * A document whose Portuguese is mostly paired with the English page gets the English of its
 * paired blocks (the untranslated paragraphs the builder removed would otherwise read as
 * omissions); one that is mostly not (another version of the page, no English at all) is
 * checked as a document imported without English, which the product supports.
 */
export const MIN_PAIRED_SHARE = 0.8;
export const englishFor = (doc: DevDocument): string | undefined =>
  pairedShare(doc) >= MIN_PAIRED_SHARE ? documentEn(doc, { pairedOnly: true }) : undefined;

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

export function checkRealText(pt: string, en: string | undefined, variant: PortugueseVariant, spellers: Spellers): TextFlag[] {
  // No project glossary: the corpus has none, and the product's default project has none either.
  const options: CheckOptions = { variant, terms: [], spellers };
  const result = alignDocument(pt, en, { check: noChecks(variant) });
  const { pairFlags, documentFlags } = checkDocument(checkInputs(result.pairs, en !== undefined, pt), options);
  const out: TextFlag[] = [];
  let lastEnd = 0;
  result.pairs.forEach((pair, k) => {
    const base = pair.pt[0]?.[0] ?? lastEnd;
    const end = pair.pt[pair.pt.length - 1]?.[1] ?? lastEnd;
    lastEnd = end;
    const pairPt = pair.ptText;
    const pairEn = pair.enText;
    for (const f of pairFlags[k] ?? []) {
      const [s, e] = locate(pt, base, end, f.start, f.end, f.text);
      out.push({ code: f.code, family: f.family, scope: "pair", start: s, end: e, text: f.text, message: f.message, ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}), pairPt, pairEn });
    }
  });
  for (const f of documentFlags) {
    const found = f.text && pt.slice(f.start, f.end) === f.text;
    out.push({ code: f.code, family: f.family, scope: "document", start: found ? f.start : 0, end: found ? f.end : 0, text: f.text, message: f.message, pairPt: "", pairEn: "" });
  }
  return out;
}
