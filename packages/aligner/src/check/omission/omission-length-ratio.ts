import type { CheckInput, Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { isTypeDescription } from "./parameter-type.ts";
import { coverage } from "./counterpart.ts";

/** Portuguese characters per English one when the document gives no norm (the aligner learnt 0.93 English per Portuguese). */
export const DEFAULT_PT_PER_EN = 1.08;
/** How far from the document's norm a pair may stray (as a factor, either way) before it is flagged. */
const MAX_FACTOR = 2.2;
/** Short pairs vary too much in length to judge ("Sim." / "Yes, exactly."). */
const MIN_CHARS = 40;
/** Fewer pairs than this do not make a norm; the default ratio stands in. */
const MIN_PAIRS_FOR_NORM = 8;

/** A side of fewer words is a name or a label ("horner" for "horner — evaluates polynomials"): its length says nothing of an omission. */
const MIN_WORDS = 2;
/**
 * A side with no closing stop and fewer words is a label or a term ("Arquivo de registros
 * (logfile) do Servidor" for "Server Logfile", "matriz de inteiros" for a newer page's longer
 * description): its length follows the wording chosen, not an omission or an addition.
 */
const MIN_LABEL_WORDS = 6;
const WORD = /[\p{L}\p{N}]+/gu;
const fewWords = (text: string): boolean => {
  const n = text.match(WORD)?.length ?? 0;
  return n < MIN_WORDS || (n < MIN_LABEL_WORDS && !/[.!?:;]$/u.test(text));
};
// A reference page's "name — what it does" entry: its wording follows the page's version, not the translation.
// "colon (:) — operador dois pontos" and "&, && — Binary AND" are entries too.
const ENTRY = /^\s*(?:\S+\s){0,2}\S+ — /u;
// A caption's number alone, cut from its caption by the segmenter on one side ("Figura 14.138." for "Figure 14.138. The Shear tool").
const CAPTION_NUMBER = /^\s*(?:Figure|Figura|Table|Tabela|Example|Exemplo)\s+[\w.-]+\.?\s*$/u;

const ratioOf = (p: CheckInput): number | undefined => {
  const pt = p.pt.trim().length;
  const en = (p.en ?? "").trim().length;
  return pt >= MIN_CHARS || en >= MIN_CHARS ? (pt > 0 && en > 0 ? pt / en : undefined) : undefined;
};

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The document's usual ratio: the median pair's, or the default when too few pairs make a norm. */
export function lengthNorm(pairs: readonly CheckInput[]): number {
  const ratios = pairs.map(ratioOf).filter((r): r is number => r !== undefined);
  return ratios.length >= MIN_PAIRS_FOR_NORM ? median(ratios) : DEFAULT_PT_PER_EN;
}

const withinNorm = (ptChars: number, enChars: number, norm: number): boolean => {
  const factor = ptChars / enChars / norm;
  return factor <= MAX_FACTOR && factor >= 1 / MAX_FACTOR;
};

// A bracket of a few words, not nested: "(velocidade)", "(man pages)".
const BRACKETED = /\s*\(([^()\n]{1,40})\)/gu;
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}-]*)\s*$/u;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `word` stands in `text` as a whole word (both already lower-cased): no letter or digit either side. */
function hasWholeWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !WORD_CHAR.test(text[at - 1]!)) && (end === text.length || !WORD_CHAR.test(text[end]!))) return true;
  }
  return false;
}

/**
 * The Portuguese without the glosses it adds in brackets: an English term kept and glossed ("Speed (velocidade),
 * Pressure (pressão)", the term in the English) or the English term given after its translation ("manuais (man
 * pages)", the bracket's words in the English). The gloss repeats what the pair says; its length is no addition.
 */
function withoutGlosses(pt: string, en: string): string {
  if (!pt.includes("(")) return pt;
  const english = en.toLowerCase();
  return pt.replace(BRACKETED, (whole, inside: string, at: number) => {
    if (english.includes(`(${inside.toLowerCase()})`)) return whole;
    const term = WORD_BEFORE.exec(pt.slice(0, at))?.[1];
    const glossed = english.includes(inside.toLowerCase()) || (term !== undefined && term.length > 2 && hasWholeWord(english, term.toLowerCase()));
    return glossed ? "" : whole;
  });
}

/**
 * The long Portuguese's length is in the norm once the English alone beside it is counted: the Portuguese says
 * two English sentences in one, and the aligner left the second English sentence alone beside it (GIMP tile). That neighbour is the omission check's finding; this pair's length is no second one.
 */
function inNormWithNeighbour(pair: CheckInput, pt: string, en: string, norm: number): boolean {
  const sides = [[pair.prevOneSided, pair.prevPt, pair.prevEn], [pair.nextOneSided, pair.nextPt, pair.nextEn]] as const;
  // Not a short Portuguese beside a Portuguese sentence alone: that one is more often an addition of its own, and the
  // short one still lacks what its English says (Scilab xfpoly: "… com a cor corrente." then the added "Se close …").
  return pt.length / en.length > norm && sides.some(([side, , nEn]) => side === "en" && nEn !== undefined && withinNorm(pt.length, en.length + 1 + nEn.trim().length, norm));
}

/**
 * A length gap is an omission (or an addition) when the shorter side translates part of the longer: the
 * longer says what the shorter says, and more. A short sentence whose content words the longer side
 * mostly does not say (by the aligner's keys: the same word, a cognate, the lexicon's translation) is
 * the same thing said otherwise ("Não existirá nenhuma distinção entre maiúsculas e minúsculas." for
 * "Letter case is ignored.", "Será pedida a senha." for "You will be prompted for the passphrase."), or
 * another version's sentence paired with it: its length says nothing of what is missing. Only a short
 * side of a few content words (2 to MAX_OTHERWISE_WORDS): one word tells nothing either way, and a
 * longer sentence the other side does not say is another text, which a reviewer should see (tuning half,
 * session 17: 7 false alarms of 6 sources, no genuine flag; the genuine flags of a longer short side
 * the dictionary covers poorly, a dropped list of names, a newer page's abstract, stay).
 */
const MIN_OTHERWISE_WORDS = 2;
const MAX_OTHERWISE_WORDS = 5;
const MIN_SAID_SHARE = 0.5;
function saidOtherwise(shorter: string, shorterLang: "pt" | "en", longer: string): boolean {
  const c = coverage(shorter, shorterLang, longer, shorterLang === "pt" ? "en" : "pt");
  return c.words >= MIN_OTHERWISE_WORDS && c.words <= MAX_OTHERWISE_WORDS && c.found < MIN_SAID_SHARE * c.words;
}

function flagRatio(check: Check, pair: CheckInput, norm: number): Flag[] {
  const r = ratioOf(pair);
  if (r === undefined) return [];
  const factor = r / norm;
  if (factor <= MAX_FACTOR && factor >= 1 / MAX_FACTOR) return [];
  const pt = pair.pt.trim();
  const en = (pair.en ?? "").trim();
  if (factor > MAX_FACTOR && withinNorm(withoutGlosses(pt, en).trim().length, en.length, norm)) return [];
  if (inNormWithNeighbour(pair, pt, en, norm)) return [];
  // Code is quoted, not translated: a line more or a comment less is the page's version, not an omission.
  if (fewWords(pt) || fewWords(en) || ENTRY.test(pt) || ENTRY.test(en) || CAPTION_NUMBER.test(pt) || CAPTION_NUMBER.test(en) || looksLikeCode(pt) || looksLikeCode(en)) return [];
  // A parameter's type in a definition list ("Um escalar real não-negativo." for "a real non
  // negative scalar (only its integer part is taken into account)."): its wording follows the page's version.
  if (isTypeDescription(pt, "pt") || isTypeDescription(en, "en")) return [];
  if (factor > 1 ? saidOtherwise(en, "en", pt) : saidOtherwise(pt, "pt", en)) return [];
  const start = pair.pt.indexOf(pt);
  const message = factor > 1
    ? `The Portuguese is ${factor.toFixed(1)}× longer than usual for its English: something may have been added.`
    : `The Portuguese is ${(1 / factor).toFixed(1)}× shorter than usual for its English: something may be missing.`;
  return [flagAt(check, pair.pt, start, start + pt.length, message)];
}

/** A pair whose Portuguese is far longer or shorter than the document's usual ratio to the English. */
export const omissionLengthRatio: Check<"omission-length-ratio"> = {
  id: "omission-length-ratio",
  family: "omission",
  severity: "info",
  name: "Length far from the norm",
  description: "The Portuguese is much longer or shorter than its English, compared with the rest of the document.",
  run(pair, context) {
    return pair.en ? flagRatio(this, pair, context.document?.lengthRatio ?? DEFAULT_PT_PER_EN) : [];
  },
  runDocument(pairs) {
    const norm = lengthNorm(pairs);
    return { pairFlags: pairs.map((p) => (p.en ? flagRatio(this, p, norm) : [])), documentFlags: [] };
  },
};
