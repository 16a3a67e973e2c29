import { literalSpansOfKinds, type LiteralKind } from "../../normalize/literal-spans.ts";
import { managerCommandHead } from "../../normalize/literal-patterns.ts";
import { isSentenceStart, words } from "../text/words.ts";
import { execAll } from "../text/exec-all.ts";

/** Literal kinds whose text a translation copies as it is. */
const COPIED: ReadonlySet<LiteralKind> = new Set<LiteralKind>(["code", "path", "file", "host", "url", "email", "option", "version"]);
/** With commands: of a command only its manager and subcommand are copied ("apt-get install"); its arguments may be placeholders a translation translates. */
const COPIED_OR_COMMAND: ReadonlySet<LiteralKind> = new Set<LiteralKind>([...COPIED, "command"]);

/**
 * The English's tokens a translation keeps letter for letter: code, paths, file and host names,
 * options, and words written as names of things (ALL CAPS, inner capitals, digits, underscores).
 * "Names and code tokens come from the English side": no term list is needed to know that
 * "DPKG_ROOT", "Acquire::IndexTargets" or "Makefile" must reach the Portuguese unchanged.
 */
const PLAIN = /^\p{Ll}+$/u;
const HYPHENATED_NAME = /(?<![\p{L}\p{N}_-])[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)+(?![\p{L}\p{N}_-])/gu;

export interface EnglishToken {
  text: string;
  /** Code or a coined name: any change is a finding. A plain capitalised word may have a Portuguese neighbour ("Figure", "Figura"). */
  coined: boolean;
  /** Only a space slipped into it counts ("MS-Wi ndows"): a hyphenated name whose case or accents translators adapt. */
  splitOnly?: boolean;
}

const HYPHEN_CAPITAL = /-\p{Lu}/u;
// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const CAPITALS_RUN = /^\p{Lu}[\p{Lu}\p{N}_]+$/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether a word has no capital and no digit, so no rule below can keep it: by character codes for
 * ASCII (most words), by pattern otherwise. The same answer as PLAIN for the words that reach it.
 */
function noCapitalOrDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return PLAIN.test(t);
    if (c <= 90) return false;
  }
  return true;
}

const OTHER_SCRIPT = 0;
const CODE = 1;
const CAPITALISED_SHAPE = 2;
const PLAIN_SHAPE = 3;

/**
 * What the patterns below say of an ASCII word, by character codes: CODE where one of the first four matches
 * (capitals throughout, an inner capital, an underscore, digits with letters), else CAPITALISED_SHAPE where
 * CAPITALISED does, else PLAIN_SHAPE; OTHER_SCRIPT for a word with any other character, left to the patterns.
 * Every capitalised word of the English comes here: four patterns tried on each cost more than one pass.
 */
export function asciiShape(t: string): number {
  const first = t.charCodeAt(0);
  const firstUpper = first >= 65 && first <= 90;
  let restUpperDigitUnderscore = t.length > 1;
  let restLower = t.length > 1;
  let digit = false;
  let letter = false;
  let underscore = false;
  let innerCapital = false;
  let prevLower = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return OTHER_SCRIPT;
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    const isDigit = c >= 48 && c <= 57;
    if (upper || lower) letter = true;
    if (isDigit) digit = true;
    if (c === 95) underscore = true;
    if (upper && prevLower) innerCapital = true;
    if (i > 0) {
      if (!(upper || isDigit || c === 95)) restUpperDigitUnderscore = false;
      if (!lower) restLower = false;
    }
    prevLower = lower;
  }
  if ((firstUpper && restUpperDigitUnderscore) || innerCapital || underscore || (digit && letter)) return CODE;
  return firstUpper && restLower ? CAPITALISED_SHAPE : PLAIN_SHAPE;
}

export function englishTokens(en: string): EnglishToken[] {
  const out = new Map<string, boolean>();
  for (const s of literalSpansOfKinds(en, COPIED_OR_COMMAND)) {
    if (COPIED.has(s.kind)) out.set(en.slice(s.start, s.end), true);
    else if (s.kind === "command") {
      const head = managerCommandHead(en.slice(s.start, s.end));
      if (head) out.set(head, true);
    }
  }
  // Hyphenated names with a capital after the hyphen ("MS-Windows", "Build-Depends"): words() sees two words,
  // and a space slipped into one half ("MS-Wi ndows") would be compared with neither.
  // Only that split is looked for: a case or accent changed ("Script-fu", "Área-A") is how translators write them.
  const splitOnly = new Set<string>();
  // Most English has no capital after a hyphen: one cheap scan spares the pattern.
  if (HYPHEN_CAPITAL.test(en)) for (const m of execAll(HYPHENATED_NAME, en)) if (!out.has(m[0])) { out.set(m[0], true); splitOnly.add(m[0]); }
  for (const w of words(en)) {
    const t = w.text;
    // Most words are plain lower case: nothing to keep letter for letter, and no pattern needs to see them.
    if (t.length < 4 || noCapitalOrDigit(t) || out.has(t)) continue;
    const shape = asciiShape(t);
    if (shape === CODE || (shape === OTHER_SCRIPT && (CAPITALS_RUN.test(t) || INNER_CAPITAL.test(t) || /_/u.test(t) || (HAS_DIGIT.test(t) && HAS_LETTER.test(t))))) out.set(t, true);
    // A capital mid-sentence names a thing ("the upstream Makefile").
    else if ((shape === CAPITALISED_SHAPE || (shape === OTHER_SCRIPT && CAPITALISED.test(t))) && !isSentenceStart(en, w.start)) out.set(t, false);
  }
  return [...out].map(([text, coined]) => (splitOnly.has(text) ? { text, coined, splitOnly: true } : { text, coined }));
}

/** Damerau-Levenshtein distance at most 1: one letter changed, added, dropped, or two neighbours swapped. */
export function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
