import { describe, expect, it } from "vitest";
import type { Speller } from "../../types.ts";
import { runCheck } from "../render-flags.ts";
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

});
