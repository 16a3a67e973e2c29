import { describe, expect, it } from "vitest";
import { segmentText } from "../segment/index.ts";
import { alignSegments } from "./align-segments.ts";

/** Beads as one readable line: "0-0 | 1-1,2 | 2-3". Each array item is a paragraph. */
function render(pt: string[], en: string[]): string {
  const beads = alignSegments(segmentText(pt.join("\n\n"), { lang: "pt" }).segments, segmentText(en.join("\n\n"), { lang: "en" }).segments);
  const side = (idx: number[]) => (idx.length ? idx.join(",") : "∅");
  return beads.map((b) => `${side(b.pt)}-${side(b.en)}`).join(" | ");
}

describe("one sentence said as two by a clause break (clause-split.ts)", () => {
  it("pairs a short sentence with the clause before a colon that says it, though no word of theirs matches (colon-joined)", () => {
    const pt = ["Mostrar régua", "Esta opção do menu é selecionável: se estiver marcada, então a régua é exibida."];
    const en = ["Show Ruler", "This is a toggle. If it is checked, then the Ruler is displayed."];
    expect(render(pt, en)).toBe("0-0 | 1-1,2");
  });

  it("pairs a short sentence with the clause before a bracketed sentence (bracket-joined)", () => {
    const pt = ["Clique numa peça e depois numa vizinha.", "As duas mudam então de posição (Você também pode arrastar uma peça até uma vizinha.)."];
    const en = ["Click on one piece, then on one of its neighbors.", "Then they trade spots. (You may also drag a piece onto one of its neighbors.)"];
    expect(render(pt, en)).toBe("0-0 | 1-1,2");
  });

  it("near miss: a sentence the translation lacks, beside a sentence with a colon, stays alone (lengths fit no clause)", () => {
    const pt = ["Mostrar régua", "Esta opção do menu é selecionável: se estiver marcada, então a régua é exibida."];
    const en = ["Show Ruler", "The ruler helps you place objects at exact positions, and its units follow the image's unit setting.", "If it is checked, then the Ruler is displayed."];
    expect(render(pt, en)).toBe("0-0 | ∅-1 | 1-2");
  });

  it("near miss: a short sentence keeps its own partner beside a labelled sentence whose label fits its length (label-before-colon)", () => {
    const pt = ["Muitas delas foram criadas no pressuposto de que teriam dois a três anos de pista.", "Eu respondo: \"Sim, com certeza você pode.\"", "· Posição estratégica da Nuvem: a Nuvem não é apenas uma ferramenta de geração de vídeo, mas também uma ferramenta estratégica para construir um \"modelo de mundo\"."];
    const en = ["A lot of them were built on the assumption that they'd have two to three years of runway.", "I say, \"Yes, you definitely can.\"", "· Nuvem's strategic position: Nuvem is not just a video generation tool but also a strategic tool for building a \"world model\"."];
    expect(render(pt, en)).toBe("0-0 | 1-1 | 2-2");
  });

  it("near miss: an aside between spaced dashes is no clause break (dash-aside)", () => {
    const pt = ["Se você já usou a versão anterior, sua consistência é notável.", "Se pudesse combinar a mágica do modelo - sua capacidade de surpreender com frequência - com total confiabilidade, seria incrível."];
    const en = ["If you could combine the magic of the model - its ability to surprise on a regular basis - with full reliability, it would be incredible."];
    expect(render(pt, en)).toBe("0-∅ | 1-0");
  });
  it("near miss: a split that puts the pair's own words on the lone sentence's side is no clause of it (said-across)", () => {
    const pt = ["Tamanho fixo", "O valor da dimensão que foi fixada pode ser digitado na caixa abaixo; o valor padrão é 100 pixels."];
    const en = ["Fixed size", "The value of this dimension can be set in the box below; it defaults to 100 pixels.", "Size: Both Width and Height will be fixed."];
    expect(render(pt, en)).toBe("0-0 | 1-1 | ∅-2");
  });
});

