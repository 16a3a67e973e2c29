import { describe, expect, it } from "vitest";
import { flagAt } from "./check.ts";
import { dropProseOverLiterals } from "./prose-filter.ts";

const casing = { id: "casing-name", family: "casing", severity: "warning" } as const;
const repetition = { id: "repetition-doubled", family: "repetition", severity: "warning" } as const;
/** The flags left of one flag on `word` (its first occurrence from `from`) after the literal filter. */
const kept = (source: typeof casing | typeof repetition, pt: string, word: string, from = 0, en?: string): string[] => {
  const at = pt.indexOf(word, from);
  return dropProseOverLiterals(en === undefined ? { pt } : { pt, en }, [flagAt(source, pt, at, at + word.length, "m")]).map((f) => f.text);
};

// Session 8 (tune half, KHelpCenter's pt-PT glossary, whose links are shown as escaped HTML; man-db's pt-PT man.1).
describe("the literal filter, HTML tags and placeholders in angle brackets (issue 12, session 8)", () => {
  it("near miss: a word inside an HTML tag's attribute is no prose", () =>
    expect(kept(casing, "Mais informações: <a href=\"http://community.kde.org/Frameworks\" target=\"_top\">Wiki</a>", "community")).toEqual([]));
  it("near miss: a closing tag is no prose", () => expect(kept(casing, "o texto</p><p> seguinte", "p>", 7)).toEqual([]));
  it("hit: the link's text between the tags is prose", () =>
    expect(kept(casing, "Veja a <a href=\"https://api.kde.org/\">documentação da api</a>", "api", 30)).toEqual(["api"]));
  it("hit: a man page's placeholder in angle brackets is written in words, and stays prose", () =>
    expect(kept(repetition, "<idioma>[_<território>[.<conjunto de território>[.<conjunto de caracteres>]", "território>[.<conjunto de território>[.<conjunto de")).toEqual(["território>[.<conjunto de território>[.<conjunto de"]));
});

// Session 18 (hand-written task help): a sentence left in English names keys as task help does.
describe("the literal filter, a whole sentence left in English (session 18)", () => {
  const identical = { id: "untranslated-identical", family: "untranslated", severity: "error" } as const;
  const whole = (pt: string): string[] => dropProseOverLiterals({ pt, en: pt }, [flagAt(identical, pt, 0, pt.length, "m")]).map((f) => f.text);
  it("hit: the sentence stays flagged with a key combination inside it", () =>
    expect(whole("Press Tab to move to the next control and Shift+Tab to go back.")).toEqual(["Press Tab to move to the next control and Shift+Tab to go back."]));
  it("near miss: a line whose letters are mostly literal material is no sentence left in English", () =>
    expect(whole("See /etc/default/grub.d/local.cfg and /boot/grub/grub.cfg")).toEqual([]));
});

describe("the literal filter, a line of a listing left as it is (session 18)", () => {
  const identical = { id: "untranslated-identical", family: "untranslated", severity: "error" } as const;
  const whole = (pt: string): string[] => dropProseOverLiterals({ pt, en: pt }, [flagAt(identical, pt, 0, pt.length, "m")]).map((f) => f.text);
  it.each([["a command in a script", "shutdown -r now"], ["a formula", "(s*E-A)^-1 = (Bfs/chis) - Bis."], ["a call cut at its argument", "$self->translate(\"string\",\"ref\",\"type\","]])(
    "near miss: %s", (_n, pt) => expect(whole(pt)).toEqual([]));
  it("hit: a sentence naming a function", () =>
    expect(whole("Please refer to the int8() page for a detailed description.")).toEqual(["Please refer to the int8() page for a detailed description."]));
});
