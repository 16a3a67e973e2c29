import type { Speller } from "../../types.ts";
import { execAll } from "../text/exec-all.ts";

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const ANY_LOWER = /\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;

/**
 * Labels the Portuguese copies from the English as they stand: the whole of a quotation, a
 * parenthesis or a breadcrumb's step ("“Floyd-Steinberg”", "do tipo "Axes"", "Scilab Help >>
 * Sparse Matrix Conversion > sp2adj"). The English capitalises a label as the interface or the
 * type spells it; copied with a capital lost ("do tipo "axes"", "sparse matrix conversion") it is
 * no longer the label, whatever Portuguese does with its own words.
 */

/** The text between two delimiters: quotes, brackets, a line break or a breadcrumb's ">"/">>". */
const LABEL = /(?<=^|[“”"«»()[\]\n]|\s>>?\s)[^“”"«»()[\]\n>]+(?=$|[“”"«»()[\]\n]|\s>>?\s)/gu;

/** A label is short: a name, an option, a dialog's or a type's title, not a sentence. */
const MAX_LABEL_WORDS = 5;

interface Label {
  start: number;
  end: number;
  text: string;
  /** Between quotes: a label named as such ("the type "Axes"", "“Angular”"), not a word in brackets. */
  quoted: boolean;
}

const QUOTES = /^["“”«»]$/u;

const SPACES = /\s+/gu;

/**
 * Whether `text.split(/\s+/u)` has more than `max` pieces, counted only as far as `max`: the first
 * label of every text is the text itself up to its first quote or bracket, most often a whole sentence.
 */
function moreWordsThan(text: string, max: number): boolean {
  SPACES.lastIndex = 0;
  for (let pieces = 1; SPACES.exec(text); ) {
    if (++pieces > max) {
      SPACES.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** Every character LABEL's delimiters hold. */
const DELIMITER = /[“”"«»()[\]\n>]/u;

/** The labels of `text`; `shortcut` false always runs LABEL (the tests hold the two to the same answer). */
export function labels(text: string, shortcut = true): Label[] {
  const out: Label[] = [];
  // Without a delimiter (most texts) LABEL's one match is the whole text: no pattern tried at every offset to find it.
  if (shortcut && !DELIMITER.test(text)) {
    if (text) addLabel(out, text, 0, text);
    return out;
  }
  for (const m of execAll(LABEL, text)) addLabel(out, text, m.index, m[0]);
  return out;
}

/** The label of LABEL's match `raw` at `index`, if it is one (see MAX_LABEL_WORDS). */
function addLabel(out: Label[], text: string, index: number, raw: string): void {
  const lead = raw.length - raw.trimStart().length;
  // The trimmed text has the body's letters and spaces (the stops cut below have none): a sentence (most texts) is
  // ruled out before its copy without the stop is made.
  const trimmed = raw.trim();
  if (!ANY_LETTER.test(trimmed) || moreWordsThan(trimmed, MAX_LABEL_WORDS)) return;
  // A stop, comma or colon closing the step is punctuation, not the label's ("Strings.", "Opções:").
  const body = trimmed.replace(/[.,;:!?]+$/u, "");
  const end = index + raw.length;
  out.push({ start: index + lead, end: index + lead + body.length, text: body, quoted: QUOTES.test(text.charAt(index - 1)) && QUOTES.test(text.charAt(end)) });
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * The words of a Portuguese label that lost their English capitals, where the English has that
 * label, letter for letter otherwise, as one of its own labels. Only a label holding a word that
 * is no Portuguese word, or one both texts quote, is a copy: "(Normal)" may be the Portuguese
 * word "normal", "(Help)" can only be the English kept, and "“Angular”" quoted names the option.
 */
export function copiedLabelsLowered(pt: string, en: string | undefined, speller: Speller | undefined): { start: number; end: number; form: string }[] {
  if (!en || !speller) return [];
  const mine = labels(pt).filter((l) => ANY_LOWER.test(l.text));
  if (!mine.length) return [];
  // One English form per label; a label the English writes two ways ("Hue-Saturation-Value (hue-saturation-value)") says nothing.
  const english = new Map<string, string>();
  for (const l of labels(en)) {
    const key = l.text.toLowerCase();
    const had = english.get(key);
    english.set(key, had === undefined || had === l.text ? l.text : "");
  }
  const out: { start: number; end: number; form: string }[] = [];
  for (const l of mine) {
    const form = english.get(l.text.toLowerCase());
    if (!form || form === l.text || form.length !== l.text.length) continue;
    const ws = execAll(WORD, l.text);
    // A label of Portuguese words too is a copy when both texts quote it; in brackets it may be a translation.
    if (!(l.quoted && quotedIn(en, form)) && !ws.some((w) => !/\p{N}/u.test(w[0]) && !speller.correct(w[0].toLowerCase()))) continue;
    for (const w of ws) {
      const want = form.slice(w.index, w.index + w[0].length);
      if (want !== w[0] && lostOnly(w[0], want)) out.push({ start: l.start + w.index, end: l.start + w.index + w[0].length, form: want });
    }
  }
  return out;
}

/** Whether the English has `form` between quotes. */
const quotedIn = (en: string, form: string): boolean => labels(en).some((l) => l.quoted && l.text === form);

/** Capitals lost and none gained. */
function lostOnly(text: string, form: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const a = text[i]!;
    const b = form[i]!;
    if (a !== b && a !== b.toLowerCase()) return false;
  }
  return true;
}

/** A help trail's root before ">>", and a step after it: "Scilab Help >> Funções Elementares > cos". */
const TRAIL_ROOT = /^([\p{L}][\p{L}\p{N}-]*(?: [\p{L}][\p{L}\p{N}-]*){1,3}) >> [^\n]* > /gmu;

/**
 * The root of a help trail in Title Case with a word lost its capital ("Scilab help >> …"), where
 * no English says how the root is written: the root names the help system, an English title
 * every page of the help repeats, so a word of it no Portuguese dictionary knows keeps its capital.
 * Not when the pair's English writes the root (copiedLabelsLowered compares it letter for letter).
 */
export function trailRootLowered(pt: string, en: string | undefined, speller: Speller | undefined): { start: number; end: number; form: string }[] {
  if (!speller || !pt.includes(" >> ")) return [];
  const out: { start: number; end: number; form: string }[] = [];
  for (const m of execAll(TRAIL_ROOT, pt)) {
    const root = m[1]!;
    if (en?.toLowerCase().includes(`${root.toLowerCase()} >>`)) continue;
    const ws = execAll(WORD, root);
    // Every word English (no Portuguese word), the first capitalised: an English title kept as it is.
    if (!/^\p{Lu}/u.test(root) || ws.some((w) => speller.correct(w[0].toLowerCase()))) continue;
    for (const w of ws) if (/^\p{Ll}+$/u.test(w[0])) out.push({ start: m.index + w.index, end: m.index + w.index + w[0].length, form: w[0][0]!.toUpperCase() + w[0].slice(1) });
  }
  return out;
}
