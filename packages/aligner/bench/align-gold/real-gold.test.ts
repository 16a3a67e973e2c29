import type { DevBlock, DevDocument, DevEnOnlyBlock } from "@alinha/corpus/dev";
import { describe, expect, it } from "vitest";
import { judgeLink, verifiedGold } from "./real-gold.ts";

function page(blocks: Array<[kind: DevBlock["kind"], pt: string, en: string | undefined]>, enOnly: Array<[kind: DevBlock["kind"], en: string, at: number]> = []): DevDocument {
  let at = 0;
  const taken = new Set(enOnly.map((e) => e[2]));
  const next = () => {
    while (taken.has(at)) at++;
    return at++;
  };
  return {
    id: "t/page", source: "t", package: "t", version: "1", licence: "GPL", variant: "pt-BR", half: "tune", words: 0,
    blocks: blocks.map(([kind, pt, en], i): DevBlock => ({ path: `body/p[${i}]`, kind, pt, ...(en === undefined ? {} : { en, enAt: next() }) })),
    enOnly: enOnly.map(([kind, en, enAt], i): DevEnOnlyBlock => ({ path: `body/x[${i}]`, kind, en, enAt })),
  };
}

describe("verified paragraph gold", () => {
  it("keeps a page whose structure matches block for block", () => {
    const doc = page([
      ["heading", "acotd", "acotd"],
      ["paragraph", "Calcula o arco-cotangente do argumento.", "Computes the inverse cotangent of the argument."],
      ["heading", "Exemplos", "Examples"],
      ["code", "y = acotd(x)", "y = acotd(x)"],
    ]);
    expect(verifiedGold(doc).links).toHaveLength(4);
  });

  it("drops path links a section the English added has shifted ('Exemplos' paired with 'Sample')", () => {
    // The English page has a "Sample" section the Portuguese lacks: by path, every heading after it is paired one off.
    const doc = page(
      [
        ["heading", "acotd", "acotd"],
        ["paragraph", "Calcula o arco-cotangente do argumento.", "Computes the inverse cotangent of the argument."],
        ["code", "y = acotd(x)", "y = acotd(x)"],
        ["heading", "Exemplos", "Sample"],
        ["code", "x = [1 2]; acotd(x)", undefined],
        ["heading", "Ver Também", "Examples"],
      ],
      [["code", "x = [1 2]; acotd(x)", 4]],
    );
    expect(verifiedGold(doc).links.map((l) => l.pt)).toEqual([0, 1, 2]);
  });

  it("links a Portuguese block to an English-only neighbour it holds too, proved by that neighbour's own identifiers", () => {
    const doc = page(
      [
        ["term", "\"Clipping\":", "\"Clipping\":"],
        ["paragraph", "Esta propriedade é útil quando color_flag é igual a 2. Note que esta propriedade só existe em entidades Fac3d.", "This property is useful when color_flag equals 2."],
        ["term", "\"Color\":", "\"Color\":"],
        ["paragraph", "Uma cor. Note que ela não serve para superfícies.", "A colour."],
      ],
      [
        ["paragraph", "This property exists only with Fac3d entities.", 2],
        ["paragraph", "It is not available for surfaces.", 5],
      ],
    );
    const links = verifiedGold(doc).links.map((l) => `${l.pt}:${l.en}`);
    // Block 1 holds the English-only "Fac3d" paragraph (its identifier is in it); block 3's neighbour has nothing to prove it by.
    expect(links).toContain("1:2");
    expect(links).not.toContain("3:5");
  });

  it("links a Portuguese code block to an English-only code neighbour whose own lines it holds", () => {
    const doc = page(
      [
        ["heading", "Exemplos", "Examples"],
        ["code", "xf= -1:0.1:1;\nyf= -1:0.1:1;\nfchamp(derpol,0,xf,yf)\nclf()", "xf= -1:0.1:1;\nyf= -1:0.1:1;\nfchamp(derpol,0,xf,yf)"],
        ["heading", "Ver Também", "See also"],
      ],
      [["code", "xf= -1:0.1:1;\nclf()", 2]],
    );
    expect(verifiedGold(doc).links.map((l) => `${l.pt}:${l.en}`)).toContain("1:2");
  });

  it("contradicts a path link between entries of a list whose names differ when the Portuguese name is another English entry's", () => {
    const doc = page([
      ["heading", "Ver Também", "See also"],
      ["list-item", "sinm", "sin — sine function"],
      ["list-item", "sin", "sinm — matrix sine function"],
      ["list-item", "Arquivo — Referência do menu Arquivo", "File — Key reference for the File menu"],
    ]);
    // A translated name ("Arquivo" for "File") is no other entry's: that link is not contradicted.
    expect(verifiedGold(doc).verdicts).toEqual(["neutral", "contradicted", "contradicted", "neutral"]);
  });

  it("contradicts links whose identifiers, numbers, code or lengths disagree", () => {
    expect(judgeLink("term", "term", "module_name", "r")).toBe("contradicted");
    expect(judgeLink("term", "term", "d", "s")).toBe("contradicted");
    expect(judgeLink("term", "term", "mark_size:", "mark_size_unit:")).toBe("contradicted");
    expect(judgeLink("term", "term", "--destdir=directório", "--destdir=directory")).toBe("anchor");
    expect(judgeLink("paragraph", "paragraph", "Veja a figura 3.", "See figure 4.")).toBe("contradicted");
    expect(judgeLink("code", "code", "x = sin(1)", "plot2d([0, 1], [0, 1], 0);")).toBe("contradicted");
    expect(judgeLink("heading", "paragraph", "Exemplos", "Examples")).toBe("contradicted");
    // Two equations of one page share their names, not their operators (scilab sylv).
    expect(judgeLink("code", "code", "A*X*B-X=C", "A*X*B+X = C")).toBe("contradicted");
    expect(judgeLink("code", "code", "A*X+X*B=C", "A*X+X*B = C")).toBe("anchor");
    // A string may be translated: its dashes are no operators.
    expect(judgeLink("code", "code", 'mprintf("%d-%d", a, b)', 'mprintf("%d to %d", a, b)')).toBe("anchor");
    expect(judgeLink("paragraph", "paragraph", "Curto.", "A much longer English paragraph that says a great deal more than the Portuguese block, over several lines of text and more than three times its length.")).toBe("contradicted");
    // A translated placeholder inside a path is still the same file.
    expect(judgeLink("term", "term", "debian/pacote.bug-script", "debian/package.bug-script")).toBe("anchor");
    expect(judgeLink("heading", "heading", "Exemplos", "Examples")).toBe("neutral");
  });
});
