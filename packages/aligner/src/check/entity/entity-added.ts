import type { CheckInput, Flag, Speller } from "../../types.ts";
import { flagAt, type Check, type CheckContext } from "../check.ts";
import { englishNames, looksCoined } from "../text/names.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { lineAt } from "../text/lines.ts";
import { isSentenceStart, isUpper, squash, words } from "../text/words.ts";
import translated from "./translated-names.json" with { type: "json" };
import { translatedIdentifier, translatedPieces } from "./translated-pieces.ts";
import { isRenamed, renamedPlaceholders } from "../text/renamed-placeholders.ts";

const LATIN = /^[\p{Script=Latin}\p{N}.'’-]+$/u;
const PORTUGUESE_FORMS = new Set(Object.values(translated as Record<string, string[]>).flat().map(squash));

/**
 * A hyphenated word whose parts are each Portuguese words or in the English ("Pré-Dependência",
 * "Semi-Achatado", "Quadro-1" for "Frame-1", "ESTILO-DEB822"): a translated title or label, not a
 * name the translation invented.
 */
function builtFromKnownParts(word: string, english: string, pt?: Speller): boolean {
  const parts = word.split("-");
  if (parts.length < 2 || !pt) return false;
  return parts.every((p) => /^\p{N}+$/u.test(p) || (/\p{L}/u.test(p) && pt.correct(p.toLowerCase())) || english.includes(squash(p)));
}

// Not names: a quantity with its unit or ordinal ("1cm", "350º", "1x3", "3d"), a weekday as Portuguese numbers it ("3ª-feira"
// for "terça-feira", session 15), a time of day as Portuguese writes it ("14h30", "9h05min"), a hexadecimal number ("0xefff",
// "x0e000"), or a variable of a formula or a listing ("key2", "value1", "lk1").
const NOT_A_NAME = /^(?:\p{N}[ªº]-feira|(?:[01]?\d|2[0-3])h[0-5]\d(?:min)?|\p{N}+(?:[.,]\p{N}+)?(?:[ºª°]|mm|cm|km|px|pt|dpi|[dx]\p{N}*)|0?x[0-9a-f]+|\p{Ll}{2,}\p{N}+)$/iu;
// Portuguese endings on a name of the English ("GIMPressionista" for "GIMPressionist"), a plural ("DVDs").
const ENDING = /(?:as|os|a|o|e|es|s|ista|istas)$/u;

/**
 * The coined look comes from a missing space, not from a name: a Portuguese word glued to the next
 * ("emJanelas", "camadas.Ele", "GIMPe"). That is the missing-space check's finding.
 */
function gluedWords(word: string, english: string, pt?: Speller): boolean {
  // Also after an acronym of three letters or more: "doGIMPadicionarem" is "do GIMP adicionarem" ("INeste" is a typo).
  const parts = word.split(/\.|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Ll}$)|(?<=\p{Lu}{3})(?=\p{Ll}{2})/u).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.every((p) => english.includes(squash(p)) || (pt !== undefined && pt.correct(p.toLowerCase())));
}

/**
 * A figure glued to a Portuguese word ("2dois cliques", "A opção 0Usar o KIO"): a space lost or a stray key, the same
 * slip as two words glued (gluedWords), not a name (session 15, issue 12: scilab, konqueror). A word of three letters at
 * least: "32e" ("32 e", or an invented model) stays a finding.
 */
function figureGlued(word: string, pt?: Speller): boolean {
  const m = FIGURE_THEN_WORD.exec(word);
  return m !== null && pt !== undefined && pt.correct(m[1]!.toLowerCase());
}
const FIGURE_THEN_WORD = /^\p{N}+(\p{L}{3,})$/u;

/** The English has the name with another ending: a Portuguese adaptation, not an added name. */
const adaptedEnding = (word: string, english: string): boolean => {
  const bare = squash(word);
  return bare.length > 3 && ENDING.test(bare) && [1, 2, 3, 4, 5].some((n) => bare.length - n >= 3 && english.includes(bare.slice(0, -n)) && ENDING.test(bare.slice(bare.length - n)));
};

/** Glued to an underscore, the word is part of an identifier ("param3d_properties"), which is code, not a name. */
const partOfIdentifier = (pt: string, w: { start: number; end: number }): boolean => pt[w.start - 1] === "_" || pt[w.end] === "_";

/**
 * Code quotes its own names ("optim(list(costfunc,a1,b1,c1))", "a12=[];foo(1)", "plot2d(x,…)"): a
 * variable or function of an example that the English example names otherwise is no name the
 * translation invented. The word is code when its line is, or when it is called, assigned or passed.
 */
function inCode(pt: string, w: { start: number; end: number }): boolean {
  const after = pt[w.end] ?? "";
  if (after === "(" || after === "=") return true;
  // An argument of a call: "(" or "," just before, "," or ")" just after.
  if (/[(,]$/u.test(pt.slice(0, w.start)) && /^[,)]/u.test(pt.slice(w.end))) return true;
  return looksLikeCode(lineAt(pt, w.start));
}

/** Two capitals and then lower case only: "TEsta", "CIntilância". */
const TWO_CAPITALS = /^\p{Lu}\p{Lu}\p{Ll}{2,}$/u;

/**
 * A typing slip in the capitals of a dictionary word: its second capital lowered ("CIntilância" → "Cintilância"),
 * or its first letter dropped as the stray key ("TEsta" → "Esta"). The fix when only one of them is a word;
 * "" when both are (the reader picks), undefined when neither.
 */
function shiftSlip(word: string, pt: Speller | undefined): string | undefined {
  if (!pt || !TWO_CAPITALS.test(word)) return undefined;
  const known = (w: string) => pt.correct(w) || pt.correct(w.toLowerCase());
  const fixes = [word[0]! + word.slice(1).toLowerCase(), word.slice(1)].filter(known);
  return fixes.length === 1 ? fixes[0] : fixes.length ? "" : undefined;
}

/**
 * A heading upper-cased by a tool that knows ASCII letters only ("VEJA TAMBéM", "OPçõES": groff's and man2html's
 * byte-wise upper case leaves "é", "ç", "õ" small; session 15, kdesdk-scripts and poxml man pages): every letter a capital
 * but the accented ones, and a Portuguese word once lower-cased. No name is written so; a typing slip is not either.
 */
function asciiUpperCased(word: string, pt: Speller | undefined): boolean {
  if (!pt || !ASCII_UPPER_BUT_ACCENTED.test(word) || !/[A-Z]{2}/u.test(word) || word === word.toUpperCase()) return false;
  return pt.correct(word.toLowerCase());
}
const ASCII_UPPER_BUT_ACCENTED = /^(?:[A-Z]|[^\p{ASCII}\P{Ll}])+$/u;

/**
 * The English's compound abbreviated otherwise, or written out ("PgDown" or "PageUp" for the English's "PgDn", "PgUp"; session
 * 15, kanagram and kompare): the same capitals in the same order, one's letters all found in order in the other's. Two
 * abbreviations of one word are one name, which each manual and each keyboard spells its own way; a name swapped or
 * invented keeps neither the capitals nor the letters.
 */
function abbreviatedOtherwise(word: string, english: readonly string[]): boolean {
  const capitals = word.replace(NOT_CAPITAL, "");
  if (capitals.length < 2 || !/^\p{L}+$/u.test(word)) return false;
  return english.some((t) => t !== word && t[0] === word[0] && t.replace(NOT_CAPITAL, "") === capitals &&
    (t.length < word.length ? inOrder(t, word) : inOrder(word, t)));
}
const NOT_CAPITAL = /[^\p{Lu}]/gu;
/** Whether the letters of `short` are found in `long` in the same order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

/** An acronym's plural ("EDOs", "APIs") is an acronym, which a translation spells in its own language ("ODE", "EDO"). */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/** The coined words of a document's English, squashed: what any pair's Portuguese may name. */
export function documentEnglishNames(pairs: readonly CheckInput[]): Set<string> {
  const out = new Set<string>();
  for (const p of pairs) if (p.en) for (const w of words(p.en)) if (looksCoined(w.text)) out.add(squash(w.text));
  return out;
}

/**
 * The squashed names of the document's English (`documentEnglishNames`), or undefined when the pair is checked alone.
 * Asked for, not given: only a pair about to flag a name its own English lacks reads them (flags are rare), and
 * collecting them tokenised and tested every word of the document's English on every document pass.
 */
type EnglishElsewhere = () => ReadonlySet<string> | undefined;

/**
 * `renamed`: identifiers the document's translator renamed on purpose (see renamedPlaceholders), shared by the
 * pairs of one document: a parameter renamed in a signature is the same rendering in the prose under it
 * ("Se o numVersao < 0"). Each pair adds its own before its flags are decided.
 */
function flagsOf(check: Check<"entity-added">, pair: CheckInput, context: CheckContext, elsewhere: EnglishElsewhere, renamed: Set<string> = new Set()): Flag[] {
    if (!pair.en) return [];
    const ws = words(pair.pt);
    // Only a coined word can be missing from the English: most pairs have none, and pay nothing more.
    if (!ws.some((w) => looksCoined(w.text))) return [];
    const english = squash(pair.en);
    // Latin letters only: a language picker's "EnglishFrançais" is junk, not a name.
    const nameLike = ws.map((w) => (looksCoined(w.text) || (isUpper(w.text[0]!) && !isSentenceStart(pair.pt, w.start))) && LATIN.test(w.text));
    const flags: Flag[] = [];
    let renamedHere = false;
    // One identifier, one flag: the same name again in the pair says nothing new.
    const flagged = new Set<string>();
    for (let i = 0; i < ws.length; i++) {
      if (!nameLike[i]) continue;
      let j = i;
      while (j + 1 < ws.length && nameLike[j + 1] && pair.pt.slice(ws[j]!.end, ws[j + 1]!.start) === " ") j++;
      const run = ws.slice(i, j + 1);
      const missing = run.filter((w) => looksCoined(w.text) && LATIN.test(w.text) && !english.includes(squash(w.text)) && !PORTUGUESE_FORMS.has(squash(w.text)) &&
        !builtFromKnownParts(w.text, english, context.spellers.pt) && !NOT_A_NAME.test(w.text) && !gluedWords(w.text, english, context.spellers.pt) && !figureGlued(w.text, context.spellers.pt) && !adaptedEnding(w.text, english) &&
        !partOfIdentifier(pair.pt, w) && !ACRONYM_PLURAL.test(w.text) && !inCode(pair.pt, w) && !asciiUpperCased(w.text, context.spellers.pt));
      if (missing.length && !renamedHere) {
        renamedHere = true;
        for (const r of renamedPlaceholders(pair.pt, pair.en)) renamed.add(r);
      }
      if (!missing.length || missing.every((w) => isRenamed(renamed, w.text) || flagged.has(w.text) || abbreviatedOtherwise(w.text, englishWords(pair.en!)))) { i = j; continue; }
      for (const w of missing) flagged.add(w.text);
      // The English name nothing in the Portuguese matched is the likely original.
      const unmatched = englishNames(pair.en).filter((n) => n.parts.some(looksCoined) && !squash(pair.pt).includes(squash(n.text)));
      // A metavariable of the English with its words translated ("prefixoNdeM" for "prefixNofM") is the translator's choice.
      // So is an identifier or an example's name with its words put into Portuguese, as many as Portuguese needs ("ignorarEspacos"
      // for "skipWhiteSpaces"): see translatedIdentifier.
      if (missing.every((w) => unmatched.some((n) => translatedPieces(w.text, n.text, context.spellers.pt, context.spellers.en) ||
        translatedIdentifier(w.text, n.text, context.spellers.pt, context.spellers.en)))) { i = j; continue; }
      // With no name of its own left over, the English pair had nothing to swap: a name the document's English has
      // elsewhere was moved here by the translation or the alignment ("JavaScript" named a sentence earlier).
      const names = unmatched.length ? undefined : elsewhere();
      const moved = names !== undefined && missing.every((w) => names.has(squash(w.text)));
      // A word of the dictionary with its second letter pressed on Shift too ("TEsta", "CIntilância") is a typing
      // slip in its capitals, not a name: say so, with the word as it should read.
      const slip = missing.length === 1 && run.length === 1 ? shiftSlip(missing[0]!.text, context.spellers.pt) : undefined;
      if (slip !== undefined) {
        const message = slip ? `"${missing[0]!.text}" has a capital too many: write "${slip}".` : `"${missing[0]!.text}" has a capital too many: a typing slip.`;
        flags.push(flagAt(check, pair.pt, run[0]!.start, run[0]!.end, message, slip || undefined));
      } else if (!moved) {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        const suggestion = unmatched.length === 1 ? unmatched[0]!.text : undefined;
        flags.push(flagAt(check, pair.pt, start, end, `"${missing.map((w) => w.text).join(" ")}" is not in the English${suggestion ? `, which has "${suggestion}"` : ""}.`, suggestion));
      }
      i = j;
    }
    return flags;
}

/** The words of a pair's English, as written (asked only for a word about to be flagged). */
const englishWords = (en: string): string[] => words(en).map((w) => w.text);

const englishSets = new WeakMap<readonly string[], Set<string>>();
function englishOf(context: CheckContext): Set<string> | undefined {
  const names = context.document?.englishNames;
  if (!names) return undefined;
  let set = englishSets.get(names);
  if (!set) englishSets.set(names, (set = new Set(names)));
  return set;
}

/**
 * A product or model name in the Portuguese that the English does not have: the machine
 * translation swapped or invented it ("DeepSeek R1 Pro" where the English says "o1 Pro",
 * "Dall-E Sora" for "Sora"). Only coined names count (digits, inner capitals), which no
 * translation produces by itself.
 */
export const entityAdded: Check<"entity-added"> = {
  id: "entity-added",
  family: "entity",
  severity: "warning",
  name: "Name not in the English",
  description: "A product or model name in the Portuguese does not appear in the English.",
  run(pair, context) {
    return flagsOf(this, pair, context, () => englishOf(context));
  },
  runDocument(pairs, context) {
    // A name the English has in another pair was moved there by the translation or the alignment ("JavaScript"
    // named a sentence earlier), not invented: the whole document's English is the reference.
    let names: ReadonlySet<string> | undefined;
    const elsewhere = () => (names ??= documentEnglishNames(pairs));
    const renamed = new Set<string>();
    const first = pairs.map((p) => flagsOf(this, p, context, elsewhere, renamed));
    // A name renamed in a later pair's signature: the pairs that flagged it are asked again (flags are rare).
    const pairFlags = renamed.size ? first.map((f, k) => (f.length ? flagsOf(this, pairs[k]!, context, elsewhere, renamed) : f)) : first;
    return { pairFlags, documentFlags: [] };
  },
};
