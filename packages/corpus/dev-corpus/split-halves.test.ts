import { describe, expect, it } from "vitest";
import { splitHalves, stableHash } from "./split-halves.ts";

const docs = Array.from({ length: 40 }, (_, i) => ({ id: `src/page-${i}`, source: "src", variant: "pt-BR", words: 100 + ((i * 37) % 400) }));

describe("splitHalves", () => {
  it("is stable: the same documents in any order get the same halves", () => {
    const a = splitHalves(docs);
    const b = splitHalves([...docs].reverse());
    expect([...b].sort()).toEqual([...a].sort());
  });

  it("gives each half about half the words of each source", () => {
    const halves = splitHalves(docs);
    const words = { tune: 0, test: 0 };
    for (const d of docs) words[halves.get(d.id)!] += d.words;
    const largest = Math.max(...docs.map((d) => d.words));
    expect(Math.abs(words.tune - words.test)).toBeLessThanOrEqual(largest);
  });

  it("splits each source and variant on its own", () => {
    const other = docs.map((d) => ({ ...d, id: d.id.replace("src", "other"), source: "other" }));
    const halves = splitHalves([...docs, ...other]);
    for (const source of ["src", "other"]) {
      const inSource = [...halves].filter(([id]) => id.startsWith(`${source}/`)).map(([, h]) => h);
      expect(inSource).toContain("tune");
      expect(inSource).toContain("test");
    }
  });

  it("puts every document of a tune-only source in the tuning half and leaves the other sources' split as it was", () => {
    const extra = docs.map((d) => ({ ...d, id: d.id.replace("src", "extra"), source: "extra", tuneOnly: true }));
    const alone = splitHalves(docs);
    const withExtra = splitHalves([...docs, ...extra]);
    for (const d of extra) expect(withExtra.get(d.id)).toBe("tune");
    for (const d of docs) expect(withExtra.get(d.id)).toBe(alone.get(d.id));
  });

  it("hashes with FNV-1a (a fixed function, so the split never changes with a library)", () => {
    expect(stableHash("")).toBe(0x811c9dc5);
    expect(stableHash("a")).toBe(0xe40c292c);
  });
});
