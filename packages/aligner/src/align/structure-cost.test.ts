import { describe, expect, it } from "vitest";
import { segmentText } from "../segment/index.ts";
import { alignSegments } from "./align-segments.ts";

/** Beads as one readable line: "0-0 | 1,2-1 | 3-∅" (jsdiff-style rendering). */
function render(pt: string[], en: string[]): string {
  const beads = alignSegments(segmentText(pt.join("\n\n")).segments, segmentText(en.join("\n\n")).segments);
  const side = (idx: number[]) => (idx.length ? idx.join(",") : "∅");
  return beads.map((b) => `${side(b.pt)}-${side(b.en)}`).join(" | ");
}

describe("a title is a hard boundary, even against another title", () => {
  it("keeps a caption out of one bead with the next section's heading, which the Portuguese lacks (caption-with-next-heading)", () => {
    const pt = ["O modo Queimar escurece a imagem.", "Equação 8.9. Equação para o modo de camada “Super-exposição”", "E = 1 - (1 - I) / M", "Este modo é o inverso do anterior."];
    const en = ["Burn mode darkens the image.", "Equation 8.9. Equation for layer mode “Burn”", "Contrast Layer Modes", "E = 1 - (1 - I) / M", "This mode is the inverse of the previous one."];
    expect(render(pt, en)).toBe("0-0 | 1-1 | ∅-2 | 2-3 | 3-4");
  });

  it("keeps a breadcrumb out of one bead with the page title that follows it (breadcrumb-with-title)", () => {
    const pt = ["Scilab Help >> Biblioteca de Gráficos > handle > is_handle_valid", "Verifica a validade de manipuladores gráficos.", "Seqüência de Chamamento", "isValid = is_handle_valid(h)"];
    const en = ["Scilab Help >> Graphics > handle > is_handle_valid", "is_handle_valid", "Check validity of graphic handles.", "Syntax", "isValid = is_handle_valid(h)"];
    expect(render(pt, en)).toBe("0-0 | ∅-1 | 1-2 | 2-3 | 3-4");
  });

  it("near miss: one line of code against the lines the other version split it into stays one bead (code-split-into-lines)", () => {
    const pt = ["Exemplo", "if ierr>0 then disp(lasterror()),end", "Fim do exemplo."];
    const en = ["Example", "if ierr>0 then", "disp(lasterror())", "end", "End of the example."];
    expect(render(pt, en)).toBe("0-0 | 1-1,2,3 | 2-4");
  });

  it("near miss: a call the other version wraps over two lines stays one bead (call-wrapped-over-lines)", () => {
    const pt = ["list('transfer','nome_do_sistema_linear')", "list('link','nome_do_link', [número_de_caixa_de_fluxo_superior,porta_da_caixa_de_fluxo_superior],", "Descrição"];
    const en = ["list('transfer','name_of_linear_system')", "list('link','name_of_link',", "[number_of_upstream_box,upstream_box_port],", "Description"];
    expect(render(pt, en)).toBe("0-0 | 1-1,2 | 2-3");
  });
});

describe("a question pairs with a question (QUESTION_MISMATCH_COST)", () => {
  it("pairs the question, not the paragraph's last sentence, when the other side lacks a sentence (GIMP flame, question-with-question)", () => {
    const pt = ["Super-amostragem espacial", "O que isso faz? Nem os autores do manual sabem!", "Raio do filtro espacial"];
    const en = ["Spatial oversample", "What does this do?", "Spatial filter radius"];
    expect(render(pt, en)).toBe("0-0 | 1-1 | 2-∅ | 3-2");
  });

  it("leaves a question that is a web page's furniture unpaired rather than paired with an unrelated statement (altman, perturbed seed 5)", () => {
    const pt = [
      "Este artigo não deve servir como referência para a tomada de decisões de investimento.",
      "Fase real de recuperação: como o mercado deve se reconstruir após a liquidação das alavancagens?",
      "Populares",
    ];
    const en = [
      "This article should not serve as a reference for making investment decisions.",
      "Your point about the difference between taking existing user-generated content and serving it to people is probably a better generalization than just ChatGPT.",
    ];
    expect(render(pt, en)).toBe("0-0 | ∅-1 | 1-∅ | 2-∅");
  });

  it("near miss: a question the other side turned into a statement still pairs when it is the only candidate (question-as-statement)", () => {
    const pt = ["O filtro Chama cria fractais aleatórios.", "Por que usar este filtro? Ele cria imagens bonitas.", "Veja também o filtro IFS."];
    const en = ["The Flame filter creates random fractals.", "Use this filter to make beautiful pictures.", "See also the IFS filter."];
    expect(render(pt, en)).toBe("0-0 | 1,2-1 | 3-2");
  });
});
