import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { words } from "../text/words.ts";
import { creditedName, shownAsIs } from "./shown-as-is.ts";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/** The pattern the check used to build from the name (the reference; only a test builds it). */
const byPattern = (text: string, name: string): boolean =>
  new RegExp(`(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}(?:\\s*[-–,]\\s*\\d{4})*,?\\s*)?${escape(name)}(?![\\p{L}\\p{N}])`, "u").test(text);

const credited = (pt: string, nextPt: string) => creditedName({ pt, nextPt }, words(pt));

describe("a name credited with a copyright", () => {
  it("is the author line before a copyright that names the same person", () => {
    expect(credited("Carol Spears.", "Copyright © 2004 Carol Spears.")).toBe(true);
    expect(credited("Carol Spears", "(c) 1999-2003, Carol Spears")).toBe(true);
    expect(credited("Carol Spears", "Copyright 2004 Carol Spearson")).toBe(false);
    expect(credited("Carol Spears", "Carol Spears wrote it in 2004")).toBe(false);
  });

  it("is found where the pattern of mark, years and name finds it", () => {
    const name = fc.constantFrom("Carol Spears", "Ana Souza", "Jo (Ed) Lee", "Ἀνα Βέη");
    const piece = fc.constantFrom("©", "(c)", "Copyright", " ", "  ", "2004", "1999-2003", ", ", ",", "–", "x", "Carol Spears", "Ana Souza", "Jo (Ed) Lee", "Ἀνα Βέη", "s", "1", ".", "𝐀");
    fc.assert(fc.property(name, fc.array(piece, { maxLength: 8 }), (n, pieces) => {
      const text = pieces.join("");
      expect(credited(n, text)).toBe(byPattern(text, n));
    }), { numRuns: 3000 });
  });
});

// Session 15: a line literal by its own shape, identical to its English, is excused by every untranslated check.
describe("shown as it is: a literal line by its shape (session 15)", () => {
  it.each([
    ["a program's invocation", "update-alternatives --install link name path priority"],
    ["a debhelper command on paths", "dh_install debian/tmp/usr/bin/foo usr/bin"],
    ["a boot parameter", "debian-installer/allow_unauthenticated_ssl=true"],
  ])("near miss (excused): %s", (_n, line) => expect(shownAsIs({ pt: line, en: line })).toBe(true));
  it.each([
    // The same words where the English says something else, or English prose of the same pair.
    ["a literal line the English does not have", { pt: "update-alternatives --install link name path priority", en: "update-alternatives --config name" }],
    ["an English sentence identical to its English", { pt: "Choose the language to be used for the installation process.", en: "Choose the language to be used for the installation process." }],
  ])("hit (not excused): %s", (_n, pair) => expect(shownAsIs(pair)).toBe(false));
});
