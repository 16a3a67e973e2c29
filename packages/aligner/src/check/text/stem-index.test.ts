import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { describe, expect, it } from "vitest";
import { StemIndex } from "./stem-index.ts";

/**
 * The table as the first version of the index filled it, reading each line's word character by
 * character: the command line's build saves tables, which the index must read the same way.
 */
function referenceTable(dic: string): Int32Array {
  let lines = 1;
  for (let i = dic.indexOf("\n"); i >= 0; i = dic.indexOf("\n", i + 1)) lines++;
  let size = 1;
  while (size < lines * 2) size <<= 1;
  const table = new Int32Array(size * 2);
  const isEnd = (c: number) => c === 0x2f || c === 0x09 || c === 0x20 || c === 0x0a || c === 0x0d;
  for (let start = 0; start < dic.length;) {
    let h = 0x811c9dc5;
    let digits = true;
    let end = start;
    for (; end < dic.length && !isEnd(dic.charCodeAt(end)); end++) {
      h = Math.imul(h ^ dic.charCodeAt(end), 0x01000193);
      if (dic.charCodeAt(end) < 0x30 || dic.charCodeAt(end) > 0x39) digits = false;
    }
    if (end > start && !digits) {
      let slot = (h >>> 0) & (size - 1);
      while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
      table[slot] = start + 1;
      table[size + slot] = end;
    }
    const lineEnd = dic.indexOf("\n", end);
    start = lineEnd < 0 ? dic.length : lineEnd + 1;
  }
  return table;
}

describe("StemIndex", () => {
  it("lays out its table as the character-by-character reading did (tables the build saved stay valid)", () => {
    const odd = "7\ncasa/ab\r\ncasa\tpo:noun\n\n12\n12a/b\nlivro xy/z\n/ab\n \nfim\r\nsem/fim";
    for (const dic of [odd, new TextDecoder().decode(dictionaryPt.dic), new TextDecoder().decode(dictionaryEn.dic)]) {
      const table = new StemIndex(dic).table;
      const expected = referenceTable(dic);
      // Compared in a loop: a deep equality of two million numbers takes a minute.
      expect(table.length).toBe(expected.length);
      expect(table.findIndex((v, k) => v !== expected[k])).toBe(-1);
    }
  });

  it("finds each stem with its flags, joining the flags of repeated stems, and nothing else", () => {
    const index = new StemIndex("4\ncasa/ab\ncasa/c\tpo:noun\ngato\nlivro/xy 12\n");
    expect(index.flagsOf("casa")).toBe("abc");
    expect(index.flagsOf("gato")).toBe("");
    expect(index.flagsOf("livro")).toBe("xy");
    expect(index.flagsOf("cas")).toBeUndefined();
    expect(index.flagsOf("4")).toBeUndefined();
    expect(index.flagsOf("casa/ab")).toBeUndefined();
  });

  it("agrees with a plain Map on the Portuguese dictionary", () => {
    const dic = new TextDecoder().decode(dictionaryPt.dic);
    const index = new StemIndex(dic);
    const map = new Map<string, string>();
    for (const line of dic.split("\n").slice(1)) {
      const entry = line.split(/[\t ]/u)[0]!;
      if (!entry) continue;
      const [word, flags = ""] = entry.split("/") as [string, string?];
      map.set(word, (map.get(word) ?? "") + flags);
    }
    const sample = [...map.keys()].filter((_, k) => k % 997 === 0);
    for (const word of sample) expect(index.flagsOf(word), word).toBe(map.get(word));
    for (const word of ["hipercrecimento", "xyzzy", "Noé"]) expect(index.flagsOf(word)).toBe(map.get(word));
  });
});
