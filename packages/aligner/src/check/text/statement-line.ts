import { inDocumentWords, learnedOnce } from "./document-words.ts";

/**
 * A statement of a program's example, one per line: a command in lower case and its arguments, numbers, variables or
 * placeholders ("avancar 20", "circunferencia 50", "  avancar $x", "arcoseno X", "go 30,30"). In a handbook that teaches
 * a scripting language whose commands are translated (KDE's KTurtle: "avancar", "senao", "circunferencia"), the command
 * is the language's keyword or the example's own identifier, not a Portuguese word to spell-check or a foreign one.
 * The line holds nothing else; prose ("avança 20 passos", "Capítulo 3") has more words or a capital.
 */
const STATEMENT = /^\s*(\p{Ll}[\p{Ll}\p{N}_]*)(?:\s+(?:-?\d+(?:[.,]\d+)*(?:,-?\d+(?:[.,]\d+)*)*|\$[\p{L}_][\p{L}\p{N}_]*|\p{Lu}(?:,\p{Lu})*|[-+*/<>=]|\{))+\s*$/u;

/** Whether the whole text is one such statement's line ("go 30,30", "circunferencia 50"); its command, or undefined. */
export function statementLine(text: string): string | undefined {
  return text.includes("\n") || !MAY_BE_STATEMENT.test(text) ? undefined : STATEMENT.exec(text)?.[1];
}

/** Whether the word at [start, end) is the command opening such a statement's line. */
export function isStatementCommand(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== "") return false;
  const lineEnd = text.indexOf("\n", end);
  const m = STATEMENT.exec(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
  return m !== null && m[1]!.length === end - start;
}

// A line that may be a statement: a lower-case word first and something after it (most prose lines fail the first test).
const MAY_BE_STATEMENT = /^\s*\p{Ll}[\p{Ll}\p{N}_]*\s+\S/u;

/**
 * The commands the document's examples write as statements ("avancar", "circunferencia" in KTurtle's book): the
 * language's own words, which its prose names too ("O novo comando chama-se circunferencia", "contém o comando avancar").
 * Learned once per document; a word only prose writes (a slip) is none of them.
 */
export const statementCommands = learnedOnce((inputs) => {
  const found = new Set<string>();
  for (const { pt } of inputs) {
    for (const line of pt.split("\n")) {
      if (!MAY_BE_STATEMENT.test(line)) continue;
      const m = STATEMENT.exec(line);
      if (m) found.add(m[1]!);
    }
  }
  return found;
});

/** Whether the lower-case word is one of the document's statement commands. */
export const isDocumentCommand: (commands: readonly string[] | undefined, word: string) => boolean = inDocumentWords;
