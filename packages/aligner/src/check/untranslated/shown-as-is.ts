import type { CheckInput } from "../../types.ts";
import { words, type Word } from "../text/words.ts";
import { lastRun } from "../text/last-run.ts";
import { maskLiterals } from "../../normalize/literal-spans.ts";
import { isReferenceEntry } from "./reference-entry.ts";
import { isLabelledLine } from "./literal-line.ts";
import { letterOrDigitAt, literalAt } from "../text/spaced-words.ts";
import { literalByShape } from "./literal-shape.ts";

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Text a translated document shows exactly as the English does, by where it stands rather than by
 * what it says: the first line of a listing, a display its Portuguese introduction announces, a
 * name spelled out, a cited work's title. Consulted by the identical check, whose pair is the
 * English word for word: the question is only whether the reader is meant to see it so.
 */

const LINE_BREAK = /^[ \t]*\n[ \t]*$/u;

/**
 * The first line of a block of lines (a single line break after it, no blank line): a screen's
 * menu ("Debian GNU/Linux installer boot menu" above "Graphical install"), an example file's
 * first line. The block's other lines are literal lines already (a line break before them). A
 * header's labelled line ("Original Article Title: Sam Altman on Sora…" above "Original Source:
 * a16z") is prose in any block, as it is for the literal-line test.
 */
export const opensBlock = (pair: CheckInput): boolean => pair.gapAfter !== undefined && LINE_BREAK.test(pair.gapAfter) && !isLabelledLine(pair.pt);

// The end of a prompt, waiting for the reader's input: "…or ENTER to boot:", "boot:", "$", "#", ">".
const PROMPT_END = /[:>$#]$/u;
// An entry a colon introduces: a name, a dash, its purpose ("MTIOCTOP — perform a tape operation").
const ENTRY = /^\S+(?: \S+)? [—–-] /u;
/** Lines of output or of a file run on: four words at least, one in lower case. */
const MIN_DISPLAY_WORDS = 4;

/** A prompt, or a line of output or of a file: not an entry of a list, not a label of capitalised words. */
function displayed(text: string): boolean {
  if (PROMPT_END.test(text)) return true;
  if (ENTRY.test(text)) return false;
  const ws = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return ws.length >= MIN_DISPLAY_WORDS && ws.some((w) => LOWER_FIRST.test(w));
}

/**
 * A display the Portuguese introduces with a colon and sets on lines of its own: "…pode ser escrito
 * o comando de arranque:" then "Press F1 for the help index, or ENTER to boot:", the prompt as the
 * screen prints it; "Esse formato é uma série de entradas como esta:" then the entries; a program's
 * output after "…mostra:". The introduction is the translator's Portuguese, not more English kept
 * as it is; a label continued on its line ("Align Threshold: Se dois pontos…") is no display, and
 * neither is an entry a colon introduces ("…em mtio.h:" then "MTIOCTOP — executa uma operação").
 */
export function introducedDisplay(pair: CheckInput): boolean {
  const prev = pair.prevPt?.trimEnd();
  if (!prev?.endsWith(":") || !displayed(pair.pt.trim())) return false;
  if (pair.prevEn !== undefined && prev === pair.prevEn.trimEnd()) return false;
  const ownLine = (gap: string | undefined) => gap === undefined || gap.includes("\n");
  return ownLine(pair.gapBefore) && ownLine(pair.gapAfter);
}

// The previous pair's last word, read from its tail (see lastRun).
const LAST_WORD = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u;

/**
 * A name spelled out after the name itself, its initials the name: "anna" then "Anna's Not Nearly
 * APT." (a recursive acronym, as GNU's). The expansion is the name's, kept in every translation.
 */
export function spellsPreviousName(pair: CheckInput, ws: readonly Word[]): boolean {
  if (ws.length < 2 || pair.prevPt === undefined) return false;
  const name = lastRun(LAST_WORD, pair.prevPt);
  return name !== undefined && name.length === ws.length && ws.every((w, k) => w.text[0]!.toLowerCase() === name[k]!.toLowerCase());
}

// A coined name: a capital inside a word ("LilyPond", "PostScript"), as no common word is written.
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/**
 * A title of capitalised words holding a coined name: "LilyPond Snippet Repository:", a
 * product's or a resource's own name, which a translation quotes as it is.
 */
export const namesCoinedThing = (ws: readonly Word[]): boolean =>
  ws.length >= 2 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text)) && ws.some((w) => INNER_CAPITAL.test(w.text));

// A link's address alone on its line, with or without angle brackets: "http://bugs.debian.org/src:apt", "<https://…>".
const ADDRESS_LINE = /^<?(?:https?|ftp|file):\/\/\S+>?$/u;

/**
 * A link's title, its address on the next line (a man page's NOTES: "1. Debian Policy Manual" then
 * "https://www.debian.org/doc/debian-policy/"): the cited page's name as it is published.
 */
export const linkTitle = (pair: CheckInput): boolean =>
  pair.nextPt !== undefined && (pair.gapAfter === undefined || pair.gapAfter.includes("\n")) && ADDRESS_LINE.test(pair.nextPt.trim());

/** A copyright mark and its years, ending where a credited name starts: "Copyright © 2004 ", "(c) 1999-2003, ". */
const CREDIT_BEFORE = /(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–,]\s*\d{4})*,?\s*)?$/u;

/** Whether `text` credits `name` with a copyright: the mark (and years) right before it, and the name whole at its end. */
function credits(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!letterOrDigitAt(text, at + name.length) && literalAt(text, name, at) && CREDIT_BEFORE.test(text.slice(0, at))) return true;
  }
  return false;
}

/**
 * A person's name that the neighbouring text credits with a copyright ("Carol Spears." before
 * "Copyright © 2004 Carol Spears."): the author line of a bibliography's entry.
 */
export function creditedName(pair: CheckInput, ws: readonly Word[]): boolean {
  if (ws.length < 2 || ws.length > 4 || !ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return false;
  const name = pair.pt.trim().replace(/[.,;]$/u, "");
  return [pair.prevPt, pair.nextPt].some((n) => n !== undefined && credits(n, name));
}

/**
 * A cited work's title, the rest of its entry following on the same line ("• Information
 * technology — … — Part 1: Architecture and Basic Multilingual Plane." then "International
 * Standard ISO/IEC 10646-1, …, Genebra, 2000."): a title keeps the language it was published in.
 */
export const citedTitle = (pair: CheckInput): boolean =>
  pair.nextPt !== undefined && (pair.gapAfter === undefined || !pair.gapAfter.includes("\n")) && isReferenceEntry(pair.nextPt);

// A program's message as it prints it, its name and a colon first: "dpkg: warning: …", "dpkg-source: info: …",
// apt's "E: Unable to locate package foo" and "W: …". A heading or a label of words starts with a capital word.
const PROGRAM_MESSAGE = /^(?:\p{Ll}[\p{Ll}\p{N}._+-]*|[EWN]):\s+\S/u;
/** A program's message quoted as the program prints it ("dpkg: error: …", "E: …"). */
export const programMessage = (pt: string): boolean => PROGRAM_MESSAGE.test(pt.trim());

/**
 * The rest of a sentence the previous pair began, both shown as the English has them: the previous
 * Portuguese is its English word for word and ends with a comma, and this pair goes on in lower case
 * ("* Handle empty minimum versions when initializing dependency versions," then "as the code is
 * mapping the minimum version 0…", a changelog entry of an example cut at its line). Whatever the
 * first part is, this one is the same sentence: the first part's verdict is the finding. (A name
 * and then its purpose, "continue" then "keyword to pass control…", are two texts.)
 */
export function continuesShownText(pair: CheckInput): boolean {
  if (pair.prevPt === undefined || pair.prevEn === undefined || !LOWER_FIRST.test(pair.pt.trim())) return false;
  const prev = pair.prevPt.trim();
  return prev.endsWith(",") && prev === pair.prevEn.trim();
}

/**
 * A pair identical to its English that stands where text is shown as it is, or that is a name:
 * what the identical check excuses by position, every untranslated check excuses, so a listing's
 * first line is not flagged as an English sentence instead. So is a line literal by its own shape
 * (literal-shape.ts: "update-alternatives --install link name path priority", "dh_install debian/tmp/usr/bin/foo
 * usr/bin"), which franc or the English words would otherwise take for prose.
 */
export function shownAsIs(pair: CheckInput): boolean {
  if (pair.en === undefined || pair.pt.trim() !== pair.en.trim()) return false;
  if (literalByShape(pair.pt.trim())) return true;
  if (opensBlock(pair) || introducedDisplay(pair) || citedTitle(pair) || linkTitle(pair) || continuesShownText(pair) || programMessage(pair.pt)) return true;
  const ws = words(maskLiterals(pair.pt.trim()));
  return spellsPreviousName(pair, ws) || namesCoinedThing(ws) || creditedName(pair, ws);
}
