import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { documentEn, documentPt, DevCorpusMissingError, flattenedEnglish, loadDevCorpus, pageEnglish, paragraphGold, type DevDocument } from "./index.ts";

const doc: DevDocument = {
  id: "src/page", source: "src", package: "src", version: "1", licence: "GPL-2", variant: "pt-BR", half: "test", words: 9,
  blocks: [
    { path: "b/h1[1]", kind: "heading", pt: "Camadas", en: "Layers", enAt: 0 },
    { path: "b/p[1]", kind: "paragraph", pt: "Só no português." },
    { path: "b/p[2]", kind: "paragraph", pt: "Uma camada é uma folha.", en: "A layer is\na sheet.", enAt: 2 },
  ],
  enOnly: [{ path: "b/p[9]", kind: "paragraph", en: "Untranslated.", enAt: 1 }],
};

describe("development corpus loader", () => {
  let cache: string;
  const saved = process.env["XDG_CACHE_HOME"];
  beforeEach(() => { cache = mkdtempSync(join(tmpdir(), "dev-corpus-")); process.env["XDG_CACHE_HOME"] = cache; });
  afterEach(() => { rmSync(cache, { recursive: true, force: true }); if (saved === undefined) delete process.env["XDG_CACHE_HOME"]; else process.env["XDG_CACHE_HOME"] = saved; });

  it("tells the user to run the builder when the cache is missing", () => {
    expect(() => loadDevCorpus({ half: "test" })).toThrow(DevCorpusMissingError);
    expect(() => loadDevCorpus()).toThrow(/pnpm --filter @alinha\/corpus dev-corpus/);
  });

  it("reads the documents of one half from the cache", () => {
    const dir = join(cache, "alinha", "dev-corpus");
    mkdirSync(join(dir, "docs", "src"), { recursive: true });
    writeFileSync(join(dir, "docs", "src", "page.json"), JSON.stringify(doc));
    writeFileSync(join(dir, "index.json"), JSON.stringify({ documents: [
      { id: doc.id, source: "src", variant: "pt-BR", half: "test", words: 9, enWords: 6, file: "src/page.json" },
      { id: "src/other", source: "src", variant: "pt-BR", half: "tune", words: 9, enWords: 6, file: "src/other.json" },
    ] }));
    expect(loadDevCorpus({ half: "test" }).map((d) => d.id)).toEqual(["src/page"]);
    expect(() => loadDevCorpus({ half: "tune" })).toThrow(/src\/other.json, which is missing/);
  });
});

describe("document text and paragraph gold", () => {
  it("joins the Portuguese blocks, and every English block in the English page's order, by blank lines", () => {
    expect(documentPt(doc)).toBe("Camadas\n\nSó no português.\n\nUma camada é uma folha.");
    expect(documentEn(doc)).toBe("Layers\n\nUntranslated.\n\nA layer is\na sheet.");
  });

  it("says where the English blocks with no Portuguese partner sit in the page's English", () => {
    const page = pageEnglish(doc)!;
    expect(page.unpaired.map((s) => page.text.slice(s.start, s.end))).toEqual(["Untranslated."]);
    expect(pageEnglish(doc, { pairedOnly: true })).toEqual({ text: "Layers\n\nA layer is\na sheet.", unpaired: [] });
  });

  it("links Portuguese block i to English block j by element path, with spans into the joined texts", () => {
    const gold = paragraphGold(doc);
    expect(gold.links).toEqual([{ pt: 0, en: 0 }, { pt: 2, en: 2 }]);
    const pt = documentPt(doc);
    const en = documentEn(doc)!;
    expect(gold.pt.map((b) => pt.slice(b.start, b.end))).toEqual(doc.blocks.map((b) => b.pt));
    expect(gold.en.map((b) => en.slice(b.start, b.end))).toEqual(["Layers", "Untranslated.", "A layer is\na sheet."]);
  });

  it("leaves English found across a shifted path out of the gold: only the same element path is structure", () => {
    const shifted: DevDocument = { ...doc, blocks: [doc.blocks[0]!, { ...doc.blocks[1]!, en: "Untranslated.", enAt: 1, acrossGap: true }, doc.blocks[2]!], enOnly: [] };
    expect(paragraphGold(shifted).links).toEqual([{ pt: 0, en: 0 }, { pt: 2, en: 2 }]);
    expect(paragraphGold(shifted).en.length).toBe(3);
  });

  it("flattens the English paragraphing onto one line, keeping each block's span", () => {
    const flat = flattenedEnglish(doc)!;
    expect(flat.text).toBe("Layers Untranslated. A layer is a sheet.");
    expect(flat.blocks.map((b) => flat.text.slice(b.start, b.end))).toEqual(["Layers", "Untranslated.", "A layer is a sheet."]);
  });
});
