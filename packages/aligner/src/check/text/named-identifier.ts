/**
 * A translated identifier that the prose names by its kind ("o comando avancar", "o símbolo celula", "O novo comando
 * chama-se circunferencia" for "the forward command", "the symbol cell", "The new command is called circle"). A program's
 * identifiers are written in ASCII, so a translator who renames one in the example code drops its accents and cedillas;
 * the prose then names the identifier as the code spells it, which is no misspelling of "avançar" or "célula".
 * Reviewed as false alarms in KDevelop's (pt, pt-BR) and KTurtle's (pt-BR) books, session 16.
 *
 * Three conditions, so that an ordinary accent lost ("o comando executa", "da pagina") stays a flag:
 * - the word is the fix with its diacritics dropped, and nothing else changed (an identifier's spelling of that word);
 * - a noun naming a kind of code stands right before it in the Portuguese (not a word of prose: "o comando", "o símbolo");
 * - the pair's English names the same kind of code: the English speaks of a command, a symbol, a variable.
 */

import { withoutAccents } from "./words.ts";

/** The kinds of code a documentation names a token by, each with its English noun. */
const KINDS: readonly [RegExp, RegExp][] = [
  [/comando/u, /(?<![\p{L}\p{N}])commands?(?![\p{L}\p{N}])/iu],
  [/s[íi]mbolo/u, /(?<![\p{L}\p{N}])symbols?(?![\p{L}\p{N}])/iu],
  [/vari[áa]vel/u, /(?<![\p{L}\p{N}])variables?(?![\p{L}\p{N}])/iu],
  [/fun[çc][ãa]o/u, /(?<![\p{L}\p{N}])functions?(?![\p{L}\p{N}])/iu],
  [/palavra-chave/u, /(?<![\p{L}\p{N}])keywords?(?![\p{L}\p{N}])/iu],
  [/identificador/u, /(?<![\p{L}\p{N}])identifiers?(?![\p{L}\p{N}])/iu],
];
/** The noun right before the word, perhaps with the verb that names it ("comando chama-se", "comando é"). */
const NOUN_BEFORE = /(?:^|[^\p{L}-])(comando|s[íi]mbolo|vari[áa]vel|fun[çc][ãa]o|palavra-chave|identificador)(?: chama-se| é| de nome| chamad[oa])? $/iu;
const ASCII_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/u;


export function namedIdentifier(pt: string, start: number, end: number, fix: string | undefined, en: string | undefined): boolean {
  const word = pt.slice(start, end);
  if (fix === undefined || en === undefined || fix === word || !ASCII_NAME.test(word) || withoutAccents(fix) !== word) return false;
  const noun = NOUN_BEFORE.exec(pt.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
  if (noun === undefined) return false;
  const kind = KINDS.find(([portuguese]) => portuguese.test(noun));
  return kind !== undefined && kind[1].test(en);
}
