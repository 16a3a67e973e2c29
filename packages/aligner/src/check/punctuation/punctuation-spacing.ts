import { literalSpans, overlapsLiteral, type LiteralKind } from "../../normalize/literal-spans.ts";
import type { CheckInput, Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { isNavigationTrail } from "../text/navigation-trail.ts";
import { lineAt, linesUpColumns } from "../text/lines.ts";
import { englishShowsForm } from "../text/english-form.ts";
import { isParameterLineColon } from "../text/parameter-line.ts";

// A space before , ; : ! ? or a closing full stop; "..." and a spaced dash are left alone.
const SPACE_BEFORE = /(?<=[\p{L}\p{N}"”)]) +([,;:!?]|\.(?!\.))(?=\s|$)/gu;
// Exactly two spaces between words: three or more line up columns in man pages and code.
const DOUBLE_SPACE = /(?<=[\p{L},;])  (?=\p{L})/gu;
/** After the mark and its space, something that is no word: the mark is named, not used ("o padrão . (ponto)", "os caracteres . + -"). */
const NAMED_MARK = /^\s+[^\p{L}\p{N}\s"“'‘]/u;
/** Before the space, the word that names the mark: "O ponto . coincide com qualquer caractere", "classes de caracteres ? e *". */
const MARK_NAMED_BEFORE = /(?:^|[^\p{L}])(?:ponto|pontos|vírgula|interrogação|exclamação|sinal|símbolo|caracteres?|carácter(?:es)?)$/iu;
/**
 * A code token before the space: a call, an expression, a quoted value, a variable with a digit
 * ("cosm(X) .", "a=3 ,", "\"off\" .", "x2 ,", "v ."). A translator keeps code apart from the stop after it,
 * as from an address, so the stop is not read as part of it.
 */
const CODE_TOKEN = /(?:^|\s)(?:\S*(?:[=%[\]*^_{}<>\\|]|\p{L}\d*\(|\S[,;]\S)\S*|"[^"\s]*"|\p{L}+\d+[\p{L}\d]*|[b-df-np-z])$/iu;
/**
 * Inside a matrix written in the prose ("a matriz [1 , 2 ; 3 , 4]"): the bracket still open before the mark
 * holds figures and short names only, so its commas and semicolons are the literal's, spaced as code is.
 */
const IN_MATRIX = /\[[-+*\/^'.,;:\s\d]*(?:(?<![\p{L}])\p{L}{1,2}\d*(?![\p{L}])[-+*\/^'.,;:\s\d]*)*$/u;
/**
 * Inside a call's arguments written in the prose ("linspace(0 , 1 , 10)", "xset('window' , 1)"): the
 * bracket of a name glued to it is still open before the mark, so the mark is the call's, spaced as code is.
 */
const IN_CALL = /[\p{L}_%][\p{L}\p{N}_.]*\([^()\n]*$/u;
/**
 * After the value of an assignment or a comparison written in the prose ("a = 1 ; b = 2", "for i = 1 : 10", "x == 1 ,"): a statement
 * of code, whose separators and ranges keep the spacing the code has. Not a sentence's "=" between words.
 */
const AFTER_ASSIGNMENT = /(?:^|\s)[\p{L}_%][\p{L}\p{N}_.%]*(?:\([^()\s]*\))?\s?(?:==|~=|<>|<=|>=|=)\s?[-+]?[\p{N}%'"[][^\s]*$/u;

/** After a spaced mark, a word in lower case: the mark is a symbol within the sentence, not its end. */
const SYMBOL_BEFORE_WORD = /^ \p{Ll}/u;

/** A command and its option after two spaces: literal material the page set apart ("a  xz --decompress", "com  ls -l"). */
const COMMAND_LINE_AFTER = /^[\p{L}\p{N}_.+-]+ -{1,2}\p{L}/u;

/** A label opening its line that is no word ("1 :", "d,i :", "%T :", "-1 :"): a definition list's term, spaced as in the English. */
const SYMBOL_LABEL = /^\s*(?=\S*[^\p{L}\s])\S+$/u;
/** A comment in an example ("// exemplo 2 : mostra"): the code's own text, with its own spacing. */
const CODE_COMMENT = /^\s*(?:\/\/|#)/u;
/**
 * Literals a translator keeps apart from the stop after them, so the stop is not read as part of
 * the address, the option or the command ("as opções -printf e -fprintf .").
 */
const ADDRESS: ReadonlySet<LiteralKind> = new Set(["url", "email", "path", "host", "file", "option", "command", "code"]);
/**
 * A man page's synopsis of an option, alone on its line: the option, its arguments and the mark its
 * syntax ends with ("-exec comando ;", "--files0-from=F ;"). Syntax, not a sentence.
 */
const OPTION_SYNOPSIS = /^\s*-{1,2}[A-Za-z][\w-]*(?:[ =]\S+){0,3}\s*$/u;

/**
 * From this many spaces before a mark on, the document spaces its punctuation by habit (a
 * translator's French spacing, " :" and " ," all along a reference manual): one finding with a
 * fix for the commonest mark tells the reviewer more than a flag on every pair.
 */
export const SPACING_HABIT = 3;

const MESSAGE = (mark: string) => `Remove the space before "${mark}".`;

/** Whether spaces before punctuation are the document's habit rather than a pair's slip. */
export const spacesPunctuation = (pairs: readonly CheckInput[]): boolean => {
  let n = 0;
  for (const p of pairs) if ((n += spacesBefore(p).length) >= SPACING_HABIT) return true;
  return false;
};

export const punctuationSpacing: Check<"punctuation-spacing"> = {
  id: "punctuation-spacing",
  family: "punctuation",
  severity: "info",
  name: "Spacing around punctuation",
  description: "A space before a punctuation mark, or two spaces between words.",
  supersedes: ["punctuation-spacing"],
  raisedIn: (document) => document.spacedPunctuation === true,
  run(pair) {
    const flags = spacesBefore(pair).map((m) => flagAt(this, pair.pt, m.index, m.index + m[0].length, MESSAGE(m[1]!), m[1]!));
    // A text with line breaks inside is laid out (a table, code, a synopsis): its spaces are layout,
    // and so are they where the English has two spaces too (a table row kept on one line).
    if (pair.pt.includes("  ") && !pair.pt.includes("\n") && !(pair.en ?? "").includes("  ") && !CODE_COMMENT.test(pair.pt) && !looksLikeCode(pair.pt) && !linesUpColumns(pair.pt)) {
      for (const m of execAll(DOUBLE_SPACE, pair.pt)) {
        // Spaces beside code line it up with the formula above or below ("s(proj(x,y)) onde  proj(x,y)").
        const after = /^\S*/u.exec(pair.pt.slice(m.index + 2))![0];
        if (CODE_TOKEN.test(pair.pt.slice(0, m.index)) || CODE_TOKEN.test(` ${after}`)) continue;
        // Spaces before a command line set the literal apart as the typeset page did ("é equivalente a  xz --decompress"):
        // the page's layout around code, not a slip between two words of prose.
        if (COMMAND_LINE_AFTER.test(pair.pt.slice(m.index + 2))) continue;
        flags.push(flagAt(this, pair.pt, m.index, m.index + m[0].length, "Two spaces between words: keep one.", " "));
      }
    }
    return flags.sort((a, b) => a.start - b.start);
  },
  runDocument(pairs, context) {
    // The document pass hands its flags on as they are: code is left out here, as checkPair leaves it out.
    const perPair = pairs.map((p) => this.run!(p, context));
    const spaced = perPair.flat().filter((f) => f.suggestion !== " ");
    if (spaced.length < SPACING_HABIT) return { pairFlags: perPair, documentFlags: [] };
    // The fix offered is for the commonest mark; the message counts them all.
    const byMark = new Map<string, number>();
    for (const f of spaced) byMark.set(f.suggestion!, (byMark.get(f.suggestion!) ?? 0) + 1);
    const [mark] = [...byMark].sort((a, b) => b[1] - a[1])[0]!;
    const documentFlag: Flag = flagAt(this, ` ${mark}`, 0, 2, `${spaced.length} spaces before punctuation in this document (${[...byMark].map(([m, n]) => `${n}× " ${m}"`).join(", ")}): remove them.`, mark);
    return { pairFlags: pairs.map(() => []), documentFlags: [documentFlag] };
  },
};

/** The spaces before a mark in a pair's Portuguese that are no layout, name or address. */
function spacesBefore(pair: CheckInput): RegExpExecArray[] {
  // A plain search for " ," and the like rules out nearly every pair before the lookbehind runs.
  if (!/ [,;:!?.]/u.test(pair.pt)) return [];
  const en = pair.en ?? "";
  const found = execAll(SPACE_BEFORE, pair.pt);
  if (!found.length || looksLikeCode(pair.pt)) return [];
  const literals = literalSpans(pair.pt).filter((l) => l.kind !== "number" && l.kind !== "markup");
  return found.filter((m) => {
    const mark = m[1]!;
    // The English spaces the mark too: a character spoken of ("Same as ! expr") or the source's own layout.
    if (en.includes(` ${mark}`)) return false;
    // The mark may be named at the end of the pair, the segmenter having cut after it ("o padrão . ¶ (ponto) pode").
    const after = pair.pt.slice(m.index + m[0].length) || (pair.nextPt === undefined ? "" : ` ${pair.nextPt}`);
    const before = pair.pt.slice(0, m.index);
    // The English beside a thin pair's spaces it too, after the same code token or name ("kid3rc ." where the aligner paired the
    // sentence apart): the source's spacing, at the same place.
    if (englishShowsForm(pair, ` ${mark}`, { before })) return false;
    if (NAMED_MARK.test(after) || MARK_NAMED_BEFORE.test(before) || CODE_TOKEN.test(before) || ((mark === "," || mark === ";") && IN_MATRIX.test(before))) return false;
    if ((mark !== "." && IN_CALL.test(before)) || (mark !== "." && mark !== "!" && mark !== "?" && AFTER_ASSIGNMENT.test(before))) return false;
    // A stop, question or exclamation mark spaced on both sides before a word in lower case ends no sentence (one after it
    // starts with a capital): it is the character itself, spoken of ("Mesmo que ! expr", "pathname tem . como último
    // componente", "se encontrar um ? sem condição": an operator, the current directory, a wildcard). Within the pair
    // only: the next pair opening in lower case may be a lower-case document's next sentence.
    if ((mark === "!" || mark === "?" || mark === ".") && SYMBOL_BEFORE_WORD.test(pair.pt.slice(m.index + m[0].length))) return false;
    const line = lineAt(pair.pt, m.index);
    const lineBefore = before.slice(before.lastIndexOf("\n") + 1);
    // A docstring's parameter and its type ("axis : None ou int, opcional"): numpydoc spaces that colon.
    if (mark === ":" && isParameterLineColon(pair.pt, m.index)) return false;
    if (SYMBOL_LABEL.test(lineBefore) || OPTION_SYNOPSIS.test(lineBefore) || CODE_COMMENT.test(line) || isNavigationTrail(line)) return false;
    if (overlapsLiteral(literals, m.index, m.index + m[0].length)) return false;
    return !literals.some((s) => s.end === m.index && ADDRESS.has(s.kind));
  });
}
