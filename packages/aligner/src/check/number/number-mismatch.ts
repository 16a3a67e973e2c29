import { flagAt, type Check } from "../check.ts";
import { isCodeLinePair, isCodeStatement } from "./code-statement.ts";
import { mayHaveQuantity } from "./quantities.ts";
import { numberTokens, sameGrouped, sameNumber, spaceRanges, spacedThousands, type NumberToken } from "./number-tokens.ts";
import { isExampleValue } from "./example-value.ts";
import { convertedFromEnglish, insideEnglishRange, productOfEnglishSize, samePowerInEnglish } from "./written-otherwise.ts";
import { runWithSubstitutions, substitutionKey } from "./substituted-values.ts";
import { unrelatedPair } from "./unrelated-pair.ts";
import { countedByOwnList } from "./counted-list.ts";
import { offsetLabelSpans, type Label } from "./label-offset.ts";
import type { CheckInput } from "../../types.ts";
import type { CheckContext } from "../check.ts";
import { DAY_OF_MONTH, MONTH_EN } from "../text/dates.ts";

/** "[7]": a footnote mark, numbered by the publishing tool, not by the translator. */
const isFootnoteMark = (text: string, t: { start: number; end: number }): boolean => text[t.start - 1] === "[" && text[t.end] === "]";

/**
 * The day of a date the English gives without its day ("22 de outubro de 2010" for "in 2010"): a
 * detail the translation adds, not a figure it changed. Where the English names a month it has the
 * day too, and the day is compared.
 */
const isDayTheEnglishOmits = (pt: string, t: { end: number; values: number[] }, en: string): boolean =>
  t.values.some((v) => Number.isInteger(v) && v >= 1 && v <= 31) && DAY_OF_MONTH.test(pt.slice(t.end)) && !MONTH_EN.test(en);

/** The English has the same digits as they stand, not part of a longer number: "7,5" in "b(5:7,5:7)" is two indices there too. */
function verbatimIn(en: string, raw: string): boolean {
  // Only digits with a separator: a plain integer of the English may stand anywhere else in the pair.
  if (!/[.,]/u.test(raw)) return false;
  for (let at = en.indexOf(raw); at >= 0; at = en.indexOf(raw, at + 1)) {
    if (!/\d/u.test(en[at - 1] ?? "") && !/\d/u.test(en[at + raw.length] ?? "")) return true;
  }
  return false;
}

/**
 * The English has the same figures in another layout: a list "2, 3 or 4" the Portuguese writes
 * "2,3 ou 4" (a missing space, not a decimal), or a name with its figures glued on ("ISO C90"
 * for "ISO C 90", "MP3" for "MP 3").
 */
function otherLayoutIn(en: string, raw: string): boolean {
  if (raw.includes(",") && verbatimIn(en.replace(/(?<=\d), (?=\d)/gu, ","), raw)) return true;
  if (!/^\d+$/u.test(raw)) return false;
  return new RegExp(`\\p{L}${raw}(?!\\d)`, "u").test(en);
}

/** Inside a parenthesis of one line that holds words: "(até o GIMP 2.8)", "(8 células no total)". */
function inNote(text: string, t: { start: number; end: number }): boolean {
  const open = text.lastIndexOf("(", t.start);
  if (open < 0 || text.lastIndexOf(")", t.start) > open) return false;
  const close = text.indexOf(")", t.end);
  if (close < 0) return false;
  const note = text.slice(open + 1, close);
  return !note.includes("\n") && /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(note);
}
const count = (text: string, c: string): number => text.split(c).length - 1;

/** A figure that says something by itself: not a small count (1, 2, 3 stand anywhere), but a decimal, a version, a large number. */
const distinctive = (t: NumberToken): boolean => t.dotted || t.values.some((v) => !Number.isInteger(v) || Math.abs(v) >= 10);

/** A number or scale in the Portuguese that the English does not have: "bilhão" for "trillion", "1999" for "1998". */
// The helpers of `run` below stand at module level, not as closures made on every pair: tsx (the tests', the benches'
// and the development server's compiler) names each closure as it is made.

/** Whether the number lies inside a label the document's offset shifts. */
const inShifted = (labels: readonly Label[], t: NumberToken): boolean => labels.some((l) => l.start <= t.start && t.end <= l.end);
/** Whether the number is part of a longer number grouped by spaces ("10 000"). */
const inGroup = (groupedPt: readonly NumberToken[], p: { start: number; end: number }): boolean => groupedPt.some((g) => g.start <= p.start && p.end <= g.end && g.end - g.start > p.end - p.start);
/** Whether a neighbouring English sentence has the number. */
const inNeighbour = (neighbours: readonly (readonly NumberToken[])[], p: NumberToken): boolean => neighbours.some((ts) => ts.some((e) => !e.weak && sameNumber(p, e)));

export const numberMismatch: Check<"number-mismatch"> = {
  id: "number-mismatch",
  family: "number",
  severity: "error",
  name: "Number differs from the English",
  description: "A number, year, version, section number or scale word in the Portuguese disagrees with the English.",
  run(pair, context?: CheckContext) {
    // Without English, or when the English spells no numbers, a translation may legitimately write them out.
    if (!pair.en) return [];
    if (!mayHaveQuantity(pair.pt, "pt") || !mayHaveQuantity(pair.en, "en")) return [];
    // A code example is quoted, not translated: where its numbers differ, the page's version does.
    if (isCodeStatement(pair.pt) || isCodeLinePair(pair.pt, pair.en, context?.spellers.pt)) return [];
    const en = numberTokens(spaceRanges(pair.en), "en");
    if (!en.some((t) => !t.weak)) return [];
    const pt = numberTokens(spaceRanges(pair.pt), "pt");
    // Chapter, section and figure numbers off by the document's one offset (label-offset.ts): another version of the book.
    const shifted = offsetLabelSpans(pair.pt, pair.en, context?.document?.labelOffset);
    const unmatchedEn = en.filter((e) => !e.weak && !pt.some((p) => sameNumber(p, e)) && !inShifted(shifted.en, e));
    const exampleEn = unmatchedEn.some((e) => isExampleValue(pair.en!, e, "en"));
    // "10 000" for "10,000": digits grouped by a space are one number where the English has that number.
    const grouped = spacedThousands(spaceRanges(pair.pt));
    const groupedPt = grouped === spaceRanges(pair.pt) ? [] : numberTokens(grouped, "pt").filter((g) => en.some((e) => sameGrouped(g, e)));
    const candidates = pt
      // One example's value for another: both sides say "for example" before the figure.
      .filter((p) => !(exampleEn && isExampleValue(pair.pt, p, "pt")))
      // "um", "dois" alone are articles and pronouns as often as numbers: only compared, never flagged.
      .filter((p) => !p.weak && !inShifted(shifted.pt, p) && !isFootnoteMark(pair.pt, p) && !isDayTheEnglishOmits(pair.pt, p, pair.en!) && !inGroup(groupedPt, p) && !en.some((e) => sameNumber(p, e)) && !(!p.scaled && (verbatimIn(pair.en!, p.raw) || otherLayoutIn(pair.en!, p.raw))))
      // The same quantity written otherwise: a size's cells counted ("64 casas" for "8x8"), a measure in metric units ("12,7 cm" for "5"").
      // and a power for its value ("10^-3" for "1e-3"), a range written out ("1, 2 e 3" for "1-3").
      .filter((p) => !productOfEnglishSize(pair.en!, p) && !convertedFromEnglish(pair.pt, p, pair.en!) && !samePowerInEnglish(pair.pt, p, pair.en!, en) && !insideEnglishRange(p, pair.en!, pt))
      // A count the Portuguese's own list right after it bears out: the translation lists another version's items.
      .filter((p) => !countedByOwnList(pair.pt, p));
    // The document puts this figure for that English one throughout (a tutorial's example value, "42" for "8").
    const substituted = context?.document?.substitutedNumbers;
    const kept = !substituted?.length ? candidates : candidates.filter((p) => !(unmatchedEn.length ? unmatchedEn : en.filter((e) => !e.weak)).some((e) => substituted.includes(substitutionKey(p.raw, e.raw))));
    // Every English figure is in the Portuguese: what is left was added, not changed. A note the translator
    // put in brackets the English does not have ("(até o GIMP 2.8)", "(8 células no total)") adds a detail;
    // and figures the neighbouring English sentence has ("de 1 até 3 milhões" for "between 1 and 3000000" one
    // sentence before) were paired across a cut the two sides make in different places.
    const additions = unmatchedEn.length ? kept : kept.filter((p) => !(inNote(pair.pt, p) && count(pair.pt, "(") > count(pair.en!, "(")));
    const neighbours = [pair.prevEn, pair.nextEn].filter((n): n is string => n !== undefined && mayHaveQuantity(n, "en")).map((n) => numberTokens(spaceRanges(n), "en"));
    const fromNeighbour = !unmatchedEn.length && additions.length > 0 && additions.every((p) => inNeighbour(neighbours, p)) && additions.some(distinctive);
    // Two different sentences paired by the aligner: their figures were never meant to agree.
    if (fromNeighbour || (additions.length > 0 && unrelatedPair(pair.pt, pair.en!, context?.spellers.en))) return [];
    return additions
      .map((p) => {
        // One number each side that disagrees is a mistranslation of that number; say which.
        const hint = unmatchedEn.length === 1 ? ` The English has ${pair.en!.slice(unmatchedEn[0]!.start, unmatchedEn[0]!.end)}.` : "";
        const suggestion = unmatchedEn.length === 1 && unmatchedEn[0]!.dotted ? unmatchedEn[0]!.raw : undefined;
        return flagAt(this, pair.pt, p.start, p.end, `This number is not in the English.${hint}`, suggestion);
      });
  },
  // No document flag for chapter numbers off by one offset (session 15): the publishing tool numbers the translated book's
  // own chapters, so a book with a chapter more than its English is another version of it, not a translation error
  // (reviewed as false alarms in both books that had it). The offset still keeps its labels from being flagged one by one.
  runDocument(pairs: readonly CheckInput[], context: CheckContext) {
    return runWithSubstitutions(this, pairs, context);
  },
};
