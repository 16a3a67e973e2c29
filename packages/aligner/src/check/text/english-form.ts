import type { CheckInput } from "../../types.ts";

/**
 * "The form follows the English": a form the form checks flag (a space before a mark, a spaced hyphen, a mark glued
 * between two tokens, a doubled word) is a translator's or a machine's artefact only where the Portuguese departs from
 * the English. Where the English shows the same form at the same place, it is the source's own writing (a code
 * token kept apart from its stop, a range "C1 - C6", an argument list "low,high"), carried over as it is.
 *
 * "The same place" is anchored on a token the two languages write alike: an identifier, code, a name, a figure. A
 * translated word never anchors (it differs by definition; one both languages happen to share, "total", "menu",
 * would anchor a real slip on chance), so a form that the English has elsewhere in the text proves nothing.
 *
 * The pair's own English is asked first. When it is missing or thin (the segmenter or the aligner paired other
 * sentences with this one, a 2:1 pair), the English of the pairs beside it is asked too: the same anchor and the
 * same form there is the same place in the source, paired apart.
 */

/** Below this share of the Portuguese's letters, a pair's English is too thin to hold all of its text. */
const THIN_SHARE = 0.5;

const LETTER = /\p{L}/gu;
const letters = (text: string): number => text.match(LETTER)?.length ?? 0;

/** Whether the pair's English is missing or too short to hold its Portuguese: its text may sit in a neighbour's English. */
export function thinEnglish(pair: Pick<CheckInput, "pt" | "en">): boolean {
  if (!pair.en?.trim()) return true;
  return letters(pair.en) < THIN_SHARE * letters(pair.pt);
}

/** The English a form of the pair's Portuguese is looked for in: the pair's own, and its neighbours' when it is thin. */
export function englishAround(pair: Pick<CheckInput, "pt" | "en" | "prevEn" | "nextEn">): string[] {
  const own = pair.en?.trim() ? [pair.en] : [];
  if (!thinEnglish(pair)) return own;
  return [...own, ...[pair.prevEn, pair.nextEn].filter((e): e is string => e !== undefined && e.trim() !== "")];
}

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const OPENING = /^[(["“‘'«]+/u;
const CLOSING = /[,.;:!?)\]"”’'»]+$/u;
/** Something no word of prose has: a figure, a character of code, a capital (a name, an acronym, camelCase), a joiner inside, an option's dash. */
const LITERAL = /[\p{N}\p{Lu}_$%@#&*=<>/\\{}[\]|~^`]|\p{L}[-.:]+\p{L}|^-{1,2}\p{L}/u;

/** A token without the brackets, quotes and marks a sentence wraps around it ("(N" → "N", "1," → "1"). */
export const tokenCore = (token: string): string => token.replace(OPENING, "").replace(CLOSING, "");

/** Whether a token is written alike in both languages: an identifier, code, a name or a figure, never a word of prose. */
export const sharedLiteral = (token: string): boolean => LITERAL.test(tokenCore(token));

/** The token of `text` right before `end` and right after `start`: a run of non-spaces, or (inside a glued token) of letters and figures. */
const SPACED_BEFORE = /\S*$/u;
const SPACED_AFTER = /^\S*/u;
const GLUED_BEFORE = /[\p{L}\p{N}_]*$/u;
const GLUED_AFTER = /^[\p{L}\p{N}_]*/u;
/** How far back a token before the form may reach. */
const MAX_TOKEN = 80;

export interface FormAnchors {
  /** The Portuguese before the form: its last token is the anchor on that side (none when the form opens the text). */
  before?: string;
  /** The Portuguese after the form: its first token is the anchor on that side. */
  after?: string;
  /**
   * "either" (the default): one literal anchor the same on its side is the same place. "both": both tokens the same,
   * literal or not (two tokens glued by the same mark, "low,high", are the original's, whatever they are).
   */
  sides?: "either" | "both";
  /**
   * What makes a token an anchor on its side ("either"): by default `sharedLiteral`, either side. A caller may be
   * stricter (a hyphen is a minus before a figure, not after a year) or, when its `where` is strong evidence, looser.
   */
  literal?: (token: string, side: "before" | "after") => boolean;
  /** A further condition on the English's form at `at` (the English leaves the same bracket open there). */
  where?: (en: string, at: number) => boolean;
}

/**
 * Whether the English around the pair (`englishAround`) shows `form` at the place the Portuguese has it: the same
 * token right before it or right after it (see `FormAnchors`). `form` is the form as written (" .", " - ", ",",
 * ". "): on a side where it opens or closes on a space, the anchor is the run of non-spaces there; on a side where it
 * is glued, the letters and figures there ("co,mando": "co" and "mando").
 */
export function englishShowsForm(pair: Pick<CheckInput, "pt" | "en" | "prevEn" | "nextEn">, form: string, anchors: FormAnchors): boolean {
  const sides = anchors.sides ?? "either";
  const literal = anchors.literal ?? ((token: string) => sharedLiteral(token));
  const beforePattern = /^\s/u.test(form) ? SPACED_BEFORE : GLUED_BEFORE;
  const afterPattern = /\s$/u.test(form) ? SPACED_AFTER : GLUED_AFTER;
  const before = anchors.before === undefined ? "" : tokenCore(beforePattern.exec(anchors.before.slice(-MAX_TOKEN))![0]);
  const after = anchors.after === undefined ? "" : tokenCore(afterPattern.exec(anchors.after.slice(0, MAX_TOKEN))![0]);
  const anchorBefore = before !== "" && literal(before, "before");
  const anchorAfter = after !== "" && literal(after, "after");
  if (sides === "both" ? !before || !after : !anchorBefore && !anchorAfter) return false;
  for (const en of englishAround(pair)) {
    for (let at = en.indexOf(form); at >= 0; at = en.indexOf(form, at + 1)) {
      const enBefore = tokenCore(beforePattern.exec(en.slice(Math.max(0, at - MAX_TOKEN), at))![0]);
      const enAfter = tokenCore(afterPattern.exec(en.slice(at + form.length, at + form.length + MAX_TOKEN))![0]);
      const sameBefore = before !== "" && enBefore === before;
      const sameAfter = after !== "" && enAfter === after;
      if (anchors.where && !anchors.where(en, at)) continue;
      if (sides === "both" ? sameBefore && sameAfter : (sameBefore && anchorBefore) || (sameAfter && anchorAfter)) return true;
    }
  }
  return false;
}

