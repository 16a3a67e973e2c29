import { describe, expect, it } from "vitest";
import { looksEnglish, pairBlocks } from "./pair-blocks.ts";
import type { ExtractedBlock } from "../src/dev/types.ts";

const p = (path: string, text: string, kind: ExtractedBlock["kind"] = "paragraph"): ExtractedBlock => ({ path, kind, text });

describe("pairBlocks", () => {
  it("pairs blocks by element path and keeps the English page's order for the rest", () => {
    const pt = [p("b/h1[1]", "Camadas", "heading"), p("b/p[1]", "Uma camada é uma folha transparente.")];
    const en = [p("b/h1[1]", "Layers", "heading"), p("b/p[1]", "A layer is a transparent sheet."), p("b/p[2]", "More text here.")];
    const r = pairBlocks(pt, en);
    expect(r.blocks).toEqual([
      { path: "b/h1[1]", kind: "heading", pt: "Camadas", en: "Layers", enAt: 0 },
      { path: "b/p[1]", kind: "paragraph", pt: "Uma camada é uma folha transparente.", en: "A layer is a transparent sheet.", enAt: 1 },
    ]);
    expect(r.enOnly).toEqual([{ path: "b/p[2]", kind: "paragraph", en: "More text here.", enAt: 2 }]);
  });

  it("moves the untranslated fallback (the English word for word, or English by its function words) out of the Portuguese", () => {
    const en = [p("b/p[1]", "The other tools use a brush to modify an image."), p("b/p[2]", "Click the button to start.")];
    const pt = [p("b/p[1]", "The other tools use a brush to modify an image."), p("b/p[2]", "This is the old text of the button, which was changed.")];
    const r = pairBlocks(pt, en);
    expect(r.blocks).toEqual([]);
    expect(r.enOnly.map((b) => b.path)).toEqual(["b/p[1]", "b/p[2]"]);
    expect(r.untranslatedWords).toBe(10 + 11);
  });

  it("keeps short labels and code that are the same in both languages", () => {
    const both = [p("b/dt[1]", "Ctrl", "term"), p("b/pre[1]", "$ apt-get source gimp and the rest of the command", "code")];
    expect(pairBlocks(both, both).blocks.map((b) => b.pt)).toEqual(["Ctrl", "$ apt-get source gimp and the rest of the command"]);
  });
});

describe("looksEnglish", () => {
  it.each([
    ["Take a look at the bugs in Launchpad, and that might give you an idea of the work.", true],
    ["Dê uma olhada nos erros do Launchpad, e isso pode lhe dar uma ideia do trabalho.", false],
    // Portuguese with English product names is still Portuguese.
    ["O GIMP Toolbox inclui o Paintbrush e o Airbrush para a pintura.", false],
    ["Ctrl+Shift", false],
  ])("%s → %s", (text, expected) => expect(looksEnglish(text)).toBe(expected));
});
