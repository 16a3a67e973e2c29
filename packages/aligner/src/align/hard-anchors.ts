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

/*
 * No \p{…} regexes here: V8 builds their Unicode tables when one first runs, a tenth of a
 * second a process that aligns once pays (10k × 10k, cold). Case is read with toUpperCase and
 * toLowerCase, which know Unicode too.
 */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isJoiner = (ch: string) => ch === "." || ch === "," || ch === "'" || ch === "’" || ch === "-";
const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isLower = (ch: string) => ch !== ch.toUpperCase();

/** What kind of hard anchor a word token is (a name is decided again by its place: opensSentence). */
export function hardKind(tok: string): number {
  // A digit, an inner capital ("handL0k", "GIMPLite"), or a dot between letters ("index.html"): a literal.
  let upperFirst = false;
  for (let i = 0; i < tok.length; i++) {
    const ch = tok[i]!;
    const c = ch.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) continue;
    if (isDigit(c)) return LITERAL;
    if (ch === "." && i > 0 && i + 1 < tok.length && !isJoiner(tok[i - 1]!) && !isJoiner(tok[i + 1]!)) return LITERAL;
    if (isUpper(ch)) {
      if (i === 0) upperFirst = true;
      else if (isLower(tok[i - 1]!)) return LITERAL;
    }
  }
  return upperFirst ? NAME : NOT_HARD;
}

/** Whether a text has a lower-case letter (a title in capitals has none). */
export function hasLowerCase(text: string): boolean {
  // Most texts have one within a few characters: no upper-cased copy of the text.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
    if (c >= 0x80 && isLower(text[i]!)) return true;
  }
  return false;
}

/**
 * The comparable pieces of a token, given folded (en-stem.ts foldWord): split at joiners and
 * where letters meet digits ("300GB" meets "300 GB", "UCS-2" meets "UCS 2"), a plural "s"
 * dropped (so "CDs" meets "CD", "URIs" meets "URI", on either side alike); single letters and
 * the pieces of every web address say nothing.
 */
export function tokenPieces(folded: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= folded.length; i++) {
    const seam = i === folded.length || isJoiner(folded[i]!) || isDigit(folded.charCodeAt(i)) !== isDigit(folded.charCodeAt(i - 1));
    if (!seam) continue;
    addPiece(out, folded.slice(start, i));
    while (i < folded.length && isJoiner(folded[i]!)) i++;
    start = i;
  }
  return out;
}

function addPiece(out: string[], raw: string): void {
  if (!raw || isJoiner(raw[0]!)) return;
  const digits = isDigit(raw.charCodeAt(0));
  const p = !digits && raw.length >= 3 && raw.endsWith("s") && !raw.endsWith("ss") ? raw.slice(0, -1) : raw;
  if ((p.length >= 2 || digits) && !EVERYWHERE.has(p)) out.push(p);
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

/** Whether a folded text has the piece as a word or a piece of one ("cd" in "cds", "31" in "31-bit", "300" in "300gb"). */
export function holdsPiece(folded: string, piece: string): boolean {
  for (let at = folded.indexOf(piece); at >= 0; at = folded.indexOf(piece, at + 1)) {
    if (at > 0 && continues(folded.charCodeAt(at - 1), folded.charCodeAt(at))) continue;
    const end = at + piece.length;
    if (end < folded.length && continues(folded.charCodeAt(end), folded.charCodeAt(end - 1))) {
      // Only a plural "s" may follow, and the word must end there.
      if (folded[end] !== "s" || (end + 1 < folded.length && continues(folded.charCodeAt(end + 1), S))) continue;
    }
    return true;
  }
  return false;
}
const S = 0x73;

/** Whether character c goes on with the piece whose character beside it is `beside`: letters go on letters, digits digits. */
function continues(c: number, beside: number): boolean {
  const kind = charKind(c);
  return kind !== 0 && kind === charKind(beside);
}

/** 1 for a digit, 2 for a letter (one with case: the folded texts are Latin), 0 for anything else. */
function charKind(c: number): number {
  if (isDigit(c)) return 1;
  if (c >= 0x61 && c <= 0x7a) return 2;
  const ch = String.fromCharCode(c);
  return c >= 0x80 && (isUpper(ch) || isLower(ch)) ? 2 : 0;
}
