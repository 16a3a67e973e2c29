import { literalSpans, maskLiterals } from "../../normalize/literal-spans.ts";
import { countLetters as letters } from "./count-letters.ts";
import { PassMemo } from "../../document-pass.ts";
import { BoundedCache } from "../../bounded-cache.js";

/** Below this share of its letters outside literal spans a text is literal material, not prose. */
const MIN_PROSE_SHARE = 0.5;
/** Lines of code: a prompt, a comment, an assignment, a call or a block delimiter. */
const CODE_LINE = new RegExp([
  String.raw`^\s*[$#%>]\s`, // a prompt or a shell comment
  String.raw`^\s*(?:;|\/\/)`, // a Lisp or C comment
  String.raw`^\s*\([a-z][\w*!?-]*(?:\s|\)).*\)\s*$`, // a Lisp form ending on its line
  String.raw`^\s*\([a-z][\w*!?-]*\s*$`, // a Lisp form opening a block
  String.raw`^\s*\([a-z][\w*!?-]*\s.*\([a-z][\w*!?-]*\s*$`, // a Lisp form opening another ("(set! theResult (script-fu-text-box")
  String.raw`^\s*[\w.-]+(?:=|::)\S`, // an assignment or a configuration path
  String.raw`(?:["')\d];|\{)\s*$`, // a statement ending in a value, or a block opening (a list item's ";" is prose)
  String.raw`^\s*[{}\])]`, // a closing delimiter
  String.raw`\s\\$`, // a continued command line
  String.raw`^\s*(?:-->|>>>|\$\s)`, // an interpreter's prompt
  String.raw`^\s*[\w.]+\(.*\)\s*;?\s*$`, // a call alone on its line
  String.raw`^\s*[\w.[\],]+\s=\s\S.*[\w)\]'"]\s*;?\s*$`, // an assignment
  String.raw`^\s*(?:"[^"]*"|'?\([^)]*\)|[A-Z]+-[A-Z]+)\s.*;\s*\S`, // a value with a Lisp comment after it
  // Scilab, Fortran and shell examples of reference pages (scilab-doc, dpkg, the installation guide):
  String.raw`^\s*(?:function|subroutine)\s+(?:\[[^\]]*\]\s*=\s*|\w+\s*=\s*)?[\w.]+\s*\([^)]*\)\s*$`, // a function's header
  String.raw`^\s*(?:end(?:function|if|for|while|select)?|else|fi|done|esac)\s*[;,]?\s*$`, // a block's keyword alone
  String.raw`^\s*(?:(?:else)?if|while|case)\s.*\sthen\s*$`, // a condition opening a block
  String.raw`^\s*for\s+\w+\s*=\s*[^\s=]`, // a counted loop ("for k=1:10")
  String.raw`^\s*\[?\s*'[^']*'\s*[,;\])]*\s*(?:\.{2,3})?\s*$`, // a quoted line of a string vector ('else ')
  // (not a definition's "numbeps(2) = # de blocos de tamanho 1 x 2", nor "[U,dim]=schur(A,'d') retorna…": a word standing alone is prose)
  String.raw`^\s*(?:\[[\w\s,.]*\]|[\w.]+\([^()]*\))\s*=\s*(?!.*\s\p{Ll}{2,}(?:[\s,.;:!?]|$)|.*\s\p{L}+\s+\p{L})[^\s=](?:.*[^.\s])?\s*$`, // an assignment to an index or to outputs
  String.raw`^\s*[\w.]+\s=\s[\w.]+\s*;?\s*$`, // an assignment of a name ("y = x")
  String.raw`^\s*\([\w-]+=|#include\s`, // a symbols file's tag, a C include
  String.raw`^\s*\([\w+-]+(?:\|[\w+-]+)+\)["\w]`, // a symbols file's tags glued to the symbol ("(regex|optional)"private" 1.0")
  String.raw`^\s*[\w-]+\s+[\w-]+(?:\/[\w-]+)+\s+(?:string|boolean|select|multiselect|note|password|text|seen)(?:\s|$)`, // a preseed line (a value, or its "seen" flag)
  String.raw`^\s*(?:export|unset|readonly|declare|local)\s+[A-Z_][A-Z\d_]*(?:[\s=]|$)`, // a shell statement on variables ("export CPPFLAGS CFLAGS")
  String.raw`^\s*[a-z][\w-]*\s+[\w.-]+=(?<q>['"]).*\k<q>\s*$`, // a command setting a name to a quoted value ("set root='(hd0,msdos1)'")
].join("|"), "u");
/**
 * Code known by its shape, each test behind a cheap guard (CODE_LINE is tried at every position of every line):
 * - a line in lower case, no sentence's stop in it, ending in a call and a block's colon or brace ("for raiz, pastas
 *   in os.walk(pasta):", "def rg2sc(dirpath):"): a block's header; a sentence introducing a formula opens with a capital;
 * - a variable with its sigil in an operation ("$a + \" mais \" + $b", "$x * 2"): prose names a variable, code computes with it.
 */
const BLOCK_HEADER = /^\s*\p{Ll}(?:(?!\.\s)[^\n!?])*[\p{L}_][\p{L}\p{N}_.]*\([^()\n]*\)\s*[:{]\s*$/u;
const SIGIL_OPERATION = /\$[\p{L}_][\p{L}\p{N}_]*\s*[-+*\/%]\s*[$"'(\p{N}]|(?<=["')\p{N}]\s*[-+*\/%]\s*)\$[\p{L}_]/u;
const BLOCK_OPENS = /\)\s*[:{]\s*$/u;
const codeByShape = (line: string): boolean =>
  (line.includes("$") && SIGIL_OPERATION.test(line)) || (BLOCK_OPENS.test(line) && BLOCK_HEADER.test(line));
const isCodeLine = (line: string): boolean => CODE_LINE.test(line) || codeByShape(line);

/**
 * Code known by how its line ends: a line comment after a statement ("cumprod(I) //native
 * evaluation", the comment often translated) or a statement continued on the next line ("..").
 * What comes before must not read as prose: "…esta função retorna os componentes de st1,st2,..."
 * and "…múltiplos do valor padrão: 4096, 8192, ..." are sentences ending in an ellipsis.
 */
const COMMENT_AFTER = /[\w)\]'";]\s*\/\//u;
// Two dots or more: Scilab's ".." and "...", and the run of four a page may show ("optim(list(f,a1,b1),....").
const CONTINUED = /(?:[,;(\[=+*\/-]\s*|\)\s+)\.{2,}\s*$/u;
/** Words of two letters or more standing alone, as prose has them; code glues its names to brackets and operators. */
const MAX_PLAIN_WORDS = 3;
const PLAIN_WORD = /^\p{Ll}{2,}[,.;:]?$/u;
const plainWords = (text: string): number => text.split(/\s+/u).filter((t) => PLAIN_WORD.test(t)).length;
const endsAsCode = (line: string): boolean => {
  const comment = COMMENT_AFTER.exec(line);
  if (comment) return plainWords(line.slice(0, comment.index + 1)) <= MAX_PLAIN_WORDS;
  return CONTINUED.test(line) && plainWords(line) <= MAX_PLAIN_WORDS;
};
/**
 * A formula or an expression rather than words: as many operators and brackets as letters
 * ("- 1/3*exp(-(x1+1).^2 - y1.^2)", "ceil([1.9 -2.5])-[2,-2]"). Prose quotes a vector or a call
 * among many more letters.
 */
const OPERATOR = /[()[\]{}=*^/\\<>;|&~+]/gu;
const MIN_OPERATORS = 4;
/** Plain words a formula may have ("M * exp(%i * P)" has none). */
const MAX_FORMULA_WORDS = 1;
/** An operator counts for this many letters: a formula names short variables ("M * exp(%i * P)"). */
const OPERATOR_WEIGHT = 1.5;
// A Markdown link's brackets and an HTML tag's are markup, not operators ("*[Source](#).", "x(<b>i</b>,j)").
const LINK = /\[[^\]]*\]\([^)]*\)|<\/?[a-z]+>/gu;
// A line opening on a word ("que z(i,j)=f(x(i),y(j))") is a sentence going on into its formula.
const OPENING_WORD = /^\s*\p{L}{2,}\s/u;
const isFormula = (line: string): boolean => {
  // A formula closing a sentence ("y(i,j)=log(1 + x(i,j)).") is written in the prose, which the other checks still read.
  // Nor is a label of words around symbols ("(// or /*...*/) comments", an entry's purpose).
  if (OPENING_WORD.test(line) || /\.\s*$/u.test(line) || plainWords(line) > MAX_FORMULA_WORDS) return false;
  const ops = line.replace(LINK, " ").match(OPERATOR)?.length ?? 0;
  return ops >= MIN_OPERATORS && ops * OPERATOR_WEIGHT >= letters(line);
};
/** Share of code lines that makes a block code. */
const MIN_CODE_LINES = 0.5;
/** Share of a block's letters its code lines must hold (config blocks' "};" has none, a prose line many). */
const MIN_CODE_LETTERS = 0.25;

/**
 * Whether a segment is code, a command line or a configuration excerpt rather than prose:
 * mostly literal material, or lines most of which read as code. Software help quotes them
 * in both languages alike; casing, punctuation and language checks have nothing to say there.
 */
export function looksLikeCode(text: string): boolean {
  const known = passAnswers.get(text) ?? codeCache.get(text);
  if (known !== undefined) return known;
  const answer = looksLikeCodeUncached(text);
  // A pass keeps it; the few recent texts are kept only outside one.
  if (passAnswers.set(text, answer)) return answer;
  return codeCache.set(text, answer);
}

/**
 * Texts whose answer is kept: the pipeline, the casing, omission, markup, punctuation and
 * page-break checks all ask about the same pair's text, and a document pass asks again.
 */
const CODE_CACHE_SIZE = 64;
const codeCache = new BoundedCache<string, boolean>(CODE_CACHE_SIZE);
/** Every text's answer during a document pass, whose document checks ask again after the pair checks. */
const passAnswers = new PassMemo<string, boolean>();

function looksLikeCodeUncached(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim());
  if (!lines.length) return false;
  const codeLines = lines.filter((l) => isCodeLine(l) || endsAsCode(l) || isFormula(l));
  // A sentence introducing a short formula ("… tais que:" then "x=n/d") stays prose: the code must hold a share of the letters too.
  if (codeLines.length >= MIN_CODE_LINES * lines.length && (lines.length === 1 || letters(codeLines.join("")) >= MIN_CODE_LETTERS * letters(text))) return true;
  const all = letters(text);
  // Link texts and numbers are not code: "[Source](#)" is English left in, for the checks to see.
  const code = literalSpans(text).filter((l) => l.kind !== "markup" && l.kind !== "number");
  return all > 0 && letters(maskLiterals(text, code)) < MIN_PROSE_SHARE * all;
}

/** Plain words outside the literals from which a line is a sentence around them, not a command with a word or two. */
const MIN_SENTENCE_WORDS = 3;
/** A stop closing the line, after a word or a literal's closing quote or bracket. */
const SENTENCE_END = /[\p{L}\p{N}`'"”’)⟩>][.!?]$/u;
/**
 * A sentence of prose that quotes literal material ("um manual completo ⟨https://…⟩ está
 * disponível.", "Por exemplo, `find /tmp -quit` imprimirá apenas `/tmp/foo`."): one line, at least
 * MIN_SENTENCE_WORDS plain words outside the literals, ending with a sentence's stop, and no line
 * of code once the literals are set aside. Most of its letters may be the literals' (looksLikeCode
 * says code), but its words and its stop say where a sentence starts and ends.
 */
export function sentenceAroundLiterals(text: string): boolean {
  const line = text.trim();
  if (!line || line.includes("\n") || !SENTENCE_END.test(line)) return false;
  const code = literalSpans(line).filter((l) => l.kind !== "markup" && l.kind !== "number");
  if (!code.length) return false;
  const masked = maskLiterals(line, code);
  return plainWords(masked) >= MIN_SENTENCE_WORDS && !isCodeLine(masked) && !endsAsCode(masked);
}
