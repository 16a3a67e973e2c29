import dictionaryPt from "dictionary-pt";
import { describe, expect, it } from "vitest";
import { StemIndex } from "./stem-index.ts";

describe("StemIndex", () => {
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
