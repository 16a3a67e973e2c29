import { flagAt, type Check } from "../check.ts";
import { literalSpans } from "../../normalize/literal-spans.ts";
import { mayHaveQuantity } from "./quantities.ts";
import { writtenOtherwiseInPortuguese } from "./written-otherwise.ts";
import { numberTokens, sameGrouped, sameNumber, spaceRanges, spacedThousands, type NumberToken } from "./number-tokens.ts";
import { isCodeLinePair, isCodeStatement } from "./code-statement.ts";
import { isExampleValue } from "./example-value.ts";
import { runWithSubstitutions, substitutionKey } from "./substituted-values.ts";
import { unrelatedPair } from "./unrelated-pair.ts";
import { offsetLabelSpans } from "./label-offset.ts";
import { countedByOwnList } from "./counted-list.ts";
import type { CheckInput } from "../../types.ts";
import type { CheckContext } from "../check.ts";

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const ANY_LETTER = /\p{L}/u;

// Numbers inside code, paths and addresses may be rewritten with them; a footnote mark "[7]" is renumbered by the tool.
const CARRIERS = new Set(["url", "email", "path", "file", "host", "code", "option", "command", "markup"]);
const FOOTNOTE = /^\[\d+\]$/u;
const ENTRY = /^\s*\S+ — /u;
// "1st", "2nd": written as ordinals in Portuguese ("primeiro", "2.º").
const ORDINAL = /^(?:st|nd|rd|th)/u;

// A plural noun right after a zero: "0 lines", "zero errors". And the Portuguese words of absence that say the zero.
const ZERO_COUNT_AFTER = /^\s+\p{L}{2,}s(?![\p{L}\p{N}])/u;
const ABSENCE = /(?<![\p{L}\p{N}])(?:sem|nenhum|nenhuma|nenhuns|nenhumas)(?![\p{L}\p{N}])/iu;
// A word before a number that makes it a part's name, not a count: "section four", "chapter two", "step three".
const NAMES_A_PART = /(?:section|chapter|part|step|figure|table|level|page|version|line|item|appendix)\s+$/iu;
// "um", "uma": the indefinite article as often as one; an ordinal word ("quinta", "primeiro") ranks, it does not count.
const ARTICLE_OR_ORDINAL = /^(?:uma?|(?:primeir|segund|terceir|quart|quint|sext|s[ée]tim|oitav|non|d[ée]cim)(?:os?|as?))$/iu;

/**
 * A looser reading of the Portuguese, for a number only: figures glued to a word ("Março1975",
 * "norma-2" for "2-norm", "-5 anos" where the English has "~5"), a list's comma before a figure
 * (" ,48;224;47"), and the English's own conventions (a name or title kept in English, "Three-Stage";
 * "255,128,128" as the English writes code). Where the figure stands in the Portuguese, it is not missing.
 */
function presentIn(text: string, e: NumberToken): boolean {
  const loose = spaceRanges(text).replace(/(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/gu, " ").replace(/(?<![\p{N}])[-.,~](?=\d)/gu, " ");
  return numberTokens(loose, "pt").some((p) => sameNumber(p, e)) || numberTokens(loose, "en").some((p) => sameNumber(p, e)) || inRomanNumerals(text, e) ||
    // "10 000" for "10,000": digits grouped by a space.
    numberTokens(spacedThousands(text), "pt").some((p) => sameGrouped(p, e));
}

const ROMAN = /(?<![\p{L}\p{N}])(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}])/gu;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
// A single letter is a numeral only after a word that numbers a part ("Capítulo V"); alone it is a variable or a name ("C", "X").
const PART_WORD = /(?:cap[íi]tulo|parte|volume|livro|ap[êe]ndice|anexo|se[çc]ç?[ãa]o|s[ée]culo|tomo|n[íi]vel)\s+$/iu;

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** "Capítulo IV" for "Chapter 4": the number in Roman numerals. */
function inRomanNumerals(text: string, e: NumberToken): boolean {
  for (const m of text.matchAll(ROMAN)) {
    if (!m[0] || (m[0].length < 2 && !PART_WORD.test(text.slice(0, m.index)))) continue;
    if (e.values.includes(romanValue(m[0]))) return true;
  }
  return false;
}

function countable(en: string, t: NumberToken): boolean {
  if (t.weak) return false;
  if (FOOTNOTE.test(en.slice(t.start - 1, t.end + 1))) return false;
  if (ORDINAL.test(en.slice(t.end))) return false;
  return !literalSpans(en).some((s) => CARRIERS.has(s.kind) && s.start <= t.start && t.end <= s.end);
}

/** Inside a parenthesis that holds figures and range words only: "(0 to 127)", "(0.0-1.0)", "(1, 2 or 4)". */
function inFiguresOnlyParenthesis(text: string, t: { start: number; end: number }): boolean {
  const open = text.lastIndexOf("(", t.start);
  if (open < 0 || text.lastIndexOf(")", t.start) > open) return false;
  const close = text.indexOf(")", t.end);
  return close >= 0 && /^[\s\d.,%-]*(?:(?:to|and|or|-|–)[\s\d.,%-]+)*$/u.test(text.slice(open + 1, close));
}

/** A number of the English that the Portuguese lost: "version 3.2" translated without "3.2". */
// The helpers of `run` below stand at module level, not as closures made on every pair: tsx (the tests', the benches'
// and the development server's compiler) names each closure as it is made.

/** Whether the English's number is in the Portuguese: a token of it, of its list read apart, or written otherwise. */
const foundIn = (text: string, pt: readonly NumberToken[], listed: readonly NumberToken[], e: NumberToken): boolean =>
  pt.some((p) => sameNumber(p, e)) || listed.some((p) => sameNumber(p, e)) || presentIn(text, e);
/** Whether the document's translation replaced this English figure throughout with one the Portuguese has. */
const replacedThroughout = (substituted: readonly string[] | undefined, pt: readonly NumberToken[], e: NumberToken): boolean =>
  substituted !== undefined && substituted.length > 0 && pt.some((p) => !p.weak && substituted.includes(substitutionKey(p.raw, e.raw)));
/** A gap within one paragraph: no line break. */
const sameParagraph = (gap: string | undefined): boolean => gap !== undefined && !gap.includes("\n");

export const numberMissing: Check<"number-missing"> = {
  id: "number-missing",
  family: "number",
  severity: "warning",
  name: "Number missing from the Portuguese",
  description: "A number, year, version or section number of the English does not appear in the Portuguese, in digits or in words.",
  run(pair, context?: CheckContext) {
    if (!pair.en || !ANY_LETTER.test(pair.pt)) return [];
    if (!mayHaveQuantity(pair.en, "en")) return [];
    // Code on either side is quoted, not translated: where its figures differ, the page's version does
    // (help pages), and a "plot2d — 2D plot" entry names a function, not a quantity.
    if (isCodeStatement(pair.en) || isCodeStatement(pair.pt) || isCodeLinePair(pair.pt, pair.en, context?.spellers.pt) || ENTRY.test(pair.en)) return [];
    // Chapter, section and figure numbers off by the document's one offset are there, numbered for the translation's version.
    const shifted = offsetLabelSpans(pair.pt, pair.en, context?.document?.labelOffset).en;
    const en = numberTokens(spaceRanges(pair.en), "en").filter((t) => countable(pair.en!, t) && !shifted.some((l) => l.start <= t.start && t.end <= l.end));
    if (!en.length) return [];
    // Not gated on mayHaveQuantity: "mil" alone is a number it does not know.
    const pt = numberTokens(spaceRanges(pair.pt), "pt");
    // "2,3 ou 4" for "2, 3 or 4": a list with its spaces lost, not a decimal; read it as the English's list too.
    const listed = /\d, \d/u.test(pair.en) && /\d,\d/u.test(pair.pt) ? numberTokens(spaceRanges(pair.pt.replace(/(?<=\d),(?=\d)/gu, ", ")), "pt") : [];
    // An example's value the translator changed: the Portuguese gives its own example ("ex. 2020" for "e.g. 2010").
    const examplePt = pt.some((p) => !p.weak && isExampleValue(pair.pt, p, "pt"));
    // A figure the document's translation replaced throughout ("42" for the English's "8") is there, as the translator's value.
    const substituted = context?.document?.substitutedNumbers;
    let missing = en.filter((e) => !foundIn(pair.pt, pt, listed, e) && !(examplePt && isExampleValue(pair.en!, e, "en")) && !replacedThroughout(substituted, pt, e))
      // Written otherwise, as number-mismatch reads it: a size's cells counted, a measure converted, a power's value.
      .filter((e) => !writtenOtherwiseInPortuguese(pair.en!, e, pair.pt, pt));
    // Figures alone in a parenthesis of the English ("values less than 127.5 (0 to 127)") restate the sentence's
    // own figures: a Portuguese that keeps the sentence's other figures and leaves the restatement out loses nothing.
    const keepsFigures = pt.some((p) => !p.weak && en.some((e) => sameNumber(p, e)));
    if (keepsFigures && missing.every((e) => inFiguresOnlyParenthesis(pair.en!, e))) return [];
    if (!missing.length) return [];
    // A count the English spells out in words ("the three options described above", "all other five players", "in section
    // six") where the Portuguese writes no number at all (an article "um" or an ordinal aside): the translation phrased it
    // without the count ("as opções descritas anteriormente"), which the English's phrasing, not its data, carried
    // (session 15, issue 12: gimp, kfloppy, kio, kiriki). Figures in digits are data and stay findings; so does a count
    // that became another number ("dois caracteres" for "four characters"), and a number that names a part ("section six").
    if (missing.every((e) => e.raw === "" && !NAMES_A_PART.test(pair.en!.slice(Math.max(0, e.start - 12), e.start))) && pt.every((p) => ARTICLE_OR_ORDINAL.test(pair.pt.slice(p.start, p.end)))) return [];
    // A zero count of things ("with 0 lines of context", "zero errors") that the Portuguese says as their absence ("sem linhas
    // de contexto", "nenhum erro"): the same number in words of negation (session 15, issue 12: kompare pt and pt-BR). A zero
    // that is no count (an index, "entry 0 will be used") stays a finding.
    if (missing.every((e) => e.values.length === 1 && e.values[0] === 0 && ZERO_COUNT_AFTER.test(pair.en!.slice(e.end, e.end + 30))) && ABSENCE.test(pair.pt)) return [];
    // Each side counts its own list ("As quatro formas: a, b, c e d" for "The five shapes: a, b, c, d and e"): the lists come
    // from two versions of the program, and the counts follow them (number-mismatch's countedByOwnList; kstars, marble).
    const ownCount = pt.some((p) => !p.weak && countedByOwnList(pair.pt, p));
    if (ownCount) missing = missing.filter((e) => !countedByOwnList(pair.en!, e, "en"));
    if (!missing.length) return [];
    // The figure said in the sentence before or after: the segmenter or the aligner cut the English's one sentence
    // otherwise ("(0,0 até 0,1)" after its stop; "Os valores vão de 1 até 3 milhões" for "between 1 and 3000000").
    // Only for a pair with no figure of its own, or cut mid-sentence: in a list ("Dimensão 2: 2 níveis" before
    // "Dimensão 3: 3 níveis" for "2 ranks") a figure of the next line is that line's.
    const cut = !/[.!?:;]["”)]?\s*$/u.test(pair.pt);
    // So is a figure said in the sentence just before or after in the same paragraph ("… testa a expressão x > 5. Uma vez
    // que o x fica igual a 4 …" for "Since 4 is not greater than 5 …"): running prose, the translator moved it; lines
    // of a list stand apart by line breaks.
    const inProse = [sameParagraph(pair.gapBefore) ? pair.prevPt : undefined, sameParagraph(pair.gapAfter) ? pair.nextPt : undefined];
    const neighbours = !pt.some((p) => !p.weak) ? [pair.prevPt, pair.nextPt] : cut ? [pair.nextPt, ...inProse] : inProse;
    if (missing.every((e) => neighbours.some((n) => n !== undefined && presentIn(n, e)))) return [];
    // Two different sentences paired by the aligner: the English's figures belong to a sentence the Portuguese has elsewhere.
    if (unrelatedPair(pair.pt, pair.en, context?.spellers.en)) return [];
    const start = pair.pt.search(/\S/u);
    const end = pair.pt.trimEnd().length;
    const named = missing.map((e) => pair.en!.slice(e.start, e.end)).join(", ");
    return [flagAt(this, pair.pt, start, end, `The English has ${named}, which the Portuguese does not.`)];
  },
  // A document pass, as number-mismatch has, so the two keep their order (a changed figure is reported as changed, not as lost).
  runDocument(pairs: readonly CheckInput[], context: CheckContext) {
    return runWithSubstitutions(this, pairs, context);
  },
};
