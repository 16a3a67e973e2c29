import { literalSpans, type LiteralSpan } from "../../normalize/literal-spans.ts";

/**
 * Literal material found by its structure, for the checks that judge single words (spelling, foreign words): a word
 * inside a URL, an address, a path, a file name, a version, an option, a command line or an identifier of code
 * (`normalize/literal-spans.ts`), one of a bracketed list of bare names ("[num, indice] = size(a)", "{x, y}"), or a
 * name assigned a value ("indice = num + 1"). The program's text, written as the program reads it, not the
 * translator's prose: a missing accent or a Spanish-looking name there is no slip. Menus, keys and markup are not
 * here: their words are translated text.
 */
const CODE_KINDS = new Set<LiteralSpan["kind"]>(["url", "email", "code", "path", "host", "file", "version", "option", "command"]);

// A bracketed list of two names at least, bare and joined by commas: a vector of outputs, a set, a tuple.
const NAME_LIST = /[[{]\s*[\p{L}_][\p{L}\p{N}_]*(?:\s*,\s*[\p{L}_][\p{L}\p{N}_]*)+\s*[\]}]/gu;
// "=" after the name, not "==": an assignment, as code and configuration write it ("indice = 1", "titulo=x").
const ASSIGNED = /^[ \t]?=(?!=)/u;

/** Whether the word at `[start, end)` of `text` is literal material of code (see above). Asked only of a word about to be flagged. */
export function inCodeLiteral(text: string, start: number, end: number): boolean {
  if (ASSIGNED.test(text.slice(end, end + 3))) return true;
  if (literalSpans(text).some((s) => CODE_KINDS.has(s.kind) && s.start <= start && end <= s.end)) return true;
  if (!/[[{]/u.test(text)) return false;
  for (const m of text.matchAll(NAME_LIST)) if (m.index <= start && end <= m.index + m[0].length) return true;
  return false;
}
