import { describe, expect, it } from "vitest";
import type { Speller } from "../../types.ts";
import { runCheck } from "../render-flags.ts";
import { foreignWord } from "./foreign-word.ts";

// A stand-in for dictionary-pt with just the words these cases need.
const PT = new Set(["o", "é", "focado", "no", "tamanho", "do", "que", "você", "está", "dividindo", "crescimento", "hipercrescimento", "modelo", "bolo", "lucro", "sobre"]);
const pt: Speller = { correct: (w) => PT.has(w.toLowerCase()) };
const en: Speller = { correct: (w) => ["torte", "bell"].includes(w.toLowerCase()) };

describe("foreign-word", () => {
  it.each([
    ["Spanish spelling", "Sam Altman é focado no hipercrecimento.", ["hipercrecimento→hipercrescimento"]],
    ["German word", "o tamanho do “torte” que você está dividindo", ["torte→bolo"]],
    ["Spanish function word", "o modelo pero o lucro", ["pero→mas"]],
    ["German spelling", "o modelo gemütlich", ["gemütlich"]],
  ])("hit: %s", (_n, pt_, expected) => expect(runCheck(foreignWord, { pt: pt_ }, { spellers: { pt, en } })).toEqual(expected));

  it.each([
    ["loanwords", "o prompt da startup sobre o chip"],
    ["capitalised names", "Schneider e Huang Wenwen"],
    ["a lower-case name in the English", "o lucro da fairchild no bell labs"],
    ["term list", "o modelo llama"],
  ])("near miss: %s", (_n, text) => {
    const pair = { pt: text, en: "Fairchild at Bell Labs" };
    expect(runCheck(foreignWord, pair, { spellers: { pt, en }, terms: [{ term: "Llama" }] })).toEqual([]);
  });

  it("without a dictionary, only the listed third-language words fire", () => {
    expect(runCheck(foreignWord, { pt: "o hipercrecimento do torte" })).toEqual(["torte→bolo"]);
  });
});
