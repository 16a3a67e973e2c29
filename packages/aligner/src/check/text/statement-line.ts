/**
 * A statement of a program's example, one per line: a command in lower case and its arguments, numbers, variables or
 * placeholders ("avancar 20", "circunferencia 50", "  avancar $x", "arcoseno X", "go 30,30"). In a handbook that teaches
 * a scripting language whose commands are translated (KDE's KTurtle: "avancar", "senao", "circunferencia"), the command
 * is the language's keyword or the example's own identifier, not a Portuguese word to spell-check or a foreign one.
 * The line holds nothing else; prose ("avança 20 passos", "Capítulo 3") has more words or a capital.
 */
const STATEMENT = /^\s*(\p{Ll}[\p{Ll}\p{N}_]*)(?:\s+(?:-?\d+(?:[.,]\d+)*(?:,-?\d+(?:[.,]\d+)*)*|\$[\p{L}_][\p{L}\p{N}_]*|\p{Lu}(?:,\p{Lu})*|[-+*/<>=]|\{))+\s*$/u;

/** Whether the word at [start, end) is the command opening such a statement's line. */
export function isStatementCommand(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== "") return false;
  const lineEnd = text.indexOf("\n", end);
  const m = STATEMENT.exec(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
  return m !== null && m[1]!.length === end - start;
}
