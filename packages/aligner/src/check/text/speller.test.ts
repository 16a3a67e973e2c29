import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { describe, expect, it } from "vitest";
import { compiledFiles } from "../../cli/spellers.ts";
import { compileSpeller, createSpeller, type CompiledSpeller } from "./speller.ts";

/** Inflected, prefixed, capitalised, foreign and made-up words: every path through the speller. */
const WORDS = [
  "casa", "casas", "Casas", "gatinho", "falávamos", "desfazer", "refazendo", "inteligência", "artificiais",
  "constructor", "toString", "__proto__", "hipercrecimento", "xyzzy", "Noé", "ajudar", "ajudaríamos", "computer",
  "running", "unhappiness", "colour", "color", "the", "AI", "ChatGPT", "porém", "pero", "también",
];

/** A compiled form as the build writes it and the command line reads it back (JSON and raw bytes). */
function throughFiles(compiled: CompiledSpeller): CompiledSpeller {
  const { json, stems } = compiledFiles(compiled);
  const meta = JSON.parse(json) as CompiledSpeller;
  const copy = new Uint8Array(stems);
  return { ...meta, stems: new Int32Array(copy.buffer, 0, copy.byteLength / 4) };
}

describe("compiled spellers", () => {
  for (const [lang, dictionary] of [["pt", dictionaryPt], ["en", dictionaryEn]] as const) {
    it(`answers as the speller compiled at run time does (${lang})`, () => {
      const plain = createSpeller(dictionary);
      const compiled = createSpeller(dictionary, throughFiles(compileSpeller(dictionary)));
      const answers = (s: typeof plain) => WORDS.map((w) => `${w}:${s.correct(w)}`);
      expect(answers(compiled)).toEqual(answers(plain));
      expect(answers(plain).filter((a) => a.endsWith("true")).length).toBeGreaterThan(5);
    });
  }

  it("ignores a compiled form made from another dictionary (its stem table would point anywhere)", () => {
    const english = throughFiles(compileSpeller(dictionaryEn));
    const pt = createSpeller(dictionaryPt, english);
    expect(pt.correct("falávamos")).toBe(true);
    expect(pt.correct("xyzzy")).toBe(false);
  });
});
