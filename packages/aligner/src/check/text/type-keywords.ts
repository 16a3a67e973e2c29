import { words } from "./words.ts";

/**
 * The words C spells its types with, and the languages that took C's types with it (C++, Java, C#, Objective-C):
 * base types, their sign and size, their storage and qualifiers. A closed set the languages reserve, not a guess
 * at vocabulary: no leftover English phrase is made of these words alone, while a manual says "unsigned char",
 * "long double" or "static int" in the middle of its Portuguese as it says a function's name: the type as the
 * compiler reads it, which no translation touches.
 */
const TYPE_KEYWORDS = new Set(["void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "const", "volatile", "static", "extern", "register", "bool", "struct", "union", "enum"]);

/** Two words at least, in lower case, each one of the type keywords: "unsigned char", "long double", "static int". */
export function isTypeSpelling(text: string): boolean {
  const ws = words(text);
  return ws.length >= 2 && ws.every((w) => TYPE_KEYWORDS.has(w.text));
}

const KEYWORD_ALTERNATION = [...TYPE_KEYWORDS].join("|");
/**
 * A line of C that declares: its type's keywords, then a pointer's name, a function pointer or a function's or array's
 * name with its bracket ("char *data, int *datalen,", "int (*get)(const DB *db, DBT *key,", "int fwprintf(FILE *restrict
 * stream,"): a prototype or a structure's member as the header has it, cut at any argument. Prose that opens with such a
 * word ("long ago, in", "short (five minutes)") has no star or name glued to a bracket after it.
 */
const DECLARATION_LINE = new RegExp(`^(?:(?:${KEYWORD_ALTERNATION})\\s+)*(?:${KEYWORD_ALTERNATION})\\s*(?:\\*+\\s*[\\p{L}_][\\p{L}\\p{N}_]*|\\(\\s*\\*|[\\p{L}_][\\p{L}\\p{N}_]*\\s*[(\\[])`, "u");
export const isDeclarationLine = (line: string): boolean => DECLARATION_LINE.test(line.trim());
