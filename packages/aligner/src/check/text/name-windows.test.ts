import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNear } from "./find-near.ts";
import { candidateNames, keyAt, letterMask, mayBeNearIn, mayOccur, nameInfo, textIndex, windowKey, windowStarts, windowsWith } from "./name-windows.ts";
import { squashWord } from "./squash-word.ts";

const NAMES = ["DeepSeek", "Noah Smith", "GPT-4o", "AI", "o3", "X", "AlphaFold", "Sam Altman"];
// Pieces that make near and exact forms of those names, and words around them.
const PIECES = ["deep", "seek", "Deep", "noé", "smith", "GPT", "4.0", "4o", "ai", "IA", "o3", "x", "alpha", "fold", "Sam", "altman", "e", "o", "de", "modelo"];
const SEPARATORS = [" ", "-", ", ", ". ", ""];

describe("mayOccur and candidateNames", () => {
  it("rule out a name only where findNear would find nothing", () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 10 }).map((ps) => ps.flat().join(""));
    fc.assert(fc.property(text, (t) => {
      for (const name of NAMES) if (findNear(t, name).length) expect(mayOccur(t, name)).toBe(true);
      expect(candidateNames(t, NAMES)).toEqual(NAMES.filter((n) => mayOccur(t, n)));
    }), { numRuns: 1500 });
  });

  it("rule out names whose first letters no word has", () => {
    expect(candidateNames("o modelo chinês venceu", NAMES)).toEqual(["X"]);
    expect(candidateNames("a deep seek venceu", NAMES)).toContain("DeepSeek");
  });
});

describe("mayBeNearIn", () => {
  it("rules out words of the name's first letters and length whose letters are too far from it", () => {
    const near = (text: string, name: string) => mayBeNearIn(textIndex(text), nameInfo(name));
    expect(near("a mesa e o gemido", "Meta")).toBe(false);
    expect(near("a mesa e o gemido", "Gemini")).toBe(false);
    expect(near("a META e o gemni", "Meta")).toBe(true);
    expect(near("a META e o gemni", "Gemini")).toBe(true);
    expect(near("a deep-seek venceu", "DeepSeek")).toBe(true);
  });
});

describe("windowStarts and windowKey", () => {
  it("give the windows windowsWith builds, without building them", () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((ps) => ps.flat().join(""));
    fc.assert(fc.property(text, fc.constantFrom(...NAMES), fc.integer({ min: 1, max: 4 }), (t, name, n) => {
      const { key, prefix, max } = nameInfo(name);
      const index = textIndex(t);
      const built = windowStarts(index, prefix, n, key.length, max, []).map((i) => ({ start: index.ws[i]!.start, end: index.ws[i + n - 1]!.end, key: prefix.length < 2 ? prefix : windowKey(index, i, n) }));
      expect(built).toEqual(windowsWith(t, prefix, n, key.length, max));
    }), { numRuns: 1500 });
  });

  it("keep each word's key length as squashWord's key has it, and build the key itself only when asked", () => {
    const text = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PIECES, "Ação", "ǅ", "ﬁm", "İstanbul", "o'neil", "C++", "Straße", "Øresund", "nº", "1ª", "Ǆemal", "cafe\u0301", "ΣΟΦΙΑΣ"), fc.string(), fc.string({ unit: fc.integer({ min: 0x20, max: 0x320 }).map((c) => String.fromCharCode(c)) })), fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((ps) => ps.flat().join(""));
    fc.assert(fc.property(text, (t) => {
      const index = textIndex(t);
      index.ws.forEach((w, i) => {
        expect(index.keyLengths[i], w.text).toBe(squashWord(w.text).length);
        expect(keyAt(index, i), w.text).toBe(squashWord(w.text));
        expect(index.masks[i], w.text).toBe(letterMask(squashWord(w.text)));
        // Indexed by the key's first two letters; a key of one letter or none borrows the next word's first.
        const key = squashWord(w.text);
        const after = index.ws[i + 1] ? squashWord(index.ws[i + 1]!.text) : "";
        const code = (a: number, b: number) => a * 0x10000 + b;
        const prefix = key.length >= 2 ? code(key.charCodeAt(0), key.charCodeAt(1)) : key.length === 1 ? code(key.charCodeAt(0), after ? after.charCodeAt(0) : 0) : after ? code(after.charCodeAt(0), 0) : -1;
        const chain: number[] = [];
        for (let k = index.first.get(prefix) ?? -1; k >= 0; k = index.next[k]!) chain.push(k);
        expect(chain, w.text).toContain(i);
      });
    }), { numRuns: 1000 });
  });

  it("find a split name's window by its first letters", () => {
    const index = textIndex("a deep seek venceu");
    const { key, prefix, max } = nameInfo("DeepSeek");
    expect(windowStarts(index, prefix, 2, key.length, max, []).map((i) => windowKey(index, i, 2))).toEqual(["deepseek"]);
  });
});
