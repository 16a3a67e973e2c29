import type { Speller } from "../../types.ts";

// Spanish spellings and their Portuguese counterparts, tried one or two at a time.
const RULES: [RegExp, string][] = [
  [/ciones$/u, "ções"], [/ción$/u, "ção"], [/siones$/u, "sões"], [/sión$/u, "são"], [/dad$/u, "dade"],
  // "variables" / "variáveis", "incompatible" / "incompatível", "transferencia" / "transferência".
  [/ables$/u, "áveis"], [/ibles$/u, "íveis"], [/able$/u, "ável"], [/ible$/u, "ível"], [/encia$/u, "ência"], [/ancia$/u, "ância"], [/ñ/gu, "nh"], [/ll/gu, "lh"], [/ie/gu, "e"], [/ue/gu, "o"],
  // "crecer" / "crescer", "nacer" / "nascer": Portuguese keeps the s before c.
  [/(?<=[aeiou])c(?=[ei])/gu, "sc"], [/z/gu, "ç"],
];
// Prefixes the dictionary does not list with every stem ("hiper-crescimento").
const PREFIX = /^(hiper|super|sub|pré|pós|re|des|anti|auto|multi|mega|micro|macro|neo|semi|ultra|inter|contra)/u;

/** The Portuguese word a Spanish-spelled word stands for ("hipercrecimento" → "hipercrescimento"), if any. */
export function portugueseFor(word: string, pt: Speller): string | undefined {
  const prefix = PREFIX.exec(word)?.[0] ?? "";
  for (const [head, stem] of prefix ? [["", word], [prefix, word.slice(prefix.length)]] : [["", word]]) {
    for (const [a, ra] of RULES) {
      if (!a.test(stem!)) continue;
      const once = stem!.replace(a, ra);
      if (pt.correct(once)) return head + once;
      for (const [b, rb] of RULES) {
        if (b === a || !b.test(once)) continue;
        const twice = once.replace(b, rb);
        if (pt.correct(twice)) return head + twice;
      }
    }
  }
  return undefined;
}
