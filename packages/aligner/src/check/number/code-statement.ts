import { looksLikeCode } from "../text/looks-like-code.ts";

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
