import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { execAll, execAllAtCapitals } from "./exec-all.ts";

const same = (re: RegExp, text: string) =>
  expect(execAll(re, text).map((m) => [m.index, ...m])).toEqual([...text.matchAll(re)].map((m) => [m.index, ...m]));

describe("execAll", () => {
  it("finds what matchAll finds, groups included", () => same(/(\p{L}+)\.(\p{L})/gu, "aumentam.amodei e o.k"));
  it("steps over empty matches, a surrogate pair as one character", () => same(/x*/gu, "a😀xxb"));
  it("leaves the pattern ready for the next caller", () => {
    const re = /a/gu;
    execAll(re, "aaa");
    expect(re.lastIndex).toBe(0);
    expect(execAll(re, "banana")).toHaveLength(3);
  });
});

describe("execAllAtCapitals", () => {
  const NAME = /(?=\p{Lu})(?<![\p{L}\p{N}_./:$@\\-])(?:\p{Lu}{3,}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}_/@\\]|[-.:=][\p{L}\p{N}])/gu;
  const sameAtCapitals = (text: string) =>
    expect(execAllAtCapitals(NAME, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(NAME)].map((m) => [m.index, m[0]]));
  it("finds the names matchAll finds, accented capitals and glued ones included", () => sameAtCapitals("o GIMP e o LilyPond no Ávila, ÉVORA e /usr/GIMP; KDEPlasma"));
  it("finds them past a capital outside the BMP", () => sameAtCapitals("𝐀 GIMP e 𝐀𝐁𝐂 LilyPond"));
  it("finds what matchAll finds on any mix of capitals, words and marks", () => {
    const piece = fc.constantFrom("GIMP", "Gimp", "LilyPond", "Ávila", "ÉÉÉ", "abc", " ", "-", ".", "/", "x", "Ab", "ÇÃO", "é");
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (parts) => { sameAtCapitals(parts.join("")); }));
  });
});
