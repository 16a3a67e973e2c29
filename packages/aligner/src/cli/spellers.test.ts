import { describe, expect, it } from "vitest";
import { createSpeller, spellerFromCompiled } from "../check/text/speller.ts";
import { bytesSlices, fromSaved, sourceFingerprint } from "./saved-speller.ts";
import { readDictionary, savedForm } from "./spellers.ts";

/** Inflected, prefixed, capitalised, accented, foreign and made-up words. */
const fingerprint = (d: { aff: Uint8Array; dic: Uint8Array }) => sourceFingerprint([bytesSlices(d.aff), bytesSlices(d.dic)]);

const WORDS = ["casa", "Casas", "falávamos", "desfazer", "refazendo", "inteligência", "artificiais", "ajudaríamos", "Noé", "xyzzy", "running", "unhappiness", "colour", "the", "ChatGPT", "porém", "también", "__proto__", "constructor"];

describe("the dictionaries' saved form", () => {
  for (const lang of ["pt", "en"] as const) {
    it(`answers as the dictionary compiled at run time does, read back from its files (${lang})`, () => {
      const dictionary = readDictionary(lang);
      // Through bytes, as the files are written and read.
      const files = savedForm(dictionary);
      const saved = fromSaved({ ...files, rules: Uint8Array.from(files.rules), stems: Uint8Array.from(files.stems), ...(files.dic ? { dic: Uint8Array.from(files.dic) } : {}) }, fingerprint(dictionary))!;
      // Both dictionaries fit in Latin-1, so the command line never decodes their UTF-8.
      expect(saved.dic).toBe(new TextDecoder().decode(dictionary.dic));
      const plain = createSpeller(dictionary);
      const fromFiles = createSpeller({ aff: dictionary.aff, dic: saved.dic! }, saved.speller);
      // As the command line makes it: from the saved text alone, the package's .aff unread.
      const fromSavedText = spellerFromCompiled(saved.dic!, saved.speller)!;
      const answers = (s: typeof plain) => WORDS.map((w) => `${w}:${s.correct(w)}`);
      expect(answers(fromFiles)).toEqual(answers(plain));
      expect(answers(fromSavedText)).toEqual(answers(plain));
      expect(answers(plain).filter((a) => a.endsWith("true")).length).toBeGreaterThan(1);
    });
  }

  it("is refused when made from other dictionary files", () => {
    const pt = readDictionary("pt");
    const files = savedForm(readDictionary("en"));
    expect(fromSaved(files, fingerprint(pt))).toBeUndefined();
  });

  it("is refused when its saved text is not the one it was compiled from (a stem table points into it)", () => {
    const files = savedForm(readDictionary("en"));
    const saved = fromSaved(files, fingerprint(readDictionary("en")))!;
    expect(spellerFromCompiled(saved.dic!.slice(1), saved.speller)).toBeUndefined();
  });

  it("tells a dictionary changed in one byte, or grown, from the one it was made from", () => {
    const en = readDictionary("en");
    const edited = Uint8Array.from(en.dic);
    edited[edited.length - 2]! ^= 1;
    expect(fingerprint({ aff: en.aff, dic: edited })).not.toBe(fingerprint(en));
    expect(fingerprint({ aff: en.aff, dic: Uint8Array.from([...en.dic, 0x0a]) })).not.toBe(fingerprint(en));
  });
});
