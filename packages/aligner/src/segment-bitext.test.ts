import { describe, expect, it } from "vitest";
import { alignDocument } from "./align-document.ts";
import { segmentBitext } from "./segment-bitext.ts";

const PT_CUT = "Para instalar o pacote no seu computador, abra um terminal e execute o comando\n\ncomo superusuário, depois aguarde o fim da instalação.\n\nO programa aparece no menu.";
const EN_ONE = "To install the package on your computer, open a terminal and run the apt install command as superuser, then wait for the installation to finish.\n\nThe program shows up in the menu.";
const EN_TWO = "To install the package on your computer, open a terminal and run the following command\n\nas superuser, then wait for the installation to finish.\n\nThe program shows up in the menu.";
const PT_LIST = "A janela de camadas mostra as camadas da imagem e permite mudar a ordem\n\nde cada camada clique no olho para escondê-la.\n\nO programa aparece no menu.";
const EN_LIST = "The Layers dialog shows the layers of the image and lets you change their order\n\nFor each layer, click the eye to hide it.\n\nThe program shows up in the menu.";

describe("segmentBitext: a page-break repair the other language bears out", () => {
  it("keeps a Portuguese join where the English has one sentence (a sentence cut by stripped inline code)", () => {
    const { pt } = segmentBitext(PT_CUT, EN_ONE);
    expect(pt.repairs).toHaveLength(1);
    expect(pt.segments[0]!.text).toContain("comando\n\ncomo superusuário");
  });

  it("refuses both joins when both sides were cut at the same place (the break is in the source: stripped inline code)", () => {
    const { pt, en } = segmentBitext(PT_CUT, EN_TWO);
    expect(pt.repairs).toEqual([]);
    expect(en.repairs).toEqual([]);
    expect(pt.segments.map((s) => s.text)[0]).toBe("Para instalar o pacote no seu computador, abra um terminal e execute o comando");
  });

  it("refuses a one-sided join where the English has two sentences, so no pair spans a real paragraph break", () => {
    const { pt } = segmentBitext(PT_LIST, EN_LIST);
    expect(pt.repairs).toEqual([]);
    const result = alignDocument(PT_LIST, EN_LIST);
    expect(result.repairs).toEqual([]);
    expect(result.pairs.map((p) => p.type)).toEqual(["1-1", "1-1", "1-1"]);
    expect(result.pairs[1]!.enText).toBe("For each layer, click the eye to hide it.");
  });

  it("reports in alignDocument only the repairs it kept, each undoable by its offsets", () => {
    const result = alignDocument(PT_CUT, EN_ONE);
    expect(result.repairs).toEqual([{ before: PT_CUT.indexOf("\n\ncomo"), after: PT_CUT.indexOf("como superusuário"), reason: "no-final-punctuation+lowercase-start" }]);
  });
});
