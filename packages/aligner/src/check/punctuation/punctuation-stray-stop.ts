import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";
import { hasExtraStops } from "../text/sentence-stops.ts";
import { isDiagramLine } from "../text/diagram.ts";
import { englishLeftoverAt } from "../text/english-leftover.ts";
import { englishShowsForm } from "../text/english-form.ts";

// Words that cannot end a Portuguese sentence: a full stop after them cuts a phrase in two ("como um. enxame").
const NEVER_LAST = "um|uma|uns|umas|o|a|os|as|de|da|do|das|dos|em|no|na|nos|nas|para|com|como|e|ou|que|por|pelo|pela|seu|sua|seus|suas|ao|à|aos|às|mais|muito|entre|sem|sobre";
const CUT = new RegExp(`(?<![\\p{L}])(${NEVER_LAST})\\. (\\p{Ll}[\\p{L}-]*)`, "giu");
// A full stop straight before another mark: ". ," or ".,"; or a comma or semicolon typed twice.
const DOUBLE = /[.!?]\s*[,;:]|(?<![,;])([,;])\s*\1(?![,;])/gu;
// A stop, then a word in lower case: a sentence start, or a stray stop. The English tells which.
// A number alone before the stop, at the start or after a space or colon: a list's item number.
const ENUMERATOR = /(?:^|[\s:(])\d{1,2}$/u;
const STOP_LOWER = /(?<=[\p{L}\p{N})"”])\. (?=\p{Ll})/gu;


// Capitals each with its stop before this one: "I.P", "U.S", "E.U.A".
const INITIALS = /(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu}$/u;
/** Words a field's label has at most ("escrit. solic:", "set. lidos:"). */
const MAX_LABEL_WORDS = 3;

/**
 * Whether the stop at `offset` lies in a label opening its line, closed by a colon a few words on: a table's or
 * an output's field named with abbreviated words ("set. lidos: Total de setores lidos", "mescl.: Leituras agrupadas").
 */
function abbreviatedLabel(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const colon = text.indexOf(":", offset);
  const lineEnd = text.indexOf("\n", offset);
  if (colon < 0 || (lineEnd >= 0 && colon > lineEnd)) return false;
  const label = text.slice(lineStart, colon);
  return /^\s*\p{L}/u.test(label) && label.trim().split(/\s+/u).length <= MAX_LABEL_WORDS && /^\s+\S/u.test(text.slice(colon + 1));
}

/** Before a "?" or "!": nothing but more of them since a space, a bracket or the start ("(?", " ???"). */
const MARKS_AS_TOKEN = /(?:^|[\s(\[{"“‘'«])[?!]*$/u;

/** Whether `text` has `mark` inside a sentence: followed by a comma, colon or semicolon, or by a word in lower case. */
function markInsideSentence(text: string, mark: string): boolean {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    if (/^(?:[,;:]|\s+\p{Ll})/u.test(text.slice(at + 1, at + 4))) return true;
  }
  return false;
}

/** The English's stop at `at` goes on with a lower-case word: inside its sentence, not at its end. */
const STOP_THEN_LOWER = /^\. +\p{Ll}/u;
const stopInsideSentence = (en: string, at: number): boolean => STOP_THEN_LOWER.test(en.slice(at, at + 4));

/** A call or a formula right after the stop ("y(i,j)=log(x(i,j))", "lt(a,b)=a<b", "intppty(fun) com"): code opens the next sentence. */
const CODE_AFTER = /^[\p{L}\p{N}_]*[(=[]/u;
export const punctuationStrayStop: Check<"punctuation-stray-stop"> = {
  id: "punctuation-stray-stop",
  family: "punctuation",
  severity: "warning",
  name: "Stray full stop",
  description: "A full stop cuts a phrase in two or stands next to another punctuation mark.",
  run(pair, context) {
    // Every cut is a full stop and a space; most pairs have none inside, so the pattern is spared.
    const flags = (pair.pt.includes(". ") ? execAll(CUT, pair.pt) : []).filter((m) =>
      // The pattern ignores case for the word before the stop; the word after must be in lower case.
      // "A. Isto", "Apêndice A. Howto": a letter that names something; "p.e. usar": an abbreviation's last letter.
      /^\p{Ll}/u.test(m[2]!) && !/^\p{Lu}$/u.test(m[1]!) && pair.pt[m.index - 1] !== "." &&
      // Code opens the next sentence here too ("Menor que. lt(a,b)=a<b", KAlgebra's function list), as below.
      !CODE_AFTER.test(pair.pt.slice(m.index + m[1]!.length + 2))).map((m) =>
      flagAt(this, pair.pt, m.index, m.index + m[0].length, "A full stop cuts this phrase in two: remove it.", `${m[1]} ${m[2]}`));
    // More stops than the English has, one of them before a lower-case word: that one cuts a sentence in two.
    if (pair.pt.includes(". ") && hasExtraStops(pair.pt, pair.en)) {
      for (const m of execAll(STOP_LOWER, pair.pt)) {
        if (flags.some((f) => f.start <= m.index && m.index < f.end)) continue;
        // "O valor é: 1. se o pacote…": an item number inside the sentence, not its end.
        if (ENUMERATOR.test(pair.pt.slice(0, m.index))) continue;
        // Initials ("as I.P. sejam tratadas"), a label's abbreviated word before its colon ("set. lidos: Total de setores",
        // vmstat's fields), a box of an ASCII diagram ("Doc. de entrada --\ /---> Doc. de saída").
        if (INITIALS.test(pair.pt.slice(Math.max(0, m.index - 12), m.index)) || abbreviatedLabel(pair.pt, m.index) || isDiagramLine(pair.pt, m.index)) continue;
        const next = /^\p{L}+/u.exec(pair.pt.slice(m.index + 2))?.[0] ?? "";
        // Code opens the next sentence ("elemento a elemento. y(i,j)=log(x(i,j))", "feita). intppty(fun) com"): a call or a formula.
        if (CODE_AFTER.test(pair.pt.slice(m.index + 2))) continue;
        // English left in beside the stop: the untranslated checks' finding (text/english-leftover.ts).
        if (englishLeftoverAt(pair.pt, pair.en, m.index, m.index + 2, context.spellers)) continue;
        // The English stops after the same code token, name or figure ("the 10. network", "-I. to perl"), in the pair or beside
        // a thin one: that stop is the source's, and the extra stop the count found lies elsewhere or nowhere.
        if (englishShowsForm(pair, ". ", { before: pair.pt.slice(0, m.index) })) continue;
        // A letter alone that is no Portuguese word opens the next sentence as a variable ("com coeficientes reais. y tem o seu tamanho de x").
        if (next.length === 1 && !"aeoàé".includes(next)) continue;
        flags.push(flagAt(this, pair.pt, m.index, m.index + 2 + next.length, "The English has no sentence break here: remove the full stop.", ` ${next}`));
      }
    }
    for (const m of execAll(DOUBLE, pair.pt)) {
      // "etc.," and "U.S.," are an abbreviation's dot followed by a comma.
      if (m[0][0] === "." && /(?:etc|(?<![\p{L}\p{N}])\p{L})$/u.test(pair.pt.slice(0, m.index))) continue;
      // A label's abbreviated word and its colon, at the start of its line ("tam.: Tamanho de cada objeto", "págs.:").
      if (m[0] === ".:" && abbreviatedLabel(pair.pt, m.index)) continue;
      // "i1,...,in", "x2... ;": an ellipsis in a list of terms; "os metacaracteres ?, +": a mark named.
      if (m[0][0] === "." && pair.pt[m.index - 1] === ".") continue;
      if (m[0][0] !== "." && m[0][0] !== "," && m[0][0] !== ";" && /(?:^|[\s\\])$/u.test(pair.pt.slice(0, m.index))) continue;
      // So is a run of them standing as a token of its own ("caracteres especiais (?, *)", a lost name shown as "???,"):
      // a symbol or a placeholder, not the end of a sentence.
      if ((m[0][0] === "?" || m[0][0] === "!") && MARKS_AS_TOKEN.test(pair.pt.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "abaixo do texto Incorreto!:" for "below the Incorrect! string:": the English has the mark inside its sentence
      // too, a quoted label's own "!" or "?", and the colon is the sentence's.
      if ((m[0][0] === "?" || m[0][0] === "!") && pair.en !== undefined && markInsideSentence(pair.en, m[0][0])) continue;
      // "Anal.,", "Seletor de cores.,": the English has the same two marks, the original's abbreviation or slip.
      if (pair.en?.includes(m[0])) continue;
      // So does the English beside a thin pair's, after the same code token, name or figure.
      if (englishShowsForm(pair, m[0], { before: pair.pt.slice(0, m.index) })) continue;
      // The stop is the token's own: the English writes the same figure or name with it inside its sentence, a lower-case
      // word after it ("rede 10. :" for "the 10. network:", an address's prefix), so the mark after it is the sentence's
      // one mark (casing-sentence-start's stopInToken reads "-I. ao perl" the same way).
      if (m[0][0] === "." && englishShowsForm(pair, ". ", { before: pair.pt.slice(0, m.index), where: stopInsideSentence })) continue;
      const mark = m[0].slice(-1);
      flags.push(flagAt(this, pair.pt, m.index, m.index + m[0].length, "Two punctuation marks in a row: keep one.", mark));
    }
    return flags;
  },
};
