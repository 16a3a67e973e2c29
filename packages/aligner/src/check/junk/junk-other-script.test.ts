import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { junkOtherScript } from "./junk-other-script.ts";

describe("junk-other-script", () => {
  it.each([
    ["language picker", "한어Русский языкEnglishFrançaisIndonesian日本語DeutschPortuguês", ["한어Русский языкEnglishFrançaisIndonesian日本語DeutschPortuguês→"]],
    ["a run of Chinese", "o termo 内卷 virou moda", ["内卷"]],
    ["a picker of three languages", "English | Português | Español", ["English | Português | Español→"]],
    ["a picker under a one-word label", "Idiomas: English • Deutsch • Français • Português do Brasil", ["Idiomas: English • Deutsch • Français • Português do Brasil→"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(junkOtherScript, { pt })).toEqual(expected));
  it.each([
    ["one Greek letter", "o parâmetro α vale 0,5"],
    ["accents only", "Confúcio disse que é preciso ação."],
    // One language named again and again: a sentence about it, not a menu of languages.
    ["one language named three times", "Escolha Português, por exemplo, e depois Português ou Português (Brasil)."],
    // A wiki page's translation notice: a sentence naming the page's other languages, translated with the page.
    ["a sentence naming the page's translations", "Esta página também está disponível em: English, Español, Português do Brasil."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(junkOtherScript, { pt })).toEqual([]));
});

describe("junk-other-script, development corpus", () => {
  it.each([
    ["a string in a code example", { pt: "tokens(\"Ελληνικό κείμενο\", \" \")" }],
    ["text the English has too", { pt: "o exemplo Ελληνικό κείμενο mostra", en: "the example Ελληνικό κείμενο shows" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(junkOtherScript, pair)).toEqual([]));
  it("hit: a run of another script the English lacks", () => {
    expect(runCheck(junkOtherScript, { pt: "o texto Ελληνικό κείμενο ficou", en: "the text stayed" })).toEqual(["Ελληνικό κείμενο"]);
  });
});

