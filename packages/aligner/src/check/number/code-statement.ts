import type { Speller } from "../../types.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { statementLine } from "../text/statement-line.ts";

/**
 * Statements of code: an example block, an assignment. Help pages quote them as they were when the
 * page was translated, so their numbers follow the page's version, not the translation. A man
 * page's "apt-secure(8)" alone is no statement: a section number the reader follows, still compared;
 * nor is a definition list's "type=5:" (a value the text documents).
 */
// A block of lines, or a statement ended by ";" after a call or a value ("x = f(2);", "b(2:10)=4; c=1").
// Also an expression of brackets ("ceil([1.9 -2.5])-[2,-2]") and a loop's header ("for k=1:4"). A call
// alone is not one ("f(1, 2)" in a sentence's place is still compared), nor a line of a comment, whose
// figures the page's prose repeats ("// num_interface = floor(funptr(nome)/100)").
// An assignment of a call's result or of a matrix, alone on its line ("x = linspace(0, 10, 100)", "A = [1 2; 3 4]"),
// is one too without its ";"; a definition's "type=5:" is not (its value is no call nor matrix).
const STATEMENT = /\n|[)\]'"\w]\s*;|[)\]]\s*[-+*\/]\s*[([]|^\s*for\s+\w+\s*=|^\s*(?:\[[\w\s,.]*\]|[\w.]+)\s*=\s*(?:[\w.%]+\s*\(.*\)|\[.*\])\s*$/u;
// Every branch of STATEMENT needs one of these: a text without any (most prose) skips the pattern, which tries every offset.
const STATEMENT_CHAR = /[\n;=)\]]/u;
export const isCodeStatement = (text: string): boolean => {
  const t = text.trim();
  return STATEMENT_CHAR.test(t) && STATEMENT.test(t) && looksLikeCode(text);
};

/** A variable of a script assigned a value, alone on its line: "$ano = 2004", "$x = 4". */
const VARIABLE_ASSIGNED = /^\s*\$[\p{L}_][\p{L}\p{N}_]*\s*=\s*[^\s=][^\n=]*$/u;
/** A command line after a shell's prompt, with an option: "% konsolekalendar --add --date 2016-12-01 \\". */
const PROMPTED_COMMAND = /^\s*[%$#>]\s+\p{Ll}[\p{L}\p{N}_.+-]*\s[^\n]*(?:^|\s)--?\p{L}/u;

/**
 * A line of an example's code on both sides of the pair: a statement of the scripting language the page teaches
 * ("go 30,30" for "go 200,200", "circunferencia 50" for "circle 40"), a variable assigned ("$ano = 2004" for
 * "$year = 2003"), a command line after a prompt. The example is the translation's own, run and drawn for its
 * version of the page: its figures are the example's, not a translation of the English's (reviewed as false alarms
 * in KTurtle's and KonsoleKalendar's books, pt, session 16). Both sides must be code of one shape, and a statement's
 * command no Portuguese word ("versão 2.8" is a heading's words, whatever its English).
 */
export function isCodeLinePair(pt: string, en: string, speller: Speller | undefined): boolean {
  const command = statementLine(pt.trim());
  if (command !== undefined) return statementLine(en.trim()) !== undefined && !speller?.correct(command);
  if (VARIABLE_ASSIGNED.test(pt)) return VARIABLE_ASSIGNED.test(en);
  return PROMPTED_COMMAND.test(pt) && PROMPTED_COMMAND.test(en);
}
