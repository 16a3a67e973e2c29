import type { Flag, Spellers, Term } from "../../types.ts";
import { withoutRenamed } from "../text/renamed-placeholders.ts";
import { flagAt, type Check } from "../check.ts";
import { isLetters, isSentenceStart, isUpper, lowered, words } from "../text/words.ts";
import { termForms } from "../text/term-forms.ts";
import loanwords from "./loanwords.json" with { type: "json" };
import thirdLanguage from "./third-language.json" with { type: "json" };
import { listedLanguageOf } from "./frequent-words.ts";
import { portugueseFor } from "./spanish-spelling.ts";
import { closeForms } from "../spelling/close-forms.ts";
import { isEntryName } from "../spelling/entry-name.ts";
import { isDocumentCommand, isStatementCommand, statementCommands } from "../text/statement-line.ts";
import { isCodeOrTableLine } from "../untranslated/literal-line.ts";
import { execAll } from "../text/exec-all.ts";
import { isPortugueseCompound } from "./portuguese-compound.ts";
import { mirroredInEnglish } from "../text/english-mirror.ts";
import { codeNames, isCodeName } from "../text/code-names.ts";
import { namedIdentifier } from "../text/named-identifier.ts";
import { englishStem } from "../text/loan-verb.ts";
import { inCodeLiteral } from "../text/code-literal.ts";

const LOANWORDS = new Set(loanwords.words);
// A Map, not the JSON object: a word like "constructor" must not find Object.prototype.
const THIRD = new Map(Object.entries(thirdLanguage.words as Record<string, string>));
// Letters Portuguese spelling never has (ü since the 2009 reform), but Spanish or German do. Letter
// sequences ("sch", "tz", "ck", "ll") are left to the dictionaries: alone they flag names of code
// ("cksum", "xclick", "llockmgr", "spcompack") as often as words of another language.
// A grave accent ends no Portuguese word but "à": Italian "unità", "città", "perché" (acute) aside.
const NOT_PORTUGUESE = /ñ|ß|[äöëïü]|ción|\p{L}[àèìòù]$/u;
// Glued to an operator, a bracket or a separator of code: "1/sin", "max(atol,er*abs(I))", "list(u1,...un)".
const CODE_BEFORE = /[*/+=^[_.,\\|]/u;
const CODE_AFTER = /[*/+=^([_\\|]/u;

/**
 * The word is code or a name of code by where it stands (see the check's loop): a function called,
 * a word glued to code's operators, a prefix in parentheses, a word alone on its line, the name
 * of a reference page's entry ("spcompack — converte…"), the last step of a help page's path
 * ("Trigonometria > sin").
 */
function literalWord(text: string, w: { start: number; end: number; text: string }): boolean {
  const before = text[w.start - 1] ?? "";
  const after = text[w.end];
  if (after === "(") return true;
  if (CODE_BEFORE.test(before) || CODE_AFTER.test(after ?? "")) return true;
  // Glued to a colon after a letter: a scheme's or a namespace's part ("info:dir", "urn:ietf").
  if (before === ":" && /\p{L}/u.test(text[w.start - 2] ?? "")) return true;
  // Alone in brackets: a prefix ("(des)instalar"), a short name given ("(lang)", "(arch)"). A short word alone in code's
  // straight quotes: a value or a code mentioned ("inclui \"environment\" e \"en\"", "H('den')"); the text names it, it
  // does not use it. (A longer word quoted, "partições \"extendidas\"", "o “torte” que você divide", is the sentence's own.)
  if (before === "(" && after === ")") return true;
  if (w.text.length < MIN_LENGTH && STRAIGHT_QUOTE.test(before) && STRAIGHT_QUOTE.test(after ?? "")) return true;
  // A variable: assigned ("se dir = \"succ\""), or read elsewhere in the text with a shell's "$" ("for dir in a b c; do (cd $dir …").
  if (/^ ?=(?!=)/u.test(text.slice(w.end, w.end + 3)) || text.includes("$" + w.text)) return true;
  // Short codes listed in straight quotes: "resultar na ordem \"en, de\"", "\"fr, de, en\"".
  if (w.text.length < MIN_LENGTH && inQuotedCodes(text, w.start)) return true;
  // Latin "et al." after the authors of a citation ("Foley e van Dam et al.").
  if (w.text === "al" && /(?:^|\s)et $/u.test(text.slice(Math.max(0, w.start - 4), w.start))) return true;
  if (isEntryName(text, w.start, w.end)) return true;
  // A statement of an example's program on its line ("circunferencia 50", "arcoseno X"): the language's command.
  if (isStatementCommand(text, w.start, w.end)) return true;
  if (/ > $/u.test(text.slice(Math.max(0, w.start - 3), w.start)) && /^\s*(?:\n|$)/u.test(text.slice(w.end))) return true;
  const lineStart = text.lastIndexOf("\n", w.start - 1) + 1;
  const lineEnd = text.indexOf("\n", w.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  // A word alone on its line (a parameter's name, a "See also" entry, with its stop), or a line of names of code ("num, den").
  return (/^\p{Ll}+$/u.test(w.text) && line.replace(/[.:;,]$/u, "") === w.text) || NAME_LIST.test(line);
}
const STRAIGHT_QUOTE = /["']/u;
// Short lower-case codes joined by commas inside straight quotes: "en, de", 'fr, de, en'.
const QUOTED_CODES = /(["'])\p{Ll}{1,3}(?:,\s*\p{Ll}{1,3})+\1/gu;
const inQuotedCodes = (text: string, at: number): boolean => {
  for (const m of execAll(QUOTED_CODES, text)) if (m.index < at && at < m.index + m[0].length) return true;
  return false;
};
// Lower-case names of code joined by commas, the whole line: a definition list's parameters ("num, den", "x, y, z").
const NAME_LIST = /^[\p{Ll}_][\w]*(?:\s*,\s*[\p{Ll}_][\w]*)+$/u;

/**
 * A lower-case word inside a foreign name or title: between two capitalised words ("Der Ring des
 * Nibelungen"), or before one after a parenthesis or a capital ("Philharmonie (großer Saal)").
 */
function insideName(text: string, ws: readonly { start: number; end: number; text: string }[], k: number): boolean {
  const capital = (j: number): boolean => j >= 0 && j < ws.length && isUpper(ws[j]!.text[0]!) && !isSentenceStart(text, ws[j]!.start);
  if (!capital(k + 1)) return false;
  return capital(k - 1) || /\($/u.test(text.slice(0, ws[k]!.start));
}

/**
 * A listed word of two letters ("er", "un", "su") is that language's article, pronoun or preposition only inside a phrase:
 * one that ends its clause ("à expressão regular er.", "abreviado para un.", "t matches er:") or stands before English
 * ("A predefinição é er requires clients", a sentence left half in English) is an abbreviation, a variable or English's
 * letters (session 15, issue 12: cups, kid3, kturtle). Two letters tell no language by themselves; the words around do.
 */
function outsideAPhrase(text: string, w: { end: number }, next: readonly { start: number; text: string }[], pt: Spellers["pt"], en: Spellers["en"]): boolean {
  if (CLAUSE_END.test(text.slice(w.end, w.end + 3))) return true;
  // The next two words are English: some only English, none only Portuguese ("requires clients").
  const after = next.filter((n) => n !== undefined).slice(0, 2).map((n) => n.text.toLowerCase());
  if (!en || !pt || after.length < 2) return false;
  const englishOnly = after.filter((x) => en.correct(x) && !pt.correct(x)).length;
  const portugueseOnly = after.filter((x) => pt.correct(x) && !en.correct(x)).length;
  return englishOnly > 0 && portugueseOnly === 0;
}
const CLAUSE_END = /^\s*(?:[.:;!?)]|$)/u;

/** Shorter words are too often abbreviations or codes to judge by their letters (a listed word is judged at any length). */
const MIN_LENGTH = 4;

const termCache = new WeakMap<readonly Term[], Set<string>>();

/** Every word of every term and alias, lower-cased: "Llama 4" protects "llama". */
function termWords(terms: readonly Term[]): Set<string> {
  let set = termCache.get(terms);
  if (!set) {
    set = new Set(terms.flatMap(termForms).flatMap((t) => words(t.toLowerCase()).map((w) => w.text)));
    termCache.set(terms, set);
  }
  return set;
}

/**
 * Shorter words than this are too often shared by chance to trust one dictionary's yes: "cosa",
 * "mais", and on reference pages a parameter's name ("filen", Spanish "filar") or a typo that
 * happens to be Italian or French ("grido" for "grid", "houer" for "houver").
 */
const MIN_DICTIONARY_LENGTH = 6;
const THIRD_LANGUAGES = [["es", "Spanish"], ["it", "Italian"], ["fr", "French"]] as const;

/** The language among Spanish, Italian and French whose dictionary knows the word. */
function thirdLanguageOf(lower: string, spellers: Spellers): string | undefined {
  if (lower.length < MIN_DICTIONARY_LENGTH) return undefined;
  for (const [code, name] of THIRD_LANGUAGES) if (spellers[code]?.correct(lower)) return name;
  return undefined;
}

// Italian "-ione"/"-ioni" and Spanish "-iones" nouns, whose English is "-ion"/"-ions" and Portuguese "-ão"/"-ões".
const ION_NOUN = /^(\p{Ll}{3,})(?:ione|ioni|iones)$/u;
/** Whether the word ends as `/ion[ei]s?$/u` reads ("versione", "dimensiones"), by its last letters: asked of nearly every word. */
const mayBeIonNoun = (w: string): boolean => {
  const n = w.endsWith("s") ? w.length - 1 : w.length;
  const last = w.charCodeAt(n - 1);
  return (last === 101 || last === 105) && n >= 4 && w.startsWith("ion", n - 4);
};

/** The English and Portuguese of an Italian or Spanish "-ione(s)" noun ("versione" → version, versão). */
function nounCognate(lower: string, pt: { correct(w: string): boolean }): { english: string; portuguese: string } | undefined {
  // Spanish "-ciones" is "-tions" in English and "-ções" in Portuguese: "condiciones" (conditions, condições),
  // "posiciones", "acciones" (actions, ações); Portuguese spells them as verb forms ("que tu condiciones").
  const spanish = SPANISH_CIONES.exec(lower);
  if (spanish) {
    const stem = spanish[1]!;
    for (const portuguese of [`${stem.slice(0, -1)}ções`, `${stem}ções`]) if (stem.length > 1 && pt.correct(portuguese)) return { english: `${stem}tions`, portuguese };
  }
  const m = ION_NOUN.exec(lower);
  if (!m) return undefined;
  const plural = !lower.endsWith("ione");
  const portuguese = `${m[1]}${plural ? "ões" : "ão"}`;
  return pt.correct(portuguese) ? { english: `${m[1]}ion${plural ? "s" : ""}`, portuguese } : undefined;
}
const SPANISH_CIONES = /^(\p{Ll}{2,})ciones$/u;

/** The pair's English and, once a word asks, its words in lower case. */
interface LazyEnglish { text: string | undefined; words?: Set<string> }
const inEnglish = (english: LazyEnglish, lower: string): boolean => (english.words ??= new Set(lowered(words(english.text ?? "")))).has(lower);
/**
 * The English mirrors it: a word the English also has (case aside, or as a piece of an identifier, "rect" of
 * "data_bounds_rect") is the source's name or term, not a leak of Spanish or Italian into the translation.
 */
const mirrored = (english: LazyEnglish, lower: string): boolean => inEnglish(english, lower) || mirroredInEnglish(english.text, lower);

export const foreignWord: Check<"foreign-word"> = {
  id: "foreign-word",
  family: "foreign",
  severity: "warning",
  name: "Word from a third language",
  description: "A Spanish, German, Italian or French word has leaked into the Portuguese.",
  // The document's examples name its scripting language's commands (see statementCommands), its code its names
  // (see codeNames): learned once, for every pair.
  runDocument(pairs, context) {
    const ctx = { ...context, document: { ...context.document, statementCommands: statementCommands(pairs), codeNames: codeNames(pairs) } };
    return { pairFlags: pairs.map((pair) => this.run!(pair, ctx)), documentFlags: [] };
  },
  run(pair, context) {
    const pt = context.spellers.pt;
    const en = context.spellers.en;
    // The English's words are only needed for a word that passes every cheaper test.
    // (A holder, not a closure made on every pair: tsx names each closure as it is made, which cost more than the lookups.)
    const english: LazyEnglish = { text: pair.en };
    const terms = termWords(context.terms);
    const flags: Flag[] = [];
    const ws = words(pair.pt);
    const low = lowered(ws);
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      // Most words are Portuguese as written in lower case: every test below lets such a word go, but for an
      // Italian or Spanish noun in "-ione(s)" that Portuguese spells as a verb form. One lookup settles the rest.
      if (pt && pt.correct(low[k]!) && !mayBeIonNoun(low[k]!)) continue;
      // Only a dictionary can say "hoy" is not also Portuguese ("de", "que", "aber" are), so without one the lists are silent.
      const language = pt && listedLanguageOf(low[k]!);
      if (language) {
        const lower = low[k]!;
        // A capital mid-sentence is a name ("Naomi Klein"); one that only starts the sentence is not.
        if (isUpper(w.text[0]!) && !isSentenceStart(pair.pt, w.start)) continue;
        // "UND", "DAS": an acronym or shouting, not a leaked word.
        if (w.text.slice(1) !== w.text.slice(1).toLowerCase()) continue;
        if (LOANWORDS.has(lower) || terms.has(lower) || pt.correct(lower) || mirrored(english, lower) || insideName(pair.pt, ws, k)) continue;
        if (lower.length <= 2 && outsideAPhrase(pair.pt, w, [ws[k + 1]!, ws[k + 2]!], pt, en)) continue;
        flags.push(flagAt(this, pair.pt, w.start, w.end, `${language} word "${w.text}" in the Portuguese.`, THIRD.get(lower) || undefined));
        continue;
      }
      // Names: capitalised, in the English, or in the term list. Loanwords are Portuguese here.
      if (w.text.length < MIN_LENGTH || isUpper(w.text[0]!)) continue;
      const lower = low[k]!;
      const listed = THIRD.get(lower);
      // Without a dictionary only the listed words can be flagged.
      if (!pt && listed === undefined) continue;
      if (LOANWORDS.has(lower) || !isLetters(w.text) || terms.has(lower)) continue;
      if (listed !== undefined && !pt?.correct(lower)) {
        if (mirrored(english, lower)) continue;
        flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is not Portuguese: it comes from another language.`, listed || undefined));
        continue;
      }
      // "versione", "dimensiones": a noun of Italian or Spanish that Portuguese spells as a verb form ("versionar"):
      // the English's "version" says it is the noun, whose Portuguese is "versão".
      if (pt && pair.en && mayBeIonNoun(lower) && pt.correct(lower)) {
        const cognate = nounCognate(lower, pt);
        if (cognate && inEnglish(english, cognate.english)) {
          flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is the Italian or Spanish noun; in Portuguese: "${cognate.portuguese}".`, cognate.portuguese));
          continue;
        }
      }
      // Without a dictionary, letters alone would flag every unusual name.
      // A word of the English is a name or a code ("Fairchild", a property "visible").
      if (!pt || pt.correct(lower) || mirrored(english, lower)) continue;
      const found = portugueseFor(lower, pt);
      const portuguese = found?.word;
      // An English word with a Spanish-looking ending ("executable", "visible") is English left in, not Spanish;
      // a word reached through "ie" or "ue" alone that the Spanish dictionary does not know is a typo
      // ("priemiras" for "primeiras") or a name ("ieditor"), not Spanish.
      if (portuguese && !en?.correct(lower) && (!found.weak || !context.spellers.es || context.spellers.es.correct(lower))) {
        flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is spelled the Spanish way; in Portuguese: "${portuguese}".`, portuguese));
      } else if (/ü/u.test(lower) && pt.correct(lower.replace(/ü/gu, "u"))) {
        // "seqüência": Brazilian spelling before the 2009 reform, Portuguese all the same (the spelling check has its say).
        continue;
      } else if (en?.correct(lower) || en?.correct(lower[0]!.toUpperCase() + lower.slice(1))) {
        // English knows it, or knows it as a name with its capital: a language's or a people's name, which
        // Portuguese writes in lower case ("a escrita cherokee e gujarati"), not a word of a third language.
        continue;
      } else if (NOT_PORTUGUESE.test(lower)) {
        if (insideName(pair.pt, ws, k)) continue;
        // A Portuguese word glued to the preposition "à" ("acopladoà janela") lacks a space; it is not Italian.
        if (lower.endsWith("à") && pt.correct(lower.slice(0, -1))) continue;
        flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is not a Portuguese word and is spelled like another language's.`));
      } else {
        // Any word, not only a listed one: the third language's own dictionary knows it and Portuguese does not.
        // A word one accent from Portuguese that the other language spells so ("metodo", "necessario", "indice")
        // is that language's spelling, with the Portuguese as the fix; one no other language has is a typo.
        // The other variant's accent ("canónico", "autónomo" in a pt-PT text) is the variant's business, not a leak.
        // An English verb given a Portuguese ending ("stressar", "indentar"): technical jargon, not Italian or Spanish.
        if (englishStem(lower, en)) continue;
        const language = thirdLanguageOf(lower, context.spellers);
        if (!language) continue;
        const close = /[óé]/u.test(lower) ? [] : closeForms(lower, pt, "accents");
        if (close.length === 1) flags.push(flagAt(this, pair.pt, w.start, w.end, `${language} spelling "${w.text}"; in Portuguese: "${close[0]}".`, close[0]));
        // Two Portuguese words written as one ("arcotangente") are Portuguese, however Italian spells its compounds;
        // a word one accent from Portuguese ("automatica") was settled above as the other language's spelling.
        else if (!closeForms(lower, pt).length && !isPortugueseCompound(lower, pt)) flags.push(flagAt(this, pair.pt, w.start, w.end, `${language} word "${w.text}" in the Portuguese.`));
      }
    }
    // Code and its names: a function called ("sin(x)"), an identifier alone on its line (a parameter, a
    // "See also" entry: "filen", "acsch"), a prefix in parentheses ("(des)instalar"). The English may not be paired.
    // A line of a table or code keeps its program's names ("walld           100008  rwall shutdown").
    // (Not any line after a single line break: hard-wrapped prose is prose.)
    if (!flags.length || isCodeOrTableLine(pair.pt)) return [];
    // A command the document's examples write as a statement ("circunferencia 50"), named in its prose too.
    const commands = context.document?.statementCommands;
    // A placeholder the translator renamed in the English's slot ("t matches er" for "s matches re") is an identifier.
    // A name the document's code writes (a function declared in its synopsis, "double sin(double x);"), named in its prose;
    // literal material found by its structure (a file name, an identifier, a bracketed list of names: see inCodeLiteral).
    const names = context.document?.codeNames;
    return withoutRenamed(pair.pt, pair.en, flags.filter((f) => !literalWord(pair.pt, f) && !isDocumentCommand(commands, f.text) && !isCodeName(names, f.text) && !inCodeLiteral(pair.pt, f.start, f.end) &&
      // A translated identifier the prose names by its kind ("O comando circunferencia" for "The circle command").
      !namedIdentifier(pair.pt, f.start, f.end, f.suggestion, pair.en)));
  },
};
