import type { CheckInput, Flag, Speller } from "../../types.ts";
import { flagAt, type Check, type CheckContext } from "../check.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { lengthNorm } from "./omission-length-ratio.ts";

type Side = "pt" | "en";

/** Which side a 1-0 or 0-1 pair has text on (a Portuguese side of punctuation alone is no addition). */
function sideOf(pair: CheckInput): Side | undefined {
  if (pair.en === undefined) return undefined;
  const pt = pair.pt.trim();
  const en = pair.en.trim();
  if (!pt && en) return "en";
  if (pt && !en && /\p{L}/u.test(pt)) return "pt";
  return undefined;
}

const textOf = (pair: CheckInput, side: Side): string => (side === "pt" ? pair.pt : pair.en ?? "").trim();

/** A name of code rather than a word: "user_data:", "xs2ps", "plot3d()". */
const CODE_NAME = /[_\d()[\]=$%.]/u;

/**
 * Whether the lone text is something an aligner leaves unpaired without anything being left
 * out: code (the example differs by a line between versions of a page, or the aligner paired
 * it one line off), or a single token that is a name of code or no word of its language (the
 * function names of a "see also" list, a definition list's term).
 */
function isLiteral(text: string, speller: Speller | undefined): boolean {
  if (looksLikeCode(text)) return true;
  const token = text.replace(/[:;,.]+$/u, "");
  if (/\s/u.test(token)) return false;
  if (CODE_NAME.test(token)) return true;
  return speller !== undefined && !speller.correct(token) && !speller.correct(token.toLowerCase());
}

const NUMBER = /\d+(?:[.,]\d+)+|\d{2,}/gu;

/**
 * Whether the lone text's numbers sit in a neighbour's other side but not its own: "Figure 3.10."
 * alone while the next pair's Portuguese opens with "Figura 3.10." is one sentence the aligner
 * paired with its neighbour, not a sentence left out.
 */
function misplaced(text: string, side: Side, neighbours: readonly (CheckInput | undefined)[]): boolean {
  const numbers = text.match(NUMBER);
  if (!numbers) return false;
  const other: Side = side === "pt" ? "en" : "pt";
  return neighbours.some((n) => n !== undefined && numbers.every((x) => textOf(n, other).includes(x) && !textOf(n, side).includes(x)));
}

/** A neighbour's other side this much longer than its own side warrants has room for the lone text. */
const ROOMY = 1.45;
/** With the lone text added, the neighbour must come this close to the document's usual ratio (either way). */
const MERGED_FIT = 1.35;

/**
 * Whether a neighbour's other side already says the lone text: the translator joined two
 * sentences into one (or split one in two) and the aligner paired the long sentence with one of
 * the two. The neighbour's Portuguese is then far longer than its English warrants (or shorter,
 * for a lone Portuguese sentence), and adding the lone text brings it back to the document's norm.
 * A sentence left out leaves its neighbour at the norm, so it stays flagged.
 */
function merged(text: string, side: Side, neighbours: readonly (CheckInput | undefined)[], norm: number): boolean {
  const lone = text.length;
  return neighbours.some((n) => {
    if (n === undefined) return false;
    const pt = n.pt.trim().length;
    const en = (n.en ?? "").trim().length;
    if (pt === 0 || en === 0) return false;
    // Characters of the other side over what this side (alone, then with the lone text) warrants.
    const [before, after] = side === "en" ? [pt / (en * norm), pt / ((en + lone) * norm)] : [(en * norm) / pt, (en * norm) / (pt + lone)];
    return before >= ROOMY && after <= MERGED_FIT && after >= 1 / MERGED_FIT;
  });
}

/** How far either way a lone pair on the other side shows the aligner split one mismatch in two. */
const OPPOSITE_REACH = 2;

/** An English heading of fewer words ("Syntax", "See also") left alone: its Portuguese is the page's own heading, paired elsewhere or merged. */
const MIN_ENGLISH_WORDS = 3;
const isEnglishHeading = (text: string): boolean => !/[.!?:]$/u.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) < MIN_ENGLISH_WORDS;

function flagSide(check: Check, pair: CheckInput, side: Side, context: CheckContext): Flag[] {
  const text = textOf(pair, side);
  if (isLiteral(text, side === "pt" ? context.spellers.pt : context.spellers.en)) return [];
  if (side === "en" && isEnglishHeading(text)) return [];
  if (side === "en") return [flagAt(check, pair.pt, 0, 0, `This English was not translated: "${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`)];
  const start = pair.pt.indexOf(text);
  return [flagAt(check, pair.pt, start, start + text.length, "This Portuguese has no English counterpart: an addition, or page furniture.")];
}

/**
 * A 1-0 or 0-1 pair: one side has text the other lacks. Over a document, a lone pair with a
 * lone pair of the other side beside it is not flagged: the two sides say something there in
 * words the aligner could not match (a rewritten sentence, another version of the page), which
 * is no omission of the translation.
 */
export const omissionEmptySide: Check<"omission-empty-side"> = {
  id: "omission-empty-side",
  family: "omission",
  severity: "warning",
  name: "No partner on one side",
  description: "English with no Portuguese (an omission) or Portuguese with no English (an addition).",
  run(pair, context) {
    // `en` undefined: the document has no English at all, so nothing is missing.
    const side = sideOf(pair);
    return side ? flagSide(this, pair, side, context) : [];
  },
  runDocument(pairs, context) {
    const sides = pairs.map(sideOf);
    const norm = lengthNorm(pairs);
    const pairFlags = pairs.map((pair, k) => {
      const side = sides[k];
      if (!side) return [];
      for (let d = -OPPOSITE_REACH; d <= OPPOSITE_REACH; d++) {
        const s = sides[k + d];
        if (s !== undefined && s !== side) return [];
      }
      const neighbours = [pairs[k - 1], pairs[k + 1]];
      if (misplaced(textOf(pair, side), side, neighbours) || merged(textOf(pair, side), side, neighbours, norm)) return [];
      return flagSide(this, pair, side, context);
    });
    return { pairFlags, documentFlags: [] };
  },
};
