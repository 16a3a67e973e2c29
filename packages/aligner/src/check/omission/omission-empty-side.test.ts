import { describe, expect, it } from "vitest";
import type { CheckInput, Speller } from "../../types.ts";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { omissionEmptySide } from "./omission-empty-side.ts";

// A speller that knows a few words of each language, enough for the tables.
const knows = (...words: string[]): Speller => ({ correct: (w) => words.includes(w) });
const spellers = { pt: knows("Populares", "saiu"), en: knows("Syntax", "left") };

describe("omission-empty-side", () => {
  it.each([
    ["English only (0-1)", { pt: "", en: "He left." }, [""]],
    ["Portuguese only (1-0)", { pt: "Populares", en: "" }, ["Populares"]],
    ["a lone English sentence of three words", { pt: "", en: "This is a toggle." }, [""]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(omissionEmptySide, pair, { spellers })).toEqual(expected));
  it.each([
    ["no English in the document", { pt: "Texto sozinho." }],
    ["both sides", { pt: "Ele saiu.", en: "He left." }],
    ["punctuation only", { pt: "—", en: "" }],
    // Real help pages: the code example differs by a line between versions of the page.
    ["a code line alone", { pt: "clf();", en: "" }],
    ["an English code line alone", { pt: "", en: "a.x_ticks = tlist([\"ticks\"], 0:6);" }],
    // A definition list's term and a "see also" list's function names are no sentence left out.
    ["a definition term", { pt: "user_data:", en: "" }],
    ["a function name no dictionary knows", { pt: "lufact", en: "" }],
    // Reference pages: the Portuguese heading sits elsewhere ("Seqüência de Chamamento" for "Syntax").
    ["a lone English heading", { pt: "", en: "Syntax" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(omissionEmptySide, pair, { spellers })).toEqual([]));

  it("over a document, flags a lone pair among paired ones", () => {
    const found = omissionEmptySide.runDocument!([{ pt: "Ele saiu.", en: "He left." }, { pt: "", en: "She stayed at home." }], { ...DEFAULT_CONTEXT, spellers });
    expect(found.pairFlags.map((f) => f.length)).toEqual([0, 1]);
  });
  it("near miss: a lone Portuguese sentence beside a lone English one (a rewritten sentence the aligner could not pair)", () => {
    const found = omissionEmptySide.runDocument!([
      { pt: "Ele saiu.", en: "He left." },
      { pt: "Os valores podem ser ligados ou desligados para o ajuste global.", en: "" },
      { pt: "", en: "For a global setting, you have to set the auto_ticks property." },
    ], { ...DEFAULT_CONTEXT, spellers });
    expect(found.pairFlags.map((f) => f.length)).toEqual([0, 0, 0]);
  });
  it("near miss: a figure caption alone whose number the next pair's Portuguese holds (paired one sentence off)", () => {
    const found = omissionEmptySide.runDocument!([
      { pt: "", en: "Figure 3.10." },
      { pt: "Figura 3.10. O menu de guias", en: "The Tab menu" },
    ], { ...DEFAULT_CONTEXT, spellers });
    expect(found.pairFlags.map((f) => f.length)).toEqual([0, 0]);
  });
  it("near miss: a lone English sentence the previous Portuguese already says (two sentences joined into one)", () => {
    const found = omissionEmptySide.runDocument!([
      { pt: "Se a corrente estiver fechada, a altura muda automaticamente para manter as proporções da imagem, ou seja, mudar um valor muda o outro na mesma medida.", en: "If the chain is closed, the height changes to keep the aspect ratio." },
      { pt: "", en: "That is, changing one value changes the other by the same amount." },
      { pt: "Clique em Redimensionar.", en: "Click Resize." },
    ], { ...DEFAULT_CONTEXT, spellers });
    expect(found.pairFlags.map((f) => f.length)).toEqual([0, 0, 0]);
  });
  it("hit: a lone English sentence beside a pair whose Portuguese says only its own English", () => {
    const found = omissionEmptySide.runDocument!([
      { pt: "Se a corrente estiver fechada, a altura muda para manter as proporções.", en: "If the chain is closed, the height changes to keep the aspect ratio." },
      { pt: "", en: "That is, changing one value changes the other by the same amount." },
      { pt: "Clique em Redimensionar.", en: "Click Resize." },
    ], { ...DEFAULT_CONTEXT, spellers });
    expect(found.pairFlags.map((f) => f.length)).toEqual([0, 1, 0]);
  });
});
