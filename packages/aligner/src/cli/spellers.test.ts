import { describe, expect, it } from "vitest";
import { createSpeller, type CompiledSpeller } from "../check/text/speller.ts";
import { readDictionary, savedForm } from "./spellers.ts";

/** Inflected, prefixed, capitalised, accented, foreign and made-up words. */
const WORDS = ["casa", "Casas", "falávamos", "desfazer", "inteligência", "artificiais", "ajudaríamos", "Noé", "xyzzy", "running", "colour", "the", "ChatGPT", "porém", "también", "__proto__"];

/** The saved form read back as the command line reads it: JSON, raw stem bytes, Latin-1 text. */
function readBack(saved: ReturnType<typeof savedForm>): { speller: CompiledSpeller; dic: string | undefined } {
  const meta = JSON.parse(saved.json) as CompiledSpeller;
  const copy = new Uint8Array(saved.stems);
  return { speller: { ...meta, stems: new Int32Array(copy.buffer, 0, copy.byteLength / 4) }, dic: saved.dic === undefined ? undefined : Buffer.from(saved.dic).toString("latin1") };
}

describe("the dictionaries' saved form", () => {
  for (const lang of ["pt", "en"] as const) {
    it(`answers as the dictionary compiled at run time does, from its Latin-1 text (${lang})`, () => {
      const dictionary = readDictionary(lang);
      const saved = readBack(savedForm(dictionary));
      // Both dictionaries fit in Latin-1, so the command line never decodes their UTF-8.
      expect(saved.dic).toBe(new TextDecoder().decode(dictionary.dic));
      const plain = createSpeller(dictionary);
      const fromSaved = createSpeller({ aff: dictionary.aff, dic: saved.dic! }, saved.speller);
      const answers = (s: typeof plain) => WORDS.map((w) => `${w}:${s.correct(w)}`);
      expect(answers(fromSaved)).toEqual(answers(plain));
      expect(answers(plain).filter((a) => a.endsWith("true")).length).toBeGreaterThan(1);
    });
  }
});
