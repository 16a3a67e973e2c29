import { describe, expect, it } from "vitest";
import { segmentText } from "../segment/index.ts";
import type { Bead } from "../types.ts";
import { alignSegments } from "./align-segments.ts";
import { REVIEW_THRESHOLD } from "./confidence.ts";

/** Each pair as "pt ⇄ en", with whether it is sure (≥ REVIEW_THRESHOLD) or for review. */
function pairs(pt: string[], en: string[]): Map<string, "sure" | "review"> {
  const a = segmentText(pt.join("\n\n")).segments;
  const b = segmentText(en.join("\n\n")).segments;
  const out = new Map<string, "sure" | "review">();
  for (const bead of alignSegments(a, b) as Bead[]) {
    if (!bead.pt.length || !bead.en.length) continue;
    const text = `${bead.pt.map((i) => a[i]!.text).join(" ‖ ")} ⇄ ${bead.en.map((j) => b[j]!.text).join(" ‖ ")}`;
    out.set(text, bead.confidence >= REVIEW_THRESHOLD ? "sure" : "review");
  }
  return out;
}

describe("pairs a reordering crossed (rival-pairs.ts)", () => {
  // A term list sorted by each language's own term: "Canal alfa" stands under C in Portuguese,
  // "Alpha Channel" under A in English, so every term between is paired one off, by length.
  const ptTerms = ["Ativo", "Borrar", "Brilho", "Camada", "Canal", "Canal alfa", "Channel encoding", "Máscara de canal", "Modo", "Nitidez", "Pincel"];
  const enTerms = ["Active", "Alpha Channel", "Blur", "Brightness", "Brush", "Channel", "Channel encoding", "Channel Mask", "Layer", "Mode", "Sharpness"];

  it("sends to review the short terms paired one off in a list whose orders differ", () => {
    const got = pairs(ptTerms, enTerms);
    // One shared word, or none, at 0.998–1.000 before: each has a better partner a few items away.
    expect(got.get("Canal alfa ⇄ Channel encoding")).toBe("review");
    expect(got.get("Channel encoding ⇄ Channel Mask")).toBe("review");
    expect(got.get("Camada ⇄ Brush")).toBe("review");
  });

  it("keeps sure the pairs of the same list that nothing crosses", () => {
    const got = pairs(ptTerms, enTerms);
    expect(got.get("Brilho ⇄ Brightness")).toBe("sure");
    expect(got.get("Canal ⇄ Channel")).toBe("sure");
    expect(got.get("Modo ⇄ Mode")).toBe("sure");
  });

  it("sends to review a glossary's terms and definitions paired one entry off", () => {
    const pt = [
      "Canal", "Um canal guarda um componente da cor de cada pixel da imagem.",
      "Canal alfa", "O canal alfa guarda a transparência de cada pixel.",
      "Channel encoding", "Veja Gama.",
      "Modo", "O modo de uma camada diz como ela se combina com as camadas abaixo dela.",
    ];
    const en = [
      "Alpha Channel", "The alpha channel stores the transparency of each pixel.",
      "Channel", "A channel stores one colour component of every pixel of the image.",
      "Channel encoding", "See Gamma.",
      "Mode", "The mode of a layer says how it combines with the layers below it.",
    ];
    const got = pairs(pt, en);
    expect(got.get("Canal ⇄ Alpha Channel")).toBe("review");
    expect(got.get("Um canal guarda um componente da cor de cada pixel da imagem. ⇄ The alpha channel stores the transparency of each pixel.")).toBe("review");
    expect(got.get("Channel encoding ⇄ Channel encoding")).toBe("sure");
    expect(got.get("Modo ⇄ Mode")).toBe("sure");
  });

  it("counts a glossary's entries in entries: terms one entry off are crossed however long the definitions between them", () => {
    // Each definition runs over several sentences, so the better partner of "Channel encoding" is
    // more than a few segments away; it is the next term but one.
    const def = (pt: string, en: string) => [[pt, "Ele aparece em muitas caixas de diálogo.", "Veja também o capítulo sobre cores.", "Há exemplos no fim do manual."], [en, "It shows in many dialogs.", "See also the chapter on colours.", "There are examples at the end of the manual."]];
    const entries: Array<[string, string, string[][]]> = [
      ["Canal", "Channel", def("Um canal guarda um componente da cor de cada pixel.", "A channel stores one colour component of each pixel.")],
      ["Canal alfa", "Alpha Channel", def("O canal alfa guarda a transparência de cada pixel.", "The alpha channel stores the transparency of each pixel.")],
      ["Channel encoding", "Channel encoding", def("A codificação diz como a intensidade cresce com o valor.", "The encoding says how fast the intensity grows with the value.")],
      ["Máscara de canal", "Channel Mask", def("Uma máscara de canal guarda uma seleção.", "A channel mask stores a selection.")],
    ];
    // The Portuguese sorts by its own terms; the English puts "Alpha Channel" first.
    const pt = entries.flatMap(([term, , [d]]) => [term, ...d!]);
    const enOrder = [entries[1]!, entries[0]!, entries[2]!, entries[3]!];
    const en = enOrder.flatMap(([, term, [, d]]) => [term, ...d!]);
    const got = pairs(pt, en);
    const oneOff = [...got].filter(([text]) => ["Canal alfa ⇄ Channel encoding", "Channel encoding ⇄ Channel Mask", "Canal ⇄ Alpha Channel", "Canal alfa ⇄ Channel"].includes(text));
    expect(oneOff.length).toBeGreaterThan(0);
    expect(oneOff.every(([, sure]) => sure === "review")).toBe(true);
  });

  it("near miss: a section label repeated in order crosses nothing ('Parâmetros' ⇄ 'Arguments' twice, no word in common)", () => {
    const pt = ["Parâmetros", "x", "um número real.", "Parâmetros", "y", "um número inteiro."];
    const en = ["Arguments", "x", "a real number.", "Arguments", "y", "an integer number."];
    const got = pairs(pt, en);
    expect(got.get("Parâmetros ⇄ Arguments")).toBe("sure");
    expect(got.get("x ⇄ x")).toBe("sure");
  });

  it("near miss: a list in the same order with items that share words stays sure ('Subir camada', 'Subir camada para o topo')", () => {
    const pt = ["Subir camada", "Subir camada para o topo", "Baixar camada", "Baixar camada para o fundo"];
    const en = ["Raise Layer", "Layer to Top", "Lower Layer", "Layer to Bottom"];
    const got = pairs(pt, en);
    expect([...got.values()]).toEqual(["sure", "sure", "sure", "sure"]);
  });
});
