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
