import { foldWord } from "./en-stem.ts";
import { hasLowerCase, holdsPiece, isAddressHost, isSectionNumber, LITERAL, NOT_HARD, opensSentence, tokenPieces } from "./hard-tokens.ts";
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

/**
 * A piece in more segments of the other document than this tells no segment from another
 * ("APT" in every paragraph of its manual; "URL" the translator writes for every "URI").
 */
export const MAX_ANCHOR_SEGMENTS = 3;

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
  let other: string | undefined;
  for (let s = f0; s < f1; s++) {
    for (let t = from.tokStart[s]!; t < from.tokStart[s + 1]!; t++) {
      const w = from.tokForm[t]!;
      if (from.formHard[w] === NOT_HARD) continue;
      const anchors = (from.formAnchors[w] ??= formAnchors(from, to, w));
      if (!anchors.candidate) continue;
      const text = from.segments[s]!.text;
      const start = from.tokPos[t]!;
      if (from.formHard[w] === LITERAL) {
        if (isSectionNumber(text, start, start + from.formFolded[w]!.length)) continue;
      } else if (from.segments[s]!.kind === "heading" || opensSentence(text, start) || !hasLowerCase(text)) {
        // A heading's or a title's capitals are its style, and a sentence's first capital is the sentence's.
        continue;
      }
      const host = isAddressHost(text, start);
      for (const { piece, ids, segments } of anchors.pieces) {
        // Absent from the other document: translated, or another version's; common there: says
        // nothing of this segment. Neither excuses an address's host (see isAddressHost).
        if (!host && (segments === 0 || segments > MAX_ANCHOR_SEGMENTS)) continue;
        // Most pieces are a word of the other side as they stand: found by key, with no text made.
        if (tokensHold(to, t0, t1, ids)) continue;
        // Folded as the pieces are, for a plural or a piece of a longer word ("31" in "31-bit").
        other ??= foldWord(to.segments.slice(t0, t1).map((x) => x.text).join(" \u0000 "));
        if (!holdsPiece(other, piece)) count++;
      }
    }
  }
  return count;
}

/** A hard form's pieces as the other side has them (SideFeatures.formAnchors), made once per form. */
export interface FormAnchors {
  /** Whether any piece could contradict: one the other side has in 1–MAX_ANCHOR_SEGMENTS segments, or a host-like literal ("lilybin.com"). */
  candidate: boolean;
  pieces: Array<{ piece: string; ids: number[]; segments: number }>;
}

function formAnchors(from: SideFeatures, to: SideFeatures, w: number): FormAnchors {
  const folded = from.formFolded[w]!;
  const pieces = tokenPieces(folded).map((piece) => {
    const ids = keyIds(to, piece);
    let segments = 0;
    for (const id of ids) segments = Math.max(segments, to.keySegments[id]!);
    return { piece, ids, segments };
  });
  const candidate = (from.formHard[w] === LITERAL && DOTTED.test(folded)) || pieces.some((p) => p.segments > 0 && p.segments <= MAX_ANCHOR_SEGMENTS);
  return { candidate, pieces };
}
const DOTTED = /[a-z]\.[a-z]/;

/** The ids of the keys a piece is a whole word under on a side (the folded word, its plural, or the number), among that side's keys. */
function keyIds(side: SideFeatures, piece: string): number[] {
  const out: number[] = [];
  for (const key of DIGITS_ONLY.test(piece) ? [`n:${piece}`, `w:${piece}`] : [`w:${piece}`, `w:${piece}s`]) {
    const id = side.keyTable.find(key);
    if (id >= 0 && id < side.keySegments.length) out.push(id);
  }
  return out;
}
const DIGITS_ONLY = /^\d+$/;

/** Whether a word of segments [s0, s1) has one of the keys as its first (its folded word or number). */
function tokensHold(side: SideFeatures, s0: number, s1: number, ids: readonly number[]): boolean {
  if (!ids.length) return false;
  for (let t = side.tokStart[s0]!; t < side.tokStart[s1]!; t++) if (ids.includes(side.keys[side.keyStart[t]!]!)) return true;
  return false;
}
