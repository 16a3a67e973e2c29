import dictionaryEn from "dictionary-en";
import dictionaryEs from "dictionary-es";
import dictionaryFr from "dictionary-fr";
import dictionaryIt from "dictionary-it";
import dictionaryPt from "dictionary-pt";
import { describe, expect, it } from "vitest";
import { affixCondition } from "./affix-condition.ts";
import { parseRules } from "./speller.ts";

const text = (data: string | Uint8Array): string => (typeof data === "string" ? data : new TextDecoder().decode(data));

/** The answer the speller's RegExp for a condition gave. */
const byRegExp = (kind: "SFX" | "PFX", cond: string, stem: string) => new RegExp(kind === "SFX" ? `${cond}$` : `^${cond}`, "u").test(stem);

/** Stems with the letters the conditions name, short ones, and characters a RegExp reads apart: astral letters, lone surrogates, line ends. */
const STEMS = [
  "", "a", "o", "casa", "cantar", "falávamos", "pão", "mãe", "órgão", "viu", "crescer", "lápis", "qu", "gu", "ção", "guerra",
  "nous", "être", "città", "perché", "hablar", "año", "happy", "try", "cheese", "fix", "box",
  "𝐀", "a𝐀", "𝐀a", "\ud835", "a\ud835", "\udc00", "\udc00a", "\ud835\ud835", "a\n", "\na", "a\r", "\u2028", "x\u2029",
];

describe("affix conditions", () => {
  const dictionaries = { pt: dictionaryPt, en: dictionaryEn, es: dictionaryEs, it: dictionaryIt, fr: dictionaryFr };
  for (const [lang, dictionary] of Object.entries(dictionaries)) {
    it(`answer as the RegExp of the condition does, for every condition of the ${lang} dictionary`, () => {
      const rules = parseRules(text(dictionary.aff));
      let tried = 0;
      for (const kind of ["SFX", "PFX"] as const) {
        const conditions = new Set(Object.values(rules[kind]).flatMap((tuples) => tuples.map((t) => t[2])));
        // Each condition on the stems above and on the stems a rule of it would have been written for (its letters, end to end).
        for (const cond of conditions) {
          const letters = cond.replace(/[[\]^.]/gu, "");
          const test = affixCondition(kind, cond);
          for (const stem of [...STEMS, letters, `x${letters}`, `${letters}x`]) {
            expect(test(stem), `${kind} ${cond} on ${JSON.stringify(stem)}`).toBe(byRegExp(kind, cond, stem));
            tried++;
          }
        }
      }
      expect(tried).toBeGreaterThan(100);
    });
  }

  it("hold where a condition is met and not otherwise, at the stem's end or start", () => {
    expect(affixCondition("SFX", "[^aeiou]o")("gato")).toBe(true);
    expect(affixCondition("SFX", "[^aeiou]o")("meio")).toBe(false);
    expect(affixCondition("PFX", "[^rs]")("fazer")).toBe(true);
    expect(affixCondition("PFX", "[^rs]")("refazer")).toBe(false);
    expect(affixCondition("SFX", "..")("a")).toBe(false);
  });

  it("read syntax other than letters, dots and sets as a RegExp does", () => {
    for (const [cond, stem] of [["(ab|cd)", "xcd"], ["a{2}", "caa"], ["[a-c]", "xb"], ["a\\.", "ba."], ["a\\.", "bab"], ["[^a-c]", "xd"]] as const) {
      expect(affixCondition("SFX", cond)(stem), `${cond} on ${stem}`).toBe(byRegExp("SFX", cond, stem));
    }
  });
});
