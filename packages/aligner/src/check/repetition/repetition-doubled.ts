import type { CheckInput } from "../../types.ts";
import { flagAt, type Check, type CheckContext } from "../check.ts";
import { lowered, words, type Word } from "../text/words.ts";
import { repeatedPassages } from "./repeated-passages.ts";
import { execAll } from "../text/exec-all.ts";
import { codeNames, isCodeName } from "../text/code-names.ts";
import { englishAround, sharedLiteral, thinEnglish } from "../text/english-form.ts";
import { lineAt, linesUpColumns, listingRecord } from "../text/lines.ts";

/** Longest phrase looked for twice in a row (a clause of eight words doubled is still a phrase, not yet a sentence). */
const MAX_PHRASE = 8;
// "horas e horas", "mais e mais", "muito muito": repetition Portuguese uses for emphasis.
const EMPHATIC = new Set(["mais", "menos", "muito", "muita", "horas", "dias", "anos", "meses", "semanas", "vezes", "milhares", "centenas", "milhões", "bilhões", "cada", "passo", "pouco", "aos", "poucos", "sim", "não", "bem", "só", "lado", "pouca"]);
const SMALL_WORDS = new Set("o a os as de da do das dos em no na que se é e ou um uma ao à por para com".split(" "));
/** "X e X" needs a word this long: "a e a" is a list of letters, not a doubled word. */
const MIN_X_AND_X = 4;

/** A word said twice in a row in the English: the original doubles here too ("the value value"). */
const DOUBLED_WORD = /(?<![\p{L}\p{N}])([\p{L}]{2,}) \1(?![\p{L}\p{N}])/u;
const doubledIn = (text: string, phrase: string): boolean => text.includes(`${phrase} ${phrase}`);
/**
 * The English coordinates a word with a copy of itself, often qualified: "no transparency or complete
 * transparency", "rectangles and filled rectangles", "Conflicts/Conflicts or Conflicts". Portuguese puts the
 * qualifier after the noun, so "transparência ou transparência completa" is the translation, not a slip.
 */
// Found from the conjunction, the word before it checked by a look-behind: the same test as
// /(?<![\p{L}])(\p{L}{3,})(?:\/\p{L}+)? (?:and|or) (?:\p{L}+ ){0,2}\1(?![\p{L}])/iu, which tried every letter of the text.
const COORDINATED_COPY = / (?:and|or) (?<=(?<![\p{L}])(\p{L}{3,})(?:\/\p{L}+)? (?:and|or) )(?:\p{L}+ ){0,2}\1(?![\p{L}])/iu;
const ENGLISH_SMALL_WORDS = new Set("the and for not but any all can are was has had his her our out off one two who why how its per via use set get put see may its too than then them they this that with from into onto over some such".split(" "));

/**
 * A word and its own abbreviation in the English, a man page's noun and metavariable: "Pass option opt
 * to", "the directory dir". A translation that spells the metavariable out doubles the word ("a opção opção").
 */
function nounAndMetavariable(english: string): boolean {
  for (const m of english.matchAll(/(?<![\p{L}\p{N}])(\p{L}{4,}) (?=(\p{L}{3,})(?![\p{L}\p{N}]))/gu)) {
    // Cut short by two letters or more, and no word of the sentence's own ("then the", "format for").
    if (m[1]!.length >= m[2]!.length + 2 && m[1]!.startsWith(m[2]!) && !ENGLISH_SMALL_WORDS.has(m[2]!.toLowerCase())) return true;
  }
  return false;
}

/**
 * The word is the argument of an option in this pair or in the line before it ("-fstype tipo" above
 * "do tipo tipo"): the noun and then the metavariable it names, a man page's habit even without English.
 */
function optionArgument(word: string, pt: string, prevPt?: string): boolean {
  // A Portuguese function word ("e", "de", "o") is the sentence's own, never a placeholder an option takes.
  if (/\s/u.test(word) || SMALL_WORDS.has(word.toLowerCase())) return false;
  const argument = new RegExp(`(?:^|\\s)-{1,2}[\\p{L}\\p{N}][\\w-]*[ =]${word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`, "iu");
  return argument.test(pt) || (prevPt !== undefined && argument.test(prevPt));
}

/**
 * Whether the English says a phrase of one to MAX_PHRASE words twice in a row itself ("the head of the head of the
 * tail", "the value value"): a doubling in the Portuguese there renders the original's, whatever words it uses
 * ("a cabeça da cabeça da cauda"). Asked only of a pair with a doubling found: words are compared, no pattern built.
 */
function englishDoublesPhrase(english: string): boolean {
  const ws = words(english);
  const low = lowered(ws);
  // Words of letters, one space or a comma and a space between them: "1 1" in a matrix, "Help >> Scilab Help" across marks are
  // no phrase said twice; a list's items and a clause's repeats are ("Save Script, Save Script As", "by a space, followed by a space, followed by").
  const joined = (i: number): boolean => {
    if (i === 0) return false;
    const gap = english.slice(ws[i - 1]!.end, ws[i]!.start);
    return gap === " " || gap === ", ";
  };
  for (let i = 0; i < low.length; i++) {
    if (!LETTERS.test(low[i]!)) continue;
    // Two words at least: one word said twice is DOUBLED_WORD's.
    for (let n = 2; n <= MAX_PHRASE && i + 2 * n <= low.length; n++) {
      if (low[i] !== low[i + n]) continue;
      let same = true;
      for (let k = 0; k < 2 * n && same; k++) same = (k >= n || low[i + k] === low[i + n + k]) && LETTERS.test(low[i + k]!) && (k === 0 || joined(i + k));
      if (same) return true;
    }
  }
  return false;
}
const LETTERS = /^\p{L}+$/u;

/** How often the English has the word, as a word ("an other argument, and other may also appear"). */
function englishCount(english: string, word: string): number {
  let n = 0;
  for (const w of lowered(words(english))) if (w === word) n++;
  return n;
}

/** Text with every run of spaces dropped: "About this document ; mode" and "About this document; mode" are one line. */
const unspaced = (text: string): string => text.replace(/\s+/gu, "");

/** A repetition of figures only: in "[0.125 0.125 0.125 0.125]" a vector of values, not a doubled word. */
const FIGURES = /^[\p{N}.,\s-]+$/u;

/** A sentence needs this many words before its repetition is no accident of short replies ("Sim. Sim."). */
const MIN_SENTENCE_WORDS = 4;
const SENTENCE = /[^.!?…\n]+[.!?…]+["”)]?/gu;

/** A sentence followed by the same sentence: beyond the reach of the five-word phrase search. */
function repeatedSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let prev: { text: string; start: number } | undefined;
  // Two sentences need two stops: most pairs are one sentence.
  if (!/[.!?…][^.!?…]*[.!?…]/u.test(text)) return out;
  for (const m of execAll(SENTENCE, text)) {
    const own = m[0].trim();
    const start = m.index + m[0].indexOf(own);
    if (prev && own === prev.text && words(own).length >= MIN_SENTENCE_WORDS) out.push({ start, end: start + own.length });
    prev = { text: own, start };
  }
  return out;
}

/** A word or phrase found twice in a row: the span of both copies, and the first copy's text. */
interface Doubling { start: number; end: number; phrase: string }

// The helpers of `run` below stand at module level, not as closures made on every pair: tsx (the tests', the benches'
// and the development server's compiler) names each closure as it is made, which cost more than the search itself.

/** The separator before word `i` of `ws`. */
const separatorBefore = (text: string, ws: readonly Word[], i: number): string => text.slice(ws[i - 1]!.end, ws[i]!.start);

/** Whether words `a` and `b` follow the same separator: a single space each, or the same text without a line break. */
function sameSeparators(text: string, ws: readonly Word[], gaps: readonly boolean[], a: number, b: number): boolean {
  if (gaps[a]! && gaps[b]!) return true;
  const sep = separatorBefore(text, ws, a);
  return sep === separatorBefore(text, ws, b) && !sep.includes("\n");
}

/**
 * A doubling the document's code writes itself ("long long" in "long long atoll(const char *nptr);"), or a command of
 * the code that is a Portuguese word too, then that word ("O arredonda arredonda o número": the name, then the verb).
 * A name that is no word said twice ("src src", "fill fill") is a slip, and a function word is the sentence's own.
 */
const isCodeWord = (names: readonly string[] | undefined, context: CheckContext, w: string): boolean => isCodeName(names, `${w} ${w}`) ||
  (!SMALL_WORDS.has(w.toLowerCase()) && isCodeName(names, w) && context.spellers.pt?.correct(w) === true);

/**
 * "X ou X qualificado": an alternative between a thing and a kind of it, the qualifier after the noun as Portuguese puts it
 * ("estouro ou estouro negativo" for "overflow or underflow", "UTF-16 ou UTF-16 big endian"; session 15, issue 12:
 * dos2unix and manpages-dev pt-BR). The second copy is followed by a word of its own; a slip ends with the copy
 * ("partitura ou partitura."). Only "ou": "X e X …" is the machine translation's habit (artefacts.md), which the English
 * must vouch for (englishCoordinates).
 */
function alternativeKind(ws: readonly { text: string }[], low: readonly string[], gaps: readonly boolean[], i: number): boolean {
  const next = ws[i + 3];
  return low[i + 1] === "ou" && next !== undefined && gaps[i + 3] === true && /^\p{L}{2,}$/u.test(next.text) && !SMALL_WORDS.has(low[i + 3]!);
}

/** Whether the English coordinates a word with a copy of itself (see COORDINATED_COPY). */
const englishCoordinates = (en: string | undefined): boolean => en !== undefined && / (?:and|or) /u.test(en) && COORDINATED_COPY.test(en);

/** The English repeats the line before it too (an example's two identical lines). */
const englishRepeats = (pair: CheckInput): boolean => pair.en !== undefined && pair.prevEn !== undefined && unspaced(pair.en) === unspaced(pair.prevEn);

/** The doublings of `found` that are slips, not the English's own or a word and its metavariable. */
function keptDoublings(found: readonly Doubling[], pair: CheckInput): Doubling[] {
  // A doubling the English has too is the original's ("Duran Duran", "Bora Bora", a release named twice).
  const english = pair.en?.toLowerCase();
  // Where the pair's English is thin, the English beside it doubles the same literal ("end end", "C1 C1" of an example the
  // aligner paired apart): a name, code or figure, never a translated word, so the copy there is the same place.
  const meant = (m: Doubling) => (english !== undefined && doubledIn(english, m.phrase.toLowerCase())) ||
    (sharedLiteral(m.phrase) && thinEnglish(pair) && englishAround(pair).some((e) => doubledIn(e, m.phrase)));
  // "do tipo TIPO", "o valor valor" where the English says "the value value": a word and its metavariable, a man page's habit.
  const metavariable = (m: Doubling) => {
    const copies = pair.pt.slice(m.start, m.end);
    return copies !== `${m.phrase} ${m.phrase}` && copies.toLowerCase() === `${m.phrase} ${m.phrase}`.toLowerCase() && /\p{Lu}{2}/u.test(copies);
  };
  // "X e X", "X ou X": a copy coordinated with the word, not said twice in a row.
  const coordinated = (m: Doubling) => / (?:e|ou) /u.test(pair.pt.slice(m.start + m.phrase.length, m.end));
  // The English doubles a word or a phrase itself: the Portuguese renders it ("a cabeça da cabeça da cauda").
  const englishDoubles = found.length > 0 && english !== undefined && (DOUBLED_WORD.test(english) || englishDoublesPhrase(english));
  // The copies are a word the English has twice itself: a keyword the text discusses ("um argumento other e other também
  // pode aparecer" for "an other argument, and other may also appear"). A Portuguese word is not in the English; a short
  // one ("a", "se") may be, by chance; a name ("Scilab e Scilab") is in it many times, and a word said twice in a row
  // ("debconf debconf", "fill fill") is a slip whatever the English says.
  const englishWordTwice = (m: Doubling) => english !== undefined && coordinated(m) && /^\p{Ll}+$/u.test(m.phrase) && m.phrase.length >= MIN_X_AND_X && englishCount(english, m.phrase.toLowerCase()) >= 2;
  // A word said twice in a row where the English has a noun and its metavariable: the metavariable spelled out.
  const spelledOut = (m: Doubling) =>
    !/\s/u.test(m.phrase) && pair.pt.slice(m.start, m.end).toLowerCase() === `${m.phrase} ${m.phrase}`.toLowerCase() &&
    ((english !== undefined && nounAndMetavariable(english)) || optionArgument(m.phrase, pair.pt, pair.prevPt));
  return found.filter((m, i) => !meant(m) && !metavariable(m) && !spelledOut(m) && !englishDoubles && !englishWordTwice(m) && !found.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start || j < i)));
}

/** The same word or phrase twice in a row ("o o modelo", "disse que disse que"), or "X e X" ("ponderadas e ponderadas"). */
export const repetitionDoubled: Check<"repetition-doubled"> = {
  id: "repetition-doubled",
  family: "repetition",
  severity: "warning",
  name: "Repeated word",
  description: "A word, phrase or sentence is repeated by mistake (\"informações ponderadas e ponderadas\").",
  // The document's code names its types and functions (see codeNames): learned once, for every pair.
  runDocument(pairs, context) {
    const ctx = { ...context, document: { ...context.document, codeNames: codeNames(pairs) } };
    return { pairFlags: pairs.map((pair) => this.run!(pair, ctx)), documentFlags: [] };
  },
  run(pair, context) {
    const names = context.document?.codeNames;
    const ws = words(pair.pt);
    const low = lowered(ws);
    // Only a single space may separate the copies: a comma marks deliberate emphasis ("muito, muito").
    // Inside a phrase the copies need the same separators ("conter, por exemplo conter, por exemplo").
    // Separators are compared only where a first word recurs: slicing every gap of every pair would cost more than the search.
    const gaps = ws.map((w, i) => i > 0 && w.start - ws[i - 1]!.end === 1 && pair.pt[w.start - 1] === " ");
    const found: Doubling[] = [];
    // Asked only of a pair with an "X e X": most pairs have none, and the pattern reads the whole English.
    let coordinates: boolean | undefined;
    for (let i = 0; i < ws.length; i++) {
      for (let n = MAX_PHRASE; n >= 1; n--) {
        // The first word must recur n words later; checking that first skips nearly every n.
        if (i + 2 * n > ws.length || low[i] !== low[i + n]) continue;
        let same = true;
        for (let k = 0; k < n && same; k++) same = low[i + k] === low[i + n + k] && (k === 0 ? gaps[i + n]! : sameSeparators(pair.pt, ws, gaps, i + k, i + n + k));
        if (!same || (n === 1 && EMPHATIC.has(low[i]!))) continue;
        if (n === 1 && isCodeWord(names, context, ws[i]!.text)) continue;
        // "se se": the conjunction and then the pronoun ("controla se se deve incluir", "Se se esquecer de montar"), correct Portuguese.
        if (n === 1 && low[i] === "se") continue;
        // A one-letter word before a variable of one letter: "associado a A", "se A e E", "de a a b" (from a to b).
        if (n === 1 && low[i]!.length === 1 && (ws[i]!.text !== ws[i + 1]!.text || ws[i + 2]?.text.length === 1)) continue;
        // A letter that is no Portuguese word, repeated: notes or variables ("{ c8 c c  c c c }"), not a slip.
        if (n === 1 && /^\p{L}$/u.test(low[i]!) && !/^[aeoàéô]$/u.test(low[i]!)) continue;
        // Figures inside a bracket or a run of more figures are a vector's values ("2 2 vezes" in prose stays a slip).
        if (FIGURES.test(pair.pt.slice(ws[i]!.start, ws[i + n - 1]!.end)) && (/[[(]\s*$/u.test(pair.pt.slice(0, ws[i]!.start)) || /^\s*[\p{N}\])]/u.test(pair.pt.slice(ws[i + 2 * n - 1]!.end)))) continue;
        // A line laid out in columns is a record: two fields may hold the same value ("1 root root   68248 Mar 23  2025", owner and group).
        // So is a line of `ls -l` with its columns squeezed to single spaces: it opens with the file's mode.
        if (linesUpColumns(lineAt(pair.pt, ws[i]!.start)) || listingRecord(lineAt(pair.pt, ws[i]!.start))) continue;
        // "do que o que o Meta oferece": a phrase of small words around "que" recurs in correct Portuguese ("com um com um" does not).
        if (n > 1 && low.slice(i, i + n).every((x) => SMALL_WORDS.has(x)) && low.slice(i, i + n).includes("que")) continue;
        found.push({ start: ws[i]!.start, end: ws[i + 2 * n - 1]!.end, phrase: pair.pt.slice(ws[i]!.start, ws[i + n - 1]!.end) });
        break;
      }
      const w = low[i]!;
      // The copies written alike: "Aumentar zoom e Zoom 1:1" names a second button.
      if (i + 2 < ws.length && (low[i + 1] === "e" || low[i + 1] === "ou") && low[i + 2] === w && ws[i]!.text === ws[i + 2]!.text && w.length >= MIN_X_AND_X && !EMPHATIC.has(w) && gaps[i + 1]! && gaps[i + 2]! && !isCodeWord(names, context, ws[i]!.text) && !alternativeKind(ws, low, gaps, i) && !(coordinates ??= englishCoordinates(pair.en))) {
        found.push({ start: ws[i]!.start, end: ws[i + 2]!.end, phrase: ws[i]!.text });
      }
    }
    // Most pairs double nothing: the English is read only for a pair that does.
    const flags = found.length ? keptDoublings(found, pair).map((m) => flagAt(this, pair.pt, m.start, m.end, `"${m.phrase}" is repeated.`, m.phrase)) : [];
    // The segmenter puts each sentence in a pair of its own: a sentence said twice is this pair repeating the last one.
    const own = pair.pt.trim();
    // The English repeats its line too (an example's two identical lines): the Portuguese follows it.
    // (Asked last: only a pair that repeats the one before it gets this far.)
    if (pair.prevPt?.trim() === own && words(own).length >= MIN_SENTENCE_WORDS && !(pair.en !== undefined && pair.en.trim() === own) && !englishRepeats(pair)) {
      const start = pair.pt.indexOf(own);
      flags.push(flagAt(this, pair.pt, start, start + own.length, "This sentence repeats the one before it.", ""));
    }
    for (const r of repeatedSentences(pair.pt)) if (!flags.some((f) => f.start < r.end && r.start < f.end)) {
      flags.push(flagAt(this, pair.pt, r.start, r.end, "This sentence is said twice in a row.", ""));
    }
    for (const r of repeatedPassages(pair.pt, ws, low)) if (!flags.some((f) => f.start < r.end && r.start < f.end)) {
      flags.push(flagAt(this, pair.pt, r.start, r.end, "This passage is said twice in a row.", ""));
    }
    return flags.sort((a, b) => a.start - b.start);
  },
};
