import { inDocumentWords, learnedOnce } from "./document-words.ts";

/**
 * The identifiers a document's code writes: a function called or declared ("long double asinl(long double x);",
 * "asinf(), asinl()", "arredonda(x)"), a parameter of a declaration ("void kile.alert.sorry(String texto, String titulo);"), a word
 * of a declaration's type ("long long atoll(const char *nptr);"). Its prose names them too ("O titulo é o texto da
 * mensagem", "asin, asinf, asinl - função arco seno", "de long ou long long"), in another pair than the code, so a
 * pair alone cannot tell the name from a word with an accent lost or said twice. Learned once per document.
 * (Not the words of a line of braces: KTurtle's "} senao {" is the pt-PT keyword, and a slip in the pt-BR book.)
 */
const CALL = /([\p{L}_][\p{L}\p{N}_]*)\(([^()\n]*)\)/gu;
/** What a word's brackets hold when they end it rather than call it: "arquivo(s)", "função(ões)", "o(a)". */
const WORD_ENDING = /^(?:s|es|is|as|os|a|o|ões|ães|ns|em)$/u;
/** A declared parameter: a type and then its name, before the next one, the bracket or a default ("bool ignorar = true"). */
const PARAMETER = /^\s*(?:[\p{L}_][\p{L}\p{N}_.:<>]*[\s*&]+)+([\p{L}_][\p{L}\p{N}_]*)\s*(?:=.*)?$/u;
/** A declaration on its own line, its type first: "long long atoll(const char *nptr);" (the type's words are code too). */
const DECLARATION = /^\s*((?:[\p{L}_][\p{L}\p{N}_]*[\s*]+)+)[\p{L}_][\p{L}\p{N}_.:]*\([^()\n]*\)\s*;\s*$/gmu;
const WORD = /[\p{L}_][\p{L}\p{N}_]*/gu;
/** An argument that is a name and nothing else. */
const BARE = /^[\p{L}_][\p{L}\p{N}_]*$/u;
/**
 * A variable the code increments or reaches through a pointer ("++linha)", "i++", "no->proximo"): the operator glued
 * to the name says it is the program's, wherever the prose then names it ("o símbolo linha"). (An arrow between
 * capitalised words is a menu's path, "Ficheiro->Abrir", not a pointer.)
 */
const OPERATED = /\+\+([\p{L}_][\p{L}\p{N}_]*)|([\p{L}_][\p{L}\p{N}_]*)\+\+|([\p{Ll}_][\p{L}\p{N}_]*)->([\p{Ll}_][\p{L}\p{N}_]*)/gu;

export const codeNames = learnedOnce((inputs) => {
  const found = new Set<string>();
  for (const { pt } of inputs) {
    if (pt.includes("++") || pt.includes("->")) for (const m of pt.matchAll(OPERATED)) for (const name of m.slice(1)) if (name) found.add(name);
    if (!pt.includes("(")) continue;
    for (const m of pt.matchAll(CALL)) {
      if (WORD_ENDING.test(m[2]!)) continue;
      found.add(m[1]!);
      // An untyped signature's arguments, as a numerical language writes them ("xfpoly(xv,yv,close)", "[y]=plot2d(x,estilo)"):
      // bare names, two at least or after the outputs' "=", so that prose's "o valor(x)" gives nothing.
      const args = m[2]!.split(",").map((a) => a.trim());
      if (args.every((a) => BARE.test(a)) && (args.length >= 2 || /=\s*$/u.test(pt.slice(Math.max(0, m.index - 3), m.index)))) for (const a of args) found.add(a);
      for (const parameter of m[2]!.split(",")) {
        const p = PARAMETER.exec(parameter);
        if (!p) continue;
        found.add(p[1]!);
        // Its type's words too, as a declaration's return type's are ("const char *nptr": "const", "char").
        for (const w of parameter.slice(0, parameter.lastIndexOf(p[1]!)).match(WORD) ?? []) found.add(w);
      }
    }
    if (!pt.includes(");")) continue;
    for (const m of pt.matchAll(DECLARATION)) {
      const type = m[1]!.match(WORD) ?? [];
      // A type of one word said twice ("long long") is kept as that phrase too: the code's own doubling.
      type.forEach((w, k) => { found.add(w); if (type[k - 1] === w) found.add(`${w} ${w}`); });
    }
  }
  return found;
});

/** Whether the word is one of the document's code names. */
export const isCodeName: (names: readonly string[] | undefined, word: string) => boolean = inDocumentWords;
