import type { Flag, Speller } from "../../types.ts";
import { withoutRenamed } from "../text/renamed-placeholders.ts";
import { flagAt, type Check } from "../check.ts";
import { isLetters, isSentenceStart, isUpper, lowered, onlySpaces, words } from "../text/words.ts";
import { closeForms } from "./close-forms.ts";
import { isEntryName } from "./entry-name.ts";
import { isDocumentCommand, isStatementCommand, statementCommands } from "../text/statement-line.ts";
import { codeNames, isCodeName } from "../text/code-names.ts";
import { namedIdentifier } from "../text/named-identifier.ts";
import { hasOtherSlip, isSwapOrDouble } from "./other-slips.ts";
import { variantFormOf } from "../variant/variant-form.ts";
import { verbForNoun } from "./verb-for-noun.ts";
import { bestGuess, runTogether } from "./run-together.ts";
import { foldWord } from "../../align/en-stem.ts";
import { mirroredInEnglish } from "../text/english-mirror.ts";
import { englishStem } from "../text/loan-verb.ts";
import { inCodeLiteral } from "../text/code-literal.ts";
import loanwords from "../foreign/loanwords.json" with { type: "json" };

const LOANWORDS = new Set(loanwords.words);
/** Short words are abbreviations and codes as often as words. */
const MIN_LENGTH = 4;
// "+": an increment or a sum glued to the name ("++linha", "x+offset"): the code's variable, not a word of the sentence.
const CODE_BEFORE = /[-_.$%@/\\+]/u;
// "@": an e-mail's local part ("ninguem@nenhumlugar"), the address's, not a word of the sentence.
const CODE_AFTER = /[(_=/\\@+]/u;

const OTHER_STANDARD: readonly [string, string][] = [["ó", "ô"], ["é", "ê"], ["ü", "u"]];
/**
 * Whether `word` and `form` differ in one letter that the European and Brazilian standards write
 * apart (ó/ô, é/ê), or that the 2009 reform dropped: the diaeresis, and the circumflex of "êem"
 * and "ôo" ("prevêem", "vôo").
 */
function isOtherStandard(word: string, form: string): boolean {
  const a = [...word];
  const b = [...form];
  if (a.length !== b.length) return false;
  const at = a.findIndex((c, i) => c !== b[i]);
  if (at < 0 || a.slice(at + 1).join("") !== b.slice(at + 1).join("")) return false;
  const [x, y] = [a[at]!, b[at]!];
  if (OTHER_STANDARD.some(([p, q]) => (x === p && y === q) || (x === q && y === p))) return true;
  const rest = a.slice(at + 1).join("");
  // The plural of a word in -en keeps or drops its accent by standard: "hífens" and "hifens", "pólens" and "polens".
  if ("íóéá".includes(x) && y === x.normalize("NFD")[0] && rest.endsWith("ens")) return true;
  // The reform also dropped the acute of open diphthongs before the stressed syllable: "idéia", "heróico".
  return (x === "ê" && y === "e" && rest === "em") || (x === "ô" && y === "o" && rest.startsWith("o")) ||
    ((x === "é" || x === "ó") && y === (x === "é" ? "e" : "o") && rest.startsWith("i"));
}

/**
 * Verbs in -guar and -quar conjugate two ways since the 1990 agreement (Base X): "adéquam", "averíguam", "enxáguo" with the
 * stem's vowel stressed, "adequam", "averiguam", "enxaguo" with the "u" stressed and no accent. Dictionaries carry the first
 * (session 15, issue 12: kphotoalbum pt and pt-BR, "cenários que se adequam"). Only the accent before "gu"/"qu" and a verb
 * ending, of a verb the dictionary has ("adequar"): "ambiguo" for "ambíguo" is no verb's ("ambiguar"), and stays a slip.
 */
function otherParadigm(word: string, form: string, pt: { correct(w: string): boolean }): boolean {
  const m = GUAR_QUAR.exec(word);
  if (!m || word.length !== form.length) return false;
  const at = m.index + m[1]!.length - 1;
  const y = form[at]!;
  return "áéíóú".includes(y) && word[at] === y.normalize("NFD")[0] && form.slice(0, at) === word.slice(0, at) && form.slice(at + 1) === word.slice(at + 1) &&
    pt.correct(`${m[1]!}${m[2]!}ar`);
}
// A stem ending in a vowel, "gu" or "qu", and the ending of a form stressed on the stem: "adequ-am", "averigu-o".
const GUAR_QUAR = /^(\p{L}*[aeiou])([gq]u)(?:o|as?|am|es?|em)$/u;

/** The differential accents the 2009 reform dropped: "pólo", "pêlo", "pára" are the older standard's spelling. */
const DIFFERENTIAL = new Set(["pólo", "pólos", "pêlo", "pêlos", "pélo", "péla", "pára", "pêra", "pêras"]);

/** Whether `form` is `word` with an accent added ("mídia" for "midia"): the likeliest slip, kept over a split. */
const accentAdded = (word: string, form: string): boolean => foldWord(word) === foldWord(form) && form.normalize("NFD").length > word.normalize("NFD").length;

const keepCase = (model: string, form: string): string => (isUpper(model[0]!) ? form[0]!.toUpperCase() + form.slice(1) : form);

/**
 * A word the Portuguese dictionary rejects that is one slip from a word it accepts: "Ouçá" for
 * "Ouça", "cotidano" for "cotidiano" is out of reach on purpose (one accent, a swap or a doubled
 * letter only), so that a rare word or a name is not corrected into a common one.
 */
export const spellingTypo: Check<"spelling-typo"> = {
  id: "spelling-typo",
  family: "spelling",
  severity: "warning",
  name: "Misspelled word",
  description: "A word the Portuguese dictionary does not know is one accent, swap or doubled letter away from one it does.",
  // The document's examples name its scripting language's commands (see statementCommands): learned once, for every pair.
  runDocument(pairs, context) {
    const ctx = { ...context, document: { ...context.document, statementCommands: statementCommands(pairs), codeNames: codeNames(pairs) } };
    return { pairFlags: pairs.map((pair) => this.run!(pair, ctx)), documentFlags: [] };
  },
  run(pair, context) {
    const pt = context.spellers.pt;
    // Without a dictionary nothing can be called misspelled.
    if (!pt) return [];
    const flags: Flag[] = [];
    const ws = words(pair.pt);
    // Lower-cased once per pair and shared with the other checks of the pair.
    const low = lowered(ws);
    ws.forEach((w, k) => {
      if (w.text.length < MIN_LENGTH || !isLetters(w.text)) return;
      // A capital mid-sentence is a name; an all-capitals word an acronym or a label.
      if (isUpper(w.text[0]!) && (!isSentenceStart(pair.pt, w.start) || w.text === w.text.toUpperCase())) return;
      const lower = low[k]!;
      if (LOANWORDS.has(lower) || DIFFERENTIAL.has(lower)) return;
      if (pt.correct(w.text) || pt.correct(lower)) {
        // An accent lost where the word is still a verb, after a determiner or a preposition ("o numero", "da pagina", "de dialogo").
        // (Only a word in lower case, after a word and spaces alone: most accepted words stop at the first test.)
        // A parameter of the document's code is its name as declared ("o titulo" for "String titulo"), not a verb.
        const previous = lower === w.text && k > 0 && onlySpaces(pair.pt, ws[k - 1]!.end, w.start) && !isCodeName(context.document?.codeNames, w.text) ? low[k - 1] : undefined;
        const noun = previous ? verbForNoun(lower, previous, k > 1 ? low[k - 2] : undefined, pt, context.spellers.en) : undefined;
        if (noun && !DIFFERENTIAL.has(noun) && !variantFormOf(noun, context.variant)) flags.push(flagAt(this, pair.pt, w.start, w.end, `"${previous} ${w.text}" reads as a verb: "${previous} ${noun}"?`, noun));
        return;
      }
      if (lower === w.text && isEntryName(pair.pt, w.start, w.end)) return;
      // A name of code: a call "rtol(i)", an option "-mmin", part of "a_b" or "obj.prop".
      if (CODE_BEFORE.test(pair.pt[w.start - 1] ?? "") || CODE_AFTER.test(pair.pt[w.end] ?? "")) return;
      // A statement of an example's program, alone on its line ("avancar 20", "circunferencia 50"): the language's command.
      if (isStatementCommand(pair.pt, w.start, w.end) || (lower === w.text && isDocumentCommand(context.document?.statementCommands, lower))) return;
      // The same name used as code elsewhere in the pair ("os parâmetros rtol e atol … rtol=1.d-5"), or in the document's
      // code: a signature's parameter or a function its prose names ("O titulo é o texto da mensagem", "asin, asinf, asinl").
      if (pair.pt.includes(`${w.text}=`) || pair.pt.includes(`${w.text}(`) || isCodeName(context.document?.codeNames, w.text)) return;
      // An English word, or a word the English has: a term or a name, not a typo.
      if (context.spellers.en?.correct(lower) || context.spellers.en?.correct(w.text)) return;
      // An English verb or noun given a Portuguese ending ("rebootado", "patcheado", "bufferizada"): a loan of
      // technical jargon a reviewer may dislike, but no slip of a Portuguese word ("rebotado", "ptacheado").
      if (englishStem(lower, context.spellers.en)) return;
      // The English mirrors it: the word is there verbatim, case aside, as a piece of an identifier ("titulo" of "set_titulo"),
      // or with the plural's "s" a translator adds to a kept name ("os widgets" for "widget").
      if (mirroredInEnglish(pair.en, w.text, true)) return;
      // A capital word one swap or doubled letter from a word is as often a name ("Marchesi" after an initial).
      const forms = closeForms(lower, pt, isUpper(w.text[0]!) ? "accents" : "all");
      // A spelling of another standard, not a slip: European "económico" (Brazilian "econômico"), and the
      // circumflex and diaeresis the 2009 reform dropped ("prevêem", "vôo", "seqüência").
      if (forms.some((f) => isOtherStandard(lower, f) || otherParadigm(lower, f, pt))) return;
      // Two candidates ("sé" → "se" or "sê") is a guess, not a correction.
      if (forms.length !== 1) return;
      // A swap that a plainer slip reads otherwise ("corentes": "cornetes" or "correntes") is a guess too, and so
      // is a swap of the first two letters: those a typist sees, a name of code has ("rtol" is no slip of "trol").
      if (isSwapOrDouble(lower, forms[0]!) && (lower[0] !== forms[0]![0] || hasOtherSlip(lower, forms[0]!, pt))) return;
      // The fix in the text's own variant: "caracter" is "caractere" in Brazil, "carácter" in Portugal.
      const own = variantFormOf(forms[0]!, context.variant);
      if (own !== undefined && !pt.correct(own)) return;
      // Two words run together ("atéseis", "corse", "gradee"): the space is the fix, not the one-slip word
      // ("ateseis", "cores", "grade"); an accent added stays the likelier fix ("midia", not "midi a"), unless
      // the word is one word twice ("parapara").
      const glued = runTogether(lower, pt);
      if (glued !== undefined && (!accentAdded(lower, forms[0]!) || glued.split(" ")[0] === glued.split(" ")[1])) {
        const split = keepCase(w.text, glued);
        flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is two words run together: "${split}"?`, split));
        return;
      }
      // A rare word where a common one is a letter away too ("tropo" or "topo" for "torpo"): the one the English says,
      // or no fix to offer; the word is still no word.
      const guess = bestGuess(lower, own ?? forms[0]!, pt, words(pair.en ?? "").map((e) => e.text));
      if (guess === undefined) {
        flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is not a Portuguese word.`));
        return;
      }
      const fix = keepCase(w.text, guess);
      flags.push(flagAt(this, pair.pt, w.start, w.end, `"${w.text}" is not a Portuguese word: "${fix}"?`, fix));
    });
    // A parameter the translator renamed in a signature ("KURL repositorio" for "KURL repository") is an identifier, not a misspelling.
    // Only an identifier's letters (ASCII, as a program writes them): "opçõess" for "options" in a synopsis is a placeholder written as a word, and its typo is one.
    // Literal material found by its structure (a file name, a path, an identifier, a bracketed list of names, a name
    // assigned a value): the program's text, whatever its accents. Asked of the few words about to be flagged only.
    // So is a translated identifier the prose names by its kind ("o símbolo celula" for "the symbol cell"): see namedIdentifier.
    const prose = flags.length ? flags.filter((f) => !inCodeLiteral(pair.pt, f.start, f.end) && !namedIdentifier(pair.pt, f.start, f.end, f.suggestion, pair.en)) : flags;
    return withoutRenamed(pair.pt, pair.en, prose, (f) => /^[\x21-\x7e]+$/u.test(f.text));
  },
};
