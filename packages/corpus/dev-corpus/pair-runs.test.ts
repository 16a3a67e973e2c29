import { describe, expect, it } from "vitest";
import { pairBlocks } from "./pair-blocks.ts";
import { paragraphGold } from "../src/dev/paragraph-gold.ts";
import { documentEn } from "../src/dev/index.ts";
import type { DevDocument, ExtractedBlock } from "../src/dev/types.ts";

const p = (path: string, text: string, kind: ExtractedBlock["kind"] = "paragraph"): ExtractedBlock => ({ path, kind, text });
const docOf = (r: ReturnType<typeof pairBlocks>): DevDocument => ({
  id: "t/x", source: "t", package: "t", version: "1", licence: "GPL", variant: "pt-BR", half: "tune", blocks: r.blocks, enOnly: r.enOnly, words: 0,
});

describe("pairBlocks: a Portuguese block whose English is several blocks", () => {
  // scilab GlobalProperty: the newer English moved the definition's last note into a block of its own.
  const pt = [
    p("dl/dt[2]", '"CDataMapping":', "term"),
    p("dl/dd[2]/p[1]", "um string com valor 'scaled' ou 'direct'. Útil quando color_flag é igual a 2. Note que esta propriedade só existe em entidades Fac3d."),
    p("dl/dt[3]", '"Clipping":', "term"),
    p("dl/dd[3]/p[1]", 'um string "on" ou "off" definindo o modo de recorte.'),
  ];
  const en = [
    p("dl/dt[2]", '"CDataMapping":', "term"),
    p("dl/dd[2]/p[1]", "a string with value 'scaled' or 'direct'. Useful when color_flag equals 2."),
    p("dl/dd[2]/table/div", "This property exists only with Fac3d entities."),
    p("dl/dt[3]", '"Clipping":', "term"),
    p("dl/dd[3]/p[1]", 'a string "on" or "off" defining the clipping mode.'),
  ];

  it("scilab GlobalProperty: the definition gets the note the newer English moved into the next block, once", () => {
    const r = pairBlocks(pt, en);
    expect(r.blocks[1]!.en).toBe("a string with value 'scaled' or 'direct'. Useful when color_flag equals 2.\n\nThis property exists only with Fac3d entities.");
    expect(r.enOnly).toEqual([]);
    // The checks read the page's English unchanged, every block once.
    expect(documentEn(docOf(r))).toBe(en.map((b) => b.text).join("\n\n"));
  });

  it("scilab GlobalProperty: the alignment gold keeps the path link alone, and the same English blocks as without the joining", () => {
    const gold = paragraphGold(docOf(pairBlocks(pt, en)));
    expect(gold.en.map((b) => b.path)).toEqual(en.map((b) => b.path));
    expect(gold.links).toEqual([{ pt: 0, en: 0 }, { pt: 1, en: 1 }, { pt: 2, en: 3 }, { pt: 3, en: 4 }]);
  });

  it("scilab axes_properties: an unpaired Portuguese block gets the two English blocks the newer page split it into (the middle one, with no token, between them)", () => {
    const pt2 = [
      p("dl/dt[1]", "clip_box:", "term"),
      p("dl/dd[1]/p[1]", "Este campo contém a propriedade clip_box. Seu valor é uma matriz [x,y,w,h] e vale 'off' por padrão (ver data_bounds)."),
      p("dl/dt[2]", "clip_state:", "term"),
    ];
    const en2 = [
      p("dl/dt[1]", "clip_box:", "term"),
      p("dl/dd[1]/div/p[1]", "This field contains the clip_box property."),
      p("dl/dd[1]/div/p[2]", "Its value is a matrix [x,y,w,h]."),
      p("dl/dd[1]/div/p[3]", "It is 'off' by default, see data_bounds."),
      p("dl/dt[2]", "clip_state:", "term"),
    ];
    const r = pairBlocks(pt2, en2);
    expect(r.blocks[1]).toMatchObject({ en: "This field contains the clip_box property.\n\nIts value is a matrix [x,y,w,h].\n\nIt is 'off' by default, see data_bounds.", enAt: 1, acrossGap: true });
    expect(paragraphGold(docOf(r)).links).toEqual([{ pt: 0, en: 0 }, { pt: 2, en: 4 }]);
  });

  it("scilab unix_w: leaves plain prose with no kept token where it is (no evidence, no pair)", () => {
    const pt3 = [p("h[1]", "Descrição", "heading"), p("p[1]", "Executa um comando shell. Os comandos com múltiplas instruções não são recomendados.")];
    const en3 = [p("h[1]", "Description", "heading"), p("p[1]", "Executes a shell command."), p("div/p[1]", "Commands with multiple instructions are not recommended.")];
    const r = pairBlocks(pt3, en3);
    expect(r.blocks[1]!.en).toBe("Executes a shell command.");
    expect(r.enOnly.map((b) => b.enAt)).toEqual([2]);
  });

  it("does not give a block English whose token it already has from its own English (the entry's own name)", () => {
    const pt4 = [p("dd[1]", "Define a propriedade Fac3d. O valor é uma matriz muito longa de números e cores por faceta."), p("dt[2]", "Fim", "term")];
    const en4 = [p("dd[1]", "Sets the Fac3d property."), p("dd[1]/table", "Fac3d entities only."), p("dt[2]", "End", "term")];
    expect(pairBlocks(pt4, en4).blocks[0]!.en).toBe("Sets the Fac3d property.");
  });

  it("does not join when the Portuguese has no room for the extra English (it says as much as its own English already)", () => {
    const pt5 = [p("dd[1]", "Um valor 'scaled' por padrão."), p("dt[2]", "Fim", "term")];
    const en5 = [p("dd[1]", "A value, 'scaled' by default."), p("dd[1]/table", "This property exists only with Fac3d entities, see plot3d."), p("dt[2]", "End", "term")];
    expect(pairBlocks(pt5, en5).blocks[0]!.en).toBe("A value, 'scaled' by default.");
  });

  it("does not join English whose token two Portuguese blocks of the gap have (which one is unknown)", () => {
    const pt6 = [
      p("h", "Cabeçalho", "heading"),
      p("a", "Primeiro bloco sobre Fac3d e mais um pouco de texto longo aqui."),
      p("b", "Segundo bloco sobre Fac3d e mais um pouco de texto longo também."),
      p("z", "Fim", "heading"),
    ];
    const en6 = [p("h", "Header", "heading"), p("x", "About Fac3d."), p("y", "More about Fac3d."), p("z", "End", "heading")];
    const r = pairBlocks(pt6, en6);
    expect(r.blocks.map((b) => b.en)).toEqual(["Header", undefined, undefined, "End"]);
  });
  it("scilab GlobalProperty FaceColor: a definition gets the list items the newer page split it into, the first with no token of its own", () => {
    const pt7 = [
      p("dt[6]", '"FaceColor":', "term"),
      p("dd[6]/p[1]", "um string com valor 'none', 'flat' ou 'interp'. Com 'none', uma malha da superfície é desenhada; com 'flat', os valores Fac3d color.data determinam uma cor por faceta; com 'interp', color.data determina a cor de cada vértice."),
      p("dt[7]", '"LineStyle":', "term"),
    ];
    const en7 = [
      p("dt[6]", '"FaceColor":', "term"),
      p("dd[6]/p[1]", "a string with value 'none', 'flat' or 'interp'."),
      p("dd[6]/ul/li[1]", "'none': a mesh of the surface is drawn.", "list-item"),
      p("dd[6]/ul/li[2]", "'flat': the Fac3d color.data values determine one color per facet.", "list-item"),
      p("dd[6]/ul/li[3]", "'interp': color.data determines a color at each vertex.", "list-item"),
      p("dt[7]", '"LineStyle":', "term"),
    ];
    const r = pairBlocks(pt7, en7);
    expect(r.blocks[1]!.enParts?.map((x) => x.enAt)).toEqual([1, 2, 3, 4]);
    expect(r.enOnly).toEqual([]);
  });

  it("does not take a block whose kept tokens the Portuguese lacks, even between two it shares (a newer version's addition)", () => {
    const pt8 = [p("dt[1]", "a:", "term"), p("dd[1]", "Define a propriedade (ver Fac3d, color.data)."), p("dt[2]", "b:", "term")];
    const en8 = [p("dt[1]", "a:", "term"), p("dd[1]", "Sets the property."), p("dd[1]/li[1]", "See Fac3d."), p("dd[1]/li[2]", "New in 6.0.2."), p("dd[1]/li[3]", "See color.data."), p("dt[2]", "b:", "term")];
    expect(pairBlocks(pt8, en8).blocks[1]!.en).toBe("Sets the property.\n\nSee Fac3d.");
  });
});
