/**
 * The words a hard anchor is made of (hard-anchors.ts compares them between a pair's sides):
 * what kind of token a word is (a literal such as a number or an identifier, or a name), the
 * pieces it is compared by, and the places where a capital or a number says nothing (a
 * sentence's first word, a leading section number).
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
