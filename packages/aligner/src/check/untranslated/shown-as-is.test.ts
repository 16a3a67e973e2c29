import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { words } from "../text/words.ts";
import { creditedName } from "./shown-as-is.ts";

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
