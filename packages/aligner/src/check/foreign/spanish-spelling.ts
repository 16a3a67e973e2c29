import type { Speller } from "../../types.ts";

const IE = /ie/gu;
const UE = /ue/gu;
// Spanish writes one "s" between vowels where Portuguese doubles it ("pasos", "procesos", "pasará"): a Portuguese word
// that lost a letter reads the same, so the Spanish dictionary must know it.
const SINGLE_S = /(?<=[aeiouáéíóú])s(?=[aeiouáéíóú])/gu;
// Spanish spellings and their Portuguese counterparts, tried one or two at a time.
const RULES: [RegExp, string][] = [
  [/ciones$/u, "ções"], [/ción$/u, "ção"], [/siones$/u, "sões"], [/sión$/u, "são"], [/dad$/u, "dade"],
  // "variables" / "variáveis", "incompatible" / "incompatível", "transferencia" / "transferência".
  [/ables$/u, "áveis"], [/ibles$/u, "íveis"], [/able$/u, "ável"], [/ible$/u, "ível"], [/encia$/u, "ência"], [/ancia$/u, "ância"], [/ñ/gu, "nh"], [/ll/gu, "lh"], [IE, "e"], [UE, "o"],
  // "crecer" / "crescer", "nacer" / "nascer": Portuguese keeps the s before c.
  [/(?<=[aeiou])c(?=[ei])/gu, "sc"], [/z/gu, "ç"], [SINGLE_S, "ss"],
];
// The diphthongs alone prove nothing: "priemiras" (a typo of "primeiras"), "ieditor" (a name) and
// French "partie" reach a Portuguese word through them as easily as a Spanish one does.
const WEAK = new Set<RegExp>([IE, UE, SINGLE_S]);

// Prefixes the dictionary does not list with every stem ("hiper-crescimento").
const PREFIX = /^(hiper|super|sub|pré|pós|re|des|anti|auto|multi|mega|micro|macro|neo|semi|ultra|inter|contra)/u;

/**
 * The Portuguese word a Spanish-spelled word stands for ("hipercrecimento" → "hipercrescimento"),
 * if any; `weak` says it was reached through the diphthongs alone ("ie", "ue"), which the caller
 * should back with the Spanish dictionary.
 */
export function portugueseFor(word: string, pt: Speller): { word: string; weak: boolean } | undefined {
  const prefix = PREFIX.exec(word)?.[0] ?? "";
  for (const [head, stem] of prefix ? [["", word], [prefix, word.slice(prefix.length)]] : [["", word]]) {
    for (const [a, ra] of RULES) {
      if (!a.test(stem!)) continue;
      const once = stem!.replace(a, ra);
      if (pt.correct(once)) return { word: head + once, weak: WEAK.has(a) };
      for (const [b, rb] of RULES) {
        if (b === a || !b.test(once)) continue;
        const twice = once.replace(b, rb);
        if (pt.correct(twice)) return { word: head + twice, weak: WEAK.has(a) && WEAK.has(b) };
      }
    }
  }
  return undefined;
}
