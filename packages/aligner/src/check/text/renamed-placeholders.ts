import { lines } from "./lines.ts";

/**
 * Identifiers and placeholders the translator renamed on purpose: a function signature's
 * parameters ("KURL repositorio, KURL destino, int numVersao" for "KURL repository, KURL target,
 * int revnumber"), a code example's variables ("char umCaracter;" for "char aChar;"), a template's
 * slots ("{AAAA-MM-DD}" for "{YYYY-MM-DD}", "t1 equals t2" for "s1 equals s2"). The English has
 * another token in the same slot, so the Portuguese token is a rendering, not a name the
 * translation added, a foreign word or a typo.
 *
 * Two ways a token is in the English's slot:
 * - same skeleton: its line and an English line have the same run of tokens, punctuation for
 *   punctuation, word for word, up to it (from the line's start) or after it (to the line's end),
 *   and that run is code-like: at least one word identical in the same place (a type, a call, the
 *   command) and two marks of punctuation, or the whole line with one;
 * - same shape: it has the shape of a token of the English (letter case, digits and marks in the
 *   same places) with whole letter runs replaced ("AAAA-MM-DD" / "YYYY-MM-DD", "t1" / "s1"), not a
 *   name with two letters swapped ("KDveelop" / "KDevelop") or another number ("GPT-5" / "GPT-4").
 *
 * Asked only for the rare pair where a check is about to flag a token, never per word.
 */
export function renamedPlaceholders(pt: string, en: string, strict = false): Set<string> {
  const out = new Set<string>();
  const enLines = lines(en).map((l) => tokens(l.text));
  const enWords = new Set(enLines.flat().filter((t) => t.word).map((t) => t.text));
  for (const line of lines(pt)) {
    const ptTokens = tokens(line.text);
    for (const enTokens of enLines) {
      slotted(ptTokens, enTokens, out, strict);
      slotted([...ptTokens].reverse(), [...enTokens].reverse(), out, strict);
    }
    for (const t of ptTokens) if (t.word && !enWords.has(t.text) && [...enWords].some((e) => sameShape(t.text, e))) out.add(t.text);
  }
  return out;
}

interface Token {
  text: string;
  word: boolean;
}

/**
 * Words (with the "-", "." and "_" that join an identifier or a date pattern) and single marks; a callout's
 * number ("❸modulo") is a mark before its word.
 */
const TOKEN = /[\p{L}\p{Nd}_][\p{L}\p{N}_]*(?:[-.:][\p{L}\p{N}_]+)*|[^\s\p{L}\p{Nd}_]/gu;
const tokens = (text: string): Token[] => [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], word: /[\p{L}\p{Nd}_]/u.test(m[0][0]!) }));

/** Whether a flagged text is one of the renamed tokens, a callout's number or quotes around it aside. */
export const isRenamed = (renamed: ReadonlySet<string>, text: string): boolean =>
  renamed.has(text) || renamed.has(text.replace(/^[^\p{L}\p{Nd}_]+|[^\p{L}\p{N}_]+$/gu, ""));

/**
 * Walks both lines from their start while they keep the same skeleton; the differing words of a code-like run
 * are renamed. A slot is one word between fixed tokens: two differing words in a row are prose (a sentence
 * translated word for word has no fixed tokens between its words), and the walk ends before the first of them.
 */
function slotted(pt: readonly Token[], en: readonly Token[], out: Set<string>, strict: boolean): void {
  let n = 0;
  let marks = 0;
  let same = 0;
  let lastDiff = -2;
  let code = false;
  let typed = false;
  while (n < pt.length && n < en.length && pt[n]!.word === en[n]!.word && (pt[n]!.word || pt[n]!.text === en[n]!.text)) {
    if (!pt[n]!.word) { marks++; code ||= CODE_MARK.test(pt[n]!.text); typed ||= CALLOUT.test(pt[n]!.text); }
    else if (pt[n]!.text === en[n]!.text) { same++; typed ||= IDENTIFIER.test(pt[n]!.text); }
    else if (lastDiff === n - 1) { n = lastDiff; break; }
    else lastDiff = n;
    n++;
  }
  // A whole line with one mark is code when the mark is ("char aChar;"), not a sentence's stop ("select Continue.").
  const whole = n === pt.length && n === en.length && (code || typed);
  if (!same || marks < (whole ? 1 : 2) || (strict && !typed)) return;
  for (let k = 0; k < n; k++) if (pt[k]!.word && pt[k]!.text !== en[k]!.text && !mangled(pt[k]!.text, en[k]!.text)) out.add(pt[k]!.text);
}

const sorted = (text: string): string => [...text.toLowerCase()].sort().join("");
const bare = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
/**
 * The English's token with its characters moved or a mark lost ("logp1" for "log1p", "KIO:ksvn" for "KIO::ksvn"):
 * the same name mangled, which the checks report, not a name of the translator's.
 */
// (Two letters reversed in a short placeholder are a rendering: "er" for "re", expressão regular.)
const mangled = (pt: string, en: string): boolean => (pt.length >= 4 && sorted(pt) === sorted(en)) || bare(pt) === bare(en);

/** Marks of code: brackets, an assignment, a statement's end, quotes, a callout's number ("❸"). */
const CODE_MARK = /[(){}[\]<>=;"]|\p{No}/u;
/** A callout's number: a template's slot. */
const CALLOUT = /\p{No}/u;
/** A word kept as code writes it: a type or a call ("KURL", "QString", "app.firstFile", "drive_number"). */
const IDENTIFIER = /\p{Lu}.*\p{Lu}|_|[.:]\p{L}/u;

/** Upper case, lower case, digit or the mark itself, per character. */
const charClass = (c: string): string => (/\p{Lu}/u.test(c) ? "A" : /\p{Ll}/u.test(c) ? "a" : c);
const LETTER_RUN = /\p{L}+/gu;

/** Same length and case pattern, same digits and marks, and every letter run either kept or replaced whole. */
function sameShape(pt: string, en: string): boolean {
  // A digit or a mark gives the shape its slot ("t1", "AAAA-MM-DD"); two bare words of one length are just words.
  if (pt.length !== en.length || pt === en || !/[\p{N}\p{P}]/u.test(pt)) return false;
  for (let i = 0; i < pt.length; i++) if (charClass(pt[i]!) !== charClass(en[i]!)) return false;
  let kept = 0;
  let replaced = 0;
  for (const m of pt.matchAll(LETTER_RUN)) {
    const a = m[0];
    const b = en.slice(m.index, m.index + a.length);
    if (a === b) { kept += a.length; continue; }
    for (let i = 0; i < a.length; i++) if (a[i]!.toLowerCase() === b[i]!.toLowerCase()) return false;
    replaced += a.length;
  }
  // A pattern's letters are renamed as a whole ("AAAA" of "AAAA-MM-DD"); a name that keeps most of its letters and
  // changes one part ("po4a-display-pod" for "po4a-display-man") is another name.
  return replaced >= kept;
}

/**
 * The flags of a pair without those on a token the translator renamed in the English's slot (a signature's
 * "repositorio" is no typo and no Italian, a template's "❸modulo" no mangled "❸module"). Costs nothing when
 * there is no flag.
 */
export function withoutRenamed<F extends { text: string }>(pt: string, en: string | undefined, flags: F[], may: (flag: F) => boolean = () => true): F[] {
  if (!flags.length || !en) return flags;
  // Strict: a plain word is renamed only where the line is plainly code (a type or a call kept, a callout's slot), not in a
  // list item whose words were translated ("• partição 1–4 são" for "• partitions 1–4 are"), nor in a synopsis, whose
  // placeholders are words for the reader ("[-L localidade]"): a Spanish one there is a finding.
  const renamed = renamedPlaceholders(pt, en, true);
  return renamed.size ? flags.filter((f) => !(may(f) && isRenamed(renamed, f.text))) : flags;
}
