import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { spellingTypo } from "./spelling-typo.ts";

const known = new Set(["hifens", "econômicos", "preveem", "ouça", "isto", "então", "cotidiano", "sequência", "assim", "comer", "se", "sê", "ação", "você", "gimp", "sobre"]);
const pt = { correct: (w: string) => known.has(w) };
const en = { correct: (w: string) => ["pixel", "layer"].includes(w) };
const run = (text: string, english?: string) => runCheck(spellingTypo, english === undefined ? { pt: text } : { pt: text, en: english }, { spellers: { pt, en } });

describe("spelling-typo", () => {
  it.each([
    ["an accent added (ChinaTalk seed)", "Ouçá isto então.", ["Ouçá→Ouça"]],
    ["an accent lost", "a sequencia assim", ["sequencia→sequência"]],
    ["a cedilla lost", "uma acão assim", ["acão→ação"]],
    ["two letters swapped", "vcoê viu", ["vcoê→você"]],
    ["a doubled letter", "comerr assim", ["comerr→comer"]],
  ])("hit: %s", (_n, text, expected) => expect(run(text)).toEqual(expected));

  it.each([
    ["a name mid-sentence", "o Gimpp é bom"],
    ["an English word", "a layerr e o pixel"],
    ["a word the English has", "o comando ouçá", "the ouçá command"],
    ["two close forms", "sé assim"],
    ["no close form", "uma palavrinha xyzw"],
    ["an acronym", "o ACAO assim"],
    ["a European spelling (amodei seed, dev corpus pt-PT)", "os económicos assim"],
    ["a spelling before the 2009 reform", "eles prevêem assim"],
    // Reference and man pages of the development corpus: names of code one slip from a word.
    ["a function called", "o erro é acao(i)*abs(y(i))"],
    ["an option", "para -amin e -acao desde hoje"],
    ["a name used as code elsewhere in the pair", "os parâmetros acao e atol, com acao=1.d-5"],
    ["the plural of a word in -en, accent kept", "sem os hífens iniciais"],
  ])("clean: %s", (_n, text, english?: string) => expect(run(text, english)).toEqual([]));

  it("says nothing without a dictionary", () => {
    expect(runCheck(spellingTypo, { pt: "Ouçá isto" })).toEqual([]);
  });
});
