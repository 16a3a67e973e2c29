import { describe, expect, it } from "vitest";
import type { DevDocument } from "@alinha/corpus/dev";
import material from "./inject-real-material.json" with { type: "json" };
import { injectDocument, type Material } from "./inject-real.ts";

// Small stand-ins for the Hunspell dictionaries: the test must not need the corpus or minutes of loading.
const words = (list: string) => { const set = new Set(list.split(" ")); return { correct: (w: string) => set.has(w) }; };
const testMaterial: Material = {
  lists: material,
  es: words("información configuración aplicaciones posible"),
  it: words("informazione configurazione possibile"),
  pt: words("informação configuração aplicações possível para este o a"),
};

const sentence = (k: number) => `O GIMP 2.10 usa a informação de configuração do Debian para ${k + 3} camadas, e o arquivo fica salvo em 2019.`;
const doc: DevDocument = {
  id: "test/page", source: "test", package: "test", version: "1", licence: "GPL-2", variant: "pt-BR", half: "test", words: 0,
  blocks: Array.from({ length: 30 }, (_, k) => ({
    path: `b/p[${k + 1}]`, kind: "paragraph" as const, pt: `${sentence(k)} Este parágrafo explica como usar o programa com cuidado.`,
    en: `GIMP 2.10 uses the Debian configuration information for ${k + 3} layers, and the file is saved in 2019. This paragraph explains how to use the program carefully.`, enAt: k,
  })),
  enOnly: [],
};
doc.words = doc.blocks.reduce((n, b) => n + (b.pt.match(/\S+/gu)?.length ?? 0), 0);

describe("injectDocument", () => {
  it("is deterministic: the same seed gives the same text and spans, another seed another", () => {
    const a = injectDocument(doc, { seed: 7, withEnglish: true, material: testMaterial });
    const b = injectDocument(doc, { seed: 7, withEnglish: true, material: testMaterial });
    const c = injectDocument(doc, { seed: 8, withEnglish: true, material: testMaterial });
    expect(b).toEqual(a);
    expect(c.pt).not.toBe(a.pt);
  });

  it("records every change at its place in the Portuguese, artefacts and near misses apart", () => {
    const r = injectDocument(doc, { seed: 3, withEnglish: true, material: testMaterial });
    const artefacts = r.spans.filter((s) => !s.near);
    expect(artefacts.length).toBeGreaterThanOrEqual(Math.round(doc.words / 150) - 1);
    expect(r.spans.some((s) => s.near)).toBe(true);
    for (const s of r.spans) {
      expect(r.pt.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.length).toBeGreaterThan(0);
    }
    // Several families, not one.
    expect(new Set(artefacts.map((s) => s.family)).size).toBeGreaterThanOrEqual(5);
  });

  it("makes Spanish and Italian words only where the dictionary of that language has them", () => {
    const all = [1, 2, 3, 4, 5, 6].flatMap((seed) => injectDocument(doc, { seed, withEnglish: true, material: testMaterial }).spans);
    for (const s of all.filter((x) => x.family === "foreign")) {
      expect(s.kind === "spanish" ? testMaterial.es.correct(s.text) : testMaterial.it.correct(s.text)).toBe(true);
    }
  });

  it("changes no number or name in a document checked without English (only the English could show them)", () => {
    const r = injectDocument(doc, { seed: 5, withEnglish: false, material: testMaterial });
    expect(r.en).toBeUndefined();
    expect(r.spans.filter((s) => !s.near && (s.family === "number" || s.family === "entity"))).toEqual([]);
  });

  it("leaves the original document untouched", () => {
    const before = JSON.stringify(doc);
    injectDocument(doc, { seed: 2, withEnglish: true, material: testMaterial });
    expect(JSON.stringify(doc)).toBe(before);
  });
});
