import { describe, expect, it } from "vitest";
import { mirroredInEnglish } from "./english-mirror.ts";

describe("mirroredInEnglish", () => {
  it.each([
    ["a word as it stands", "titulo", "the titulo parameter"],
    ["case aside", "Titulo", "the TITULO field"],
    ["a piece of snake_case", "flags", "set log_flags first"],
    ["a piece of camelCase", "title", "call setTitle()"],
    ["a piece of an option", "depth", "use --max-depth=3"],
    ["a piece of a namespace", "Po4a", "see Locale::Po4a::Man"],
    ["a plural added to a kept name", "widgets", "the widget"],
    ["a plural dropped", "flag", "all flags"],
  ])("mirrored: %s", (_n, word, en) => expect(mirroredInEnglish(en, word, true)).toBe(true));
  it.each([
    ["inside a longer piece", "title", "call settitle()"],
    ["a short word with an s more", "ids", "the id"],
    ["no English", "titulo", undefined],
    ["another word", "titulo", "the title parameter"],
  ])("not mirrored: %s", (_n, word, en) => expect(mirroredInEnglish(en, word, true)).toBe(false));
  it("a plural only when asked: a Spanish plural of an English adjective is no mirror", () => expect(mirroredInEnglish("the visible paths", "visibles")).toBe(false));
});
