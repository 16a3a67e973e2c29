import { foldWord } from "./en-stem.ts";
import type { SideFeatures } from "./segment-features.ts";

/**
 * Hard anchors: what translation leaves as it is (numbers, identifiers, file and host names,
 * names), compared between a pair's two sides. A pair whose sides each hold such a thing the
 * other lacks, although the other document has it, contradicts itself: "http://lilybin.com" ⇄
 * "http://www.omet.ca/", "(detalhes de Glossary)" ⇄ "(details of Learning)" (LilyPond pages of
 * another version, tune half, at 0.97–0.99). Its words may still match well (the rest of a
 * sentence is boilerplate), so the confidence model counts the contradiction on its own.
 *
 * Only contradictions both ways count: one side alone holding a name is what translation does
 * all the time ("o sistema" for "Debian's system", a number spelt out), and another version's
 * extra clause too.
 */

/** SideFeatures' per-form hard kinds: a literal (number, identifier), or a name (capitalised word). */
export const NOT_HARD = 0;
export const LITERAL = 1;
export const NAME = 2;

/** Joiners inside a word token ("ida.org", "31-bit", "Debian's") and letter–digit seams: the pieces between them are compared. */
const PIECE_BREAKS = /[.,'’-]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const DIGIT = /\d/u;
/** A digit, an inner capital ("handL0k", "GIMPLite"), or a dot between letters ("index.html"). */
const LITERAL_SHAPE = /\p{N}|\p{Ll}\p{Lu}|\p{L}\.\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;

/** What kind of hard anchor a word token is (names are decided again by position: hardPieceOf). */
export function hardKind(tok: string): number {
  if (LITERAL_SHAPE.test(tok)) return LITERAL;
  return CAPITALISED.test(tok) ? NAME : NOT_HARD;
}

/**
 * The comparable pieces of a token: folded, split at joiners and where letters meet digits
 * ("300GB" meets "300 GB", "UCS-2" meets "UCS 2"), a plural "s" dropped (so "CDs" meets "CD",
 * "URIs" meets "URI", on either side alike); single letters and the pieces of every web
 * address say nothing.
 */
export function tokenPieces(tok: string): string[] {
  const out: string[] = [];
  for (const raw of foldWord(tok).split(PIECE_BREAKS)) {
    if (!raw) continue;
    const p = raw.length >= 3 && raw.endsWith("s") && !raw.endsWith("ss") && !DIGIT.test(raw) ? raw.slice(0, -1) : raw;
    if ((p.length >= 2 || DIGIT.test(p)) && !EVERYWHERE.has(p)) out.push(p);
  }
  return out;
}

/**
 * Whether the word at `start` is the host of a web or e-mail address ("http://lilybin.com",
 * "dwheeler@ida.org"): never translated, so the other side lacking it contradicts the pair even
 * when the other document has it nowhere (another version's address). The pieces of a path may
 * be translated ("debian/pacote.install" for "debian/package.install"), and numbers are
 * renumbered (footnotes "[14]" for "[16]"): those count only when the other document has them.
 */
export function isAddressHost(text: string, start: number): boolean {
  return text[start - 1] === "@" || text.startsWith("://", start - 3);
}

/**
 * A piece in more segments of the other document than this tells no segment from another
 * ("APT" in every paragraph of its manual; "URL" the translator writes for every "URI").
 */
export const MAX_ANCHOR_SEGMENTS = 3;

/** Pieces of every web address: too common to contradict anything. */
const EVERYWHERE = new Set(["http", "https", "www", "org", "com", "net", "html", "htm"]);

/** Characters that open a sentence or a quotation before a word: a capital after them is only the sentence's. */
const OPENERS = new Set([..."\"“‘'([«¿¡*•–—-"]);
const SENTENCE_ENDS = new Set([..."."+"!?:…"]);

/** Whether the word at `start` of `text` opens a sentence (its capital says nothing about a name). */
export function opensSentence(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === " " || OPENERS.has(text[k]!))) k--;
  return k < 0 || SENTENCE_ENDS.has(text[k]!);
}

/** A leading section or item number ("14.20.3.2.", "3)"): the Portuguese numbers its headings where the English may not. */
export function isSectionNumber(text: string, start: number, end: number): boolean {
  if (start !== 0) return false;
  const tok = text.slice(start, end);
  return /^\d+(?:\.\d+)*$/u.test(tok) && (tok.includes(".") || text[end] === "." || text[end] === ")");
}

/**
 * How many hard pieces of the bead's Portuguese [p0, p1) the English document has but the
 * bead's English [e0, e1) lacks, and the other way round.
 */
export function anchorConflict(pt: SideFeatures, en: SideFeatures, p0: number, p1: number, e0: number, e1: number): { ptOnly: number; enOnly: number } {
  const ptOnly = missing(pt, en, p0, p1, e0, e1);
  // Both ways or nothing: the second count is needed only when the first found one.
  return { ptOnly, enOnly: ptOnly ? missing(en, pt, e0, e1, p0, p1) : 0 };
}

function missing(from: SideFeatures, to: SideFeatures, f0: number, f1: number, t0: number, t1: number): number {
  let count = 0;
  for (let s = f0; s < f1; s++) {
    for (const coded of from.hardPieces[s]!) {
      const piece = coded >> 1;
      // Absent from the other document: translated, or another version's; common there: says
      // nothing of this segment. Neither excuses an address's host (see isAddressHost).
      const df = piece < to.pieceSegments.length ? to.pieceSegments[piece]! : 0;
      if (!(coded & 1) && (df === 0 || df > MAX_ANCHOR_SEGMENTS)) continue;
      if (!holdsPiece(to, t0, t1, piece)) count++;
    }
  }
  return count;
}

/** Whether a segment in [s0, s1) has a word with this piece (a bead's side is a few dozen words: a scan is cheaper than a set). */
function holdsPiece(side: SideFeatures, s0: number, s1: number, piece: number): boolean {
  for (let t = side.tokStart[s0]!; t < side.tokStart[s1]!; t++) {
    const form = side.tokForm[t]!;
    for (let k = side.formPieceStart[form]!; k < side.formPieceStart[form + 1]!; k++) if (side.formPieces[k] === piece) return true;
  }
  return false;
}
