import type { CheckInput, Flag } from "../../types.ts";
import { flagAt, type Check, type CheckContext } from "../check.ts";
import { englishShowsForm } from "../text/english-form.ts";

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const PROSE_WORD = /(?<![\p{L}\p{N}_%'])\p{L}{2,}(?![\p{L}\p{N}_'])/gu;

const PAIRS: [string, string][] = [["(", ")"], ["[", "]"], ["“", "”"]];

/** Offsets of the marks that find no partner, scanning left to right. */
function unmatched(text: string, open: string, close: string): number[] {
  if (!text.includes(open) && !text.includes(close)) return [];
  const stack: number[] = [];
  const lone: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close) { if (stack.length) stack.pop(); else lone.push(i); }
  }
  return [...lone, ...stack].sort((a, b) => a - b);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/**
 * Whether a lone quotation mark can belong to a quotation of several sentences: an opening
 * mark whose sentence ends the pair ("Confúcio: "Aos 15 anos … aprender.") or a closing mark
 * on a pair that starts a sentence. Pairs are sentences, so such quotes span pairs.
 */
function mayContinue(text: string, at: number, opening: boolean): boolean {
  return opening ? /[.!?…]["”]?\s*$/u.test(text.slice(at)) : /^\s*\p{Lu}/u.test(text) || /^\s*[^"“”]*$/u.test(text.slice(0, at));
}

/** "]-∞,-1]", "[1,∞[", "[x(i) x(i+1)[": a half-open interval written the French way, brackets facing the same way. */
const INTERVAL = /\][^[\]]*\]|\[[^[\]]*\[/u;

/**
 * An interval of mathematics with an open end, its two bounds between marks that do not pair as punctuation does:
 * "[0, m)", "(m, 0]", "[Low, High)" (the English-speaking notation), "]-1, 1[", "[x0, x1[" (the ISO and Portuguese
 * one). Each bound one token (a number, a name, ∞, a sign), so a bracket left open in prose ("(veja a, b]") does not
 * read as one. A closed interval or a pair of coordinates ("[0, 1]", "(x, y)") matches too, balanced either way.
 */
const OPEN_INTERVAL = /(?<![\p{L}\p{N}_])[[\](]\s?[-+]?[\p{L}\p{N}_.%∞]{1,12}\s?[,;]\s?[-+]?[\p{L}\p{N}_.%∞]{1,12}\s?[)[\]](?![\p{L}\p{N}_])/gu;
/** `text` with its open intervals' marks blanked, offsets kept: what is left open is punctuation's. */
const withoutIntervals = (text: string): string =>
  text.includes(",") || text.includes(";") ? text.replace(OPEN_INTERVAL, (m) => m.replace(/[()[\]]/gu, " ")) : text;

/**
 * A mark that is not punctuation: part of an escape sequence ("\\33[K", "ESC [ 1 ; n ]"), escaped or
 * a directive ("\\)", "%("), or named ("o argumento \"(\"", "um ] literal").
 */
function notPunctuation(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  if (/(?:\\\d{1,3}|\\e|\\x1b|ESC ?|[\\%])$/iu.test(before)) return true;
  const prev = text[at - 1] ?? "";
  const next = text[at + 1] ?? "";
  return (/["'‘“]/u.test(prev) && /["'’”]/u.test(next)) || (/(?:^|\s)(?:um|o|caractere|carácter|caráter)\s$/iu.test(before) && /^\s/u.test(next));
}

/** Below this many words of prose a pair is a piece of code or a directive list cut by the segmenter ("'%pi'])", "...)"). */
const MIN_PROSE_WORDS = 3;
/** Pieces of a Scilab or shell statement that the code detector sees no whole line of: "==", "('", "['", a "..." continuation. */
const CODE_PIECE = /==|[\w\]]\s*\(\s*'|\[\s*'|\.\.\.\s*$/u;
const codePiece = (text: string): boolean =>
  (text.match(PROSE_WORD)?.length ?? 0) < MIN_PROSE_WORDS || CODE_PIECE.test(text);

/** The English leaves the same marks open: the original's shape (an interval, a list's "1)"), not a slip of the translation. */
const sameInEnglish = (pt: string, en: string | undefined, open: string, close: string): boolean =>
  en !== undefined && open !== "“" && count(en, open) - count(en, close) === count(pt, open) - count(pt, close);

/** How many segments away, within one paragraph, a bracket's partner may stand when the segmenter cut inside the brackets. */
const MAX_SEGMENTS_APART = 3;
const opensParagraph = (pair: CheckInput): boolean => pair.gapBefore !== undefined && pair.gapBefore.includes("\n\n");

/**
 * Whether a lone bracket of pair `k` finds its partner lone in a later (or earlier) segment of the same paragraph:
 * the segmenter cut the sentence inside the brackets, at a file name's dot ("(dqags. ¶ f e dqagse. ¶ f de quadpack)")
 * or after an operator ("(! ¶ -perm /111 ou ! ¶ -perm /a+x, respectivamente)").
 */
function partnerInParagraph(pairs: readonly CheckInput[], k: number, mark: string): boolean {
  const pair = [...PAIRS].find(([o, c]) => o === mark || c === mark);
  if (!pair) return false;
  const [open, close] = pair;
  const opening = mark === open;
  for (let d = 1; d <= MAX_SEGMENTS_APART; d++) {
    const j = opening ? k + d : k - d;
    const other = pairs[j];
    if (!other || (opening ? opensParagraph(other) : opensParagraph(pairs[j + 1]!))) return false;
    if (unmatched(other.pt, open, close).some((at) => other.pt[at] === (opening ? close : open))) return true;
  }
  return false;
}

export const punctuationUnbalanced: Check<"punctuation-unbalanced"> = {
  id: "punctuation-unbalanced",
  family: "punctuation",
  severity: "warning",
  name: "Unbalanced quotes or brackets",
  description: "An opening bracket or quote without its closing partner, or the reverse.",
  run(pair) {
    const flags: Flag[] = [];
    if (!/["()[\]“”]/u.test(pair.pt) || codePiece(pair.pt)) return flags;
    for (const [open, close] of PAIRS) {
      if (!pair.pt.includes(open) && !pair.pt.includes(close)) continue;
      if (sameInEnglish(pair.pt, pair.en, open, close) || (open === "[" && INTERVAL.test(pair.pt))) continue;
      for (const at of unmatched(open === "“" ? pair.pt : withoutIntervals(pair.pt), open, close)) {
        // A quotation may span sentences: a partner in the neighbouring segment balances it.
        const opening = pair.pt[at] === open;
        const partnerNear = opening ? (pair.nextPt ?? "").includes(close) : (pair.prevPt ?? "").includes(open);
        if ((open === "“" && mayContinue(pair.pt, at, opening)) || notPunctuation(pair.pt, at)) continue;
        // The English beside a thin pair leaves the same bracket open beside the same token ("bsearch(" of a call the
        // segmenter cut on both sides): the source's shape, at the same place. Leaving it open is the evidence, so any token anchors.
        if (englishShowsForm(pair, pair.pt[at]!, { before: pair.pt.slice(0, at), after: pair.pt.slice(at + 1), literal: (t) => t.length >= 2, where: (en, enAt) => unmatched(en, open, close).includes(enAt) })) continue;
        if (!partnerNear) flags.push(flagAt(this, pair.pt, at, at + 1, `"${pair.pt[at]}" has no partner.`));
      }
    }
    const straight = count(pair.pt, "\"");
    // An odd straight quote is a quotation that spans segments when a neighbour also has an odd count.
    const at = pair.pt.lastIndexOf("\"");
    // An odd count is opening when the mark follows a space, a colon or the start; closing otherwise.
    const opening = at === 0 || /[\s:(]/u.test(pair.pt[at - 1] ?? "");
    // The English has an odd count too: a string continued on the next line, as the original writes it.
    const englishOdd = pair.en !== undefined && count(pair.en, "\"") % 2 === 1;
    if (straight % 2 === 1 && !englishOdd && !notPunctuation(pair.pt, at) && count(pair.prevPt ?? "", "\"") % 2 === 0 && count(pair.nextPt ?? "", "\"") % 2 === 0 && !mayContinue(pair.pt, at, opening)) {
      flags.push(flagAt(this, pair.pt, at, at + 1, "This quotation mark has no partner."));
    }
    return flags;
  },
  runDocument(pairs: readonly CheckInput[], context: CheckContext) {
    return {
      pairFlags: pairs.map((pair, k) => {
        const found = this.run!(pair, context);
        return found.length ? found.filter((f) => !partnerInParagraph(pairs, k, f.text)) : found;
      }),
      documentFlags: [],
    };
  },
};
