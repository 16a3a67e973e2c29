import { describe, expect, it } from "vitest";
import type { Speller } from "../../types.ts";
import { runCheck } from "../render-flags.ts";
import { omissionEmptySide } from "./omission-empty-side.ts";

// A speller that knows a few words of each language, enough for the tables.
const knows = (...words: string[]): Speller => ({ correct: (w) => words.includes(w) });
// "for" is Portuguese too (ir's subjunctive): only the English dictionary tells Scilab's keyword.
const spellers = { pt: knows("Populares", "saiu", "for", "Mais"), en: knows("Syntax", "left", "for") };

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

  // Development corpus, tuning half (issue 12): literal material read as prose, one class each.
  it.each([
    // Scilab examples: a line more or less between versions of the page is the example's version, not an omission.
    ["a Scilab function's header (contourf)", { pt: "function z=peaks(x, y)", en: "" }],
    ["a Scilab statement continued with '...' (contourf)", { pt: "z =  (3*(1-x1).^2).*exp(-(x1.^2) - (y1+1).^2) ...", en: "" }],
    ["a formula line (contourf)", { pt: "- 1/3*exp(-(x1+1).^2 - y1.^2)", en: "" }],
    ["a call with a translated comment (splin)", { pt: "plot2d(x,y,-9, strf=\"000\")  // para mostrar pontos de interpolação", en: "" }],
    ["a line of a string vector (odedc)", { pt: "'else '", en: "" }],
    ["an assignment to outputs (polar)", { pt: "", en: "[M, P] = polar(B)" }],
    // Reference pages' "see also" lists follow the page's version: an entry more or less is no omission.
    ["a 'see also' entry (wintercolormap)", { pt: "whitecolormap — Mapa de cores completamente branco", en: "" }],
    ["an English 'see also' entry of two names (else)", { pt: "", en: "&, && — Binary AND between integers. Logical AND over/between booleans and numbers" }],
    ["a keyword of the program alone (break: 'for')", { pt: "for", en: "" }],
    ["a parameter's name alone (base2dec: 'd')", { pt: "d", en: "" }],
    // Definition lists: a parameter's type, reworded in the newer English page and left unpaired beside its English.
    ["a parameter's type (evstr: 'vetor de strings')", { pt: "vetor de strings", en: "" }],
    ["an English parameter's type (xs2png)", { pt: "", en: "an integer, ID of the figure to export." }],
    ["an English definition term (GIMP: 'Navigation Control:')", { pt: "", en: "Navigation Control:" }],
    // The segmenter cut a caption's number from its caption on the English side only.
    ["a caption's number alone (GIMP: 'Figure 3.10.')", { pt: "", en: "Figure 3.10." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(omissionEmptySide, pair, { spellers })).toEqual([]));
  it.each([
    ["a Portuguese sentence beginning with a type's word", { pt: "Uma lista de arquivos é mostrada na janela.", en: "" }, ["Uma lista de arquivos é mostrada na janela."]],
    ["an English sentence beginning with a type's word", { pt: "", en: "A list of files is shown in the window." }, [""]],
    ["a Portuguese word of page furniture", { pt: "Mais", en: "" }, ["Mais"]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(omissionEmptySide, pair, { spellers })).toEqual(expected));

});
