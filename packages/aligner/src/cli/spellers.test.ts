import { describe, expect, it } from "vitest";
import { createSpeller } from "../check/text/speller.ts";
import { dictionaryKey } from "../check/text/speller.ts";
import { fromSaved } from "./saved-speller.ts";
import { readDictionary, savedForm } from "./spellers.ts";

/** Inflected, prefixed, capitalised, accented, foreign and made-up words. */
const WORDS = ["casa", "Casas", "falávamos", "desfazer", "refazendo", "inteligência", "artificiais", "ajudaríamos", "Noé", "xyzzy", "running", "unhappiness", "colour", "the", "ChatGPT", "porém", "también", "__proto__", "constructor"];

describe("the dictionaries' saved form", () => {
  for (const lang of ["pt", "en"] as const) {
    it(`answers as the dictionary compiled at run time does, read back from its files (${lang})`, () => {
      const dictionary = readDictionary(lang);
      // Through bytes, as the files are written and read.
      const files = savedForm(dictionary);
      const saved = fromSaved({ ...files, rules: Uint8Array.from(files.rules), stems: Uint8Array.from(files.stems), ...(files.dic ? { dic: Uint8Array.from(files.dic) } : {}) }, dictionaryKey(dictionary.aff, dictionary.dic))!;
      // Both dictionaries fit in Latin-1, so the command line never decodes their UTF-8.
      expect(saved.dic).toBe(new TextDecoder().decode(dictionary.dic));
      const plain = createSpeller(dictionary);
      const fromFiles = createSpeller({ aff: dictionary.aff, dic: saved.dic! }, saved.speller);
      const answers = (s: typeof plain) => WORDS.map((w) => `${w}:${s.correct(w)}`);
      expect(answers(fromFiles)).toEqual(answers(plain));
      expect(answers(plain).filter((a) => a.endsWith("true")).length).toBeGreaterThan(1);
    });
  }

  it("is refused when made from other dictionary files", () => {
    const pt = readDictionary("pt");
    const files = savedForm(readDictionary("en"));
    expect(fromSaved(files, dictionaryKey(pt.aff, pt.dic))).toBeUndefined();
  });
});
