import { describe, expect, it } from "vitest";
import { pairBlocks } from "./pair-blocks.ts";
import { entryName } from "./pair-entries.ts";
import { otherKindScore } from "./pair-kinds.ts";
import { likeness } from "./block-likeness.ts";
import { paragraphGold } from "../src/dev/paragraph-gold.ts";
import type { DevDocument, ExtractedBlock } from "../src/dev/types.ts";

const docOf = (r: ReturnType<typeof pairBlocks>): DevDocument => ({
  id: "t/x", source: "t", package: "t", version: "1", licence: "GPL", variant: "pt-BR", half: "tune", blocks: r.blocks, enOnly: r.enOnly, words: 0,
});
const p = (path: string, text: string, kind: ExtractedBlock["kind"] = "list-item"): ExtractedBlock => ({ path, kind, text });

describe("pairBlocks: list entries by their name (pair-entries.ts)", () => {
  // scilab erf: the newer English added an entry ("cdfnor") to "See also"; the path pairs the
  // Portuguese entries after it with the wrong English, or with none.
  const pt = [
    p("h", "Ver Também", "heading"),
    p("ul/li[1]", "erfc — função de erro complementar"),
    p("ul/li[2]", "erfcx — função de erro complementar escalada"),
    p("ul/li[3]~pt", "calerf — computa funções de erro"),
    p("ul/li[4]~pt", "erfinv — função inversa à função de erro"),
    p("h2", "Autores", "heading"),
  ];
  const en = [
    p("h", "See also", "heading"),
    p("ul/li[1]", "erfc — The complementary error function."),
    p("ul/li[2]", "erfcx — scaled complementary error function."),
    p("ul/li[3]", "cdfnor — cumulative distribution function normal distribution"),
    p("ul/li[4]", "calerf — computes error functions."),
    p("ul/li[5]", "erfinv — inverse error function"),
    p("h2", "Authors", "heading"),
  ];

  it("scilab erf: the entries after the one the English added get the English entry of their name", () => {
    const r = pairBlocks(pt, en);
    expect(r.blocks.slice(3, 5).map((b) => [b.en, b.pairedBy, b.acrossGap])).toEqual([
      ["calerf — computes error functions.", "entry-name", true],
      ["erfinv — inverse error function", "entry-name", true],
    ]);
    expect(r.enOnly.map((b) => b.en)).toEqual(["cdfnor — cumulative distribution function normal distribution"]);
  });

  it("not when the name is on two English entries of the gap (which one is the counterpart?)", () => {
    const twice = [...en.slice(0, 5), p("ul/li[5]", "calerf — computes error functions (deprecated)."), ...en.slice(5)];
    expect(pairBlocks(pt, twice).blocks[3]!.en).toBeUndefined();
  });

  it("entryName: the identifier before a dash, never a sentence", () => {
    expect(entryName("calerf — computa funções de erro")).toBe("calerf");
    expect(entryName("not — (~) não lógico")).toBe("not");
    expect(entryName("O GIMP tem três encaixes — e todos mudam.")).toBeUndefined();
  });
});

describe("pairBlocks: prose of another kind by shared tokens (pair-kinds.ts)", () => {
  // scilab axes_properties: the newer English made two paragraphs list items, added a paragraph
  // before them and a third item after them (names shared by several blocks: no run, pair-runs.ts).
  const pt = [
    p("dl/dt[1]", "Labels", "term"),
    p("dl/dd[1]", "é um vetor de textos contendo as etiquetas a serem exibidas na frente de cada graduação.", "definition"),
    p("dl/dd[1]/p[1]~pt", "Para um eixo, Locations e Labels vetores devem ter o mesmo número de componentes.", "paragraph"),
    p("dl/dd[1]/p[2]~pt", 'Quando o número de formaturas deve ser mudado, as posições E as etiquetas devem ser alteradas de uma só vez: a sintaxe Haxes.x_ticks = tlist(["ticks" "locations", "labels"], newLocations, newLabels) deve ser usada.', "paragraph"),
    p("dl/dt[2]", "grid:", "term"),
  ];
  const en = [
    p("dl/dt[1]", "Labels", "term"),
    p("dl/dd[1]", "is a text vector containing the labels to be displayed in front of each graduation.", "definition"),
    p("dl/dd[1]/p[1]", "Vertical or tilted ticks labels can be yielded using LaTeX formating with \\rotatebox{angle}{text}.", "paragraph"),
    p("dl/dd[1]/ul/li[1]", "For an axis, Locations and Labels vectors must have the same number of components."),
    p("dl/dd[1]/ul/li[2]", 'When the number of ticks must be changed, their positions AND labels must be changed at once: the syntax Haxes.x_ticks = tlist(["ticks" "locations", "labels"], newLocations, newLabels) must then be used.'),
    p("dl/dd[1]/ul/li[3]", 'Changing by hand the Locations or/and Labels of an axis automatically sets its .auto_ticks status to "off".'),
    p("dl/dt[2]", "grid:", "term"),
  ];

  it("scilab axes_properties: each paragraph gets the list item with its names, in order; the added paragraph and item stay English-only", () => {
    const r = pairBlocks(pt, en);
    // The first is a run of one block (pair-runs.ts: its names are in no other Portuguese block);
    // the second shares its tokens with the first, which leaves it to this rule.
    expect(r.blocks.slice(2, 4).map((b) => [b.en, b.acrossGap])).toEqual([[en[3]!.text, true], [en[4]!.text, true]]);
    expect(r.blocks[3]!.pairedBy).toBe("other-kind");
    expect(r.enOnly.map((b) => b.enAt)).toEqual([2, 5]);
  });

  it("otherKindScore: two shared kept tokens across prose kinds; one is not enough, and headings keep their kind", () => {
    const s = (a: string, ka: ExtractedBlock["kind"], b: string, kb: ExtractedBlock["kind"]) => otherKindScore(likeness(ka, a), likeness(kb, b));
    expect(s("Para um eixo, Locations e Labels vetores.", "paragraph", "For an axis, Locations and Labels vectors.", "list-item")).toBeGreaterThan(0);
    expect(s("Para um eixo, os vetores Labels.", "paragraph", "For an axis, Labels vectors.", "list-item")).toBe(0);
    expect(s("Locations e Labels", "heading", "Locations and Labels", "list-item")).toBe(0);
    expect(s("Locations e Labels vetores.", "paragraph", "Locations and Labels vectors.", "paragraph")).toBe(0);
  });
});

describe("pairBlocks: a path pair of two entries of different names is dropped (path-contradicted.ts)", () => {
  // scilab autumncolormap: the newer English added "parulacolormap" to "See also"; every path after it is one off.
  const pt = [
    p("h", "Ver Também", "heading"),
    p("ul/li[1]", "oceancolormap — Mapa de cores linear azul"),
    p("ul/li[2]", "pinkcolormap — Coloração de tons em sépia de imagens em preto e branco"),
    p("ul/li[3]", "rainbowcolormap — Mapa de cores que varia como um de arco-íris"),
  ];
  const en = [
    p("h", "See also", "heading"),
    p("ul/li[1]", "oceancolormap — linear blue colormap"),
    p("ul/li[2]", "parulacolormap — blue to yellow colormap"),
    p("ul/li[3]", "pinkcolormap — sepia tone colorization on black and white images"),
    p("ul/li[4]", "rainbowcolormap — red through orange, yellow, green, blue to violet colormap"),
  ];

  it("scilab autumncolormap: each entry after the added one gets the English entry of its name, not its neighbour's", () => {
    const r = pairBlocks(pt, en);
    expect(r.blocks.map((b) => b.enAt)).toEqual([0, 1, 3, 4]);
    expect(r.blocks.slice(2).map((b) => [b.pathDropped, b.acrossGap])).toEqual([[true, true], [true, true]]);
    expect(r.enOnly.map((b) => b.en)).toEqual(["parulacolormap — blue to yellow colormap"]);
    // The dropped path links are no gold, and the content pairs are none either.
    expect(paragraphGold(docOf(r)).links).toEqual([{ pt: 0, en: 0 }, { pt: 1, en: 1 }]);
  });

  it("gimp key-reference: entries named by words the translation translates keep their path pair", () => {
    const r = pairBlocks(
      [p("ul/li[1]", "Editar — Referência fundamental para o menu Editar"), p("ul/li[2]", "Arquivo — Referência fundamental para o menu Arquivo")],
      [p("ul/li[1]", "Edit — Key reference for the Edit menu"), p("ul/li[2]", "File — Key reference for the File menu")],
    );
    expect(r.blocks.map((b) => [b.enAt, b.pathDropped, b.acrossGap])).toEqual([[0, undefined, undefined], [1, undefined, undefined]]);
  });
});
