import { describe, expect, it } from "vitest";
import { checkDocument } from "../index.ts";

const lower = Array.from({ length: 12 }, (_, k) => ({ pt: `a frase número ${k} começa em minúscula.` }));
const proper = Array.from({ length: 12 }, (_, k) => ({ pt: `A frase número ${k} começa em maiúscula.` }));

describe("casing-lowercase-document", () => {
  it("reports a lower-case document once and drops the sentence-start flags", () => {
    const { pairFlags, documentFlags } = checkDocument(lower, { variant: "pt-BR", terms: [] });
    expect(documentFlags.map((f) => f.code)).toEqual(["casing-lowercase-document"]);
    expect(pairFlags.flat().filter((f) => f.code === "casing-sentence-start")).toEqual([]);
  });

  it("stays silent on a properly cased document", () => {
    expect(checkDocument(proper, { variant: "pt-BR", terms: [] }).documentFlags).toEqual([]);
  });

  it("near miss: a short document with a few lower-case lines keeps its pair flags", () => {
    const { pairFlags, documentFlags } = checkDocument(lower.slice(0, 3), { variant: "pt-BR", terms: [] });
    expect(documentFlags).toEqual([]);
    expect(pairFlags.flat().filter((f) => f.code === "casing-sentence-start")).toHaveLength(3);
  });
});

// Development corpus, tuning half: Scilab reference pages are mostly names, parameters and their
// lower-case definitions; their few sentences of prose have capitals. They did not lose them.
describe("casing-lowercase-document, reference pages", () => {
  const page = (prose: string) => [
    { pt: "zeros" }, { pt: "matriz feita de zeros", prevPt: "zeros" },
    { pt: "y=zeros(m1,m2)", prevPt: "matriz feita de zeros" },
    ...["x", "m1", "m2", "y", "n"].flatMap((label) => [{ pt: label }, { pt: "um inteiro ou matriz de inteiros.", prevPt: label }]),
    { pt: "lista" }, { pt: "matrizes" }, { pt: "for" }, { pt: "while" },
    ...Array.from({ length: 4 }, (_, k) => ({ pt: `${prose} a matriz de zeros número ${k} com as dimensões dadas.`, prevPt: "Descrição." })),
  ];
  it("near miss: a reference page with lower-case definitions and capitalised prose", () => {
    expect(checkDocument(page("Cria"), { variant: "pt-BR", terms: [] }).documentFlags).toEqual([]);
  });
  it("hit: a page whose prose itself lost its capitals", () => {
    const lost = [...page("cria"), ...Array.from({ length: 8 }, (_, k) => ({ pt: `depois disso, a função ${k} retorna o valor pedido.`, prevPt: "Fim." }))];
    expect(checkDocument(lost, { variant: "pt-BR", terms: [] }).documentFlags.map((f) => f.code)).toEqual(["casing-lowercase-document"]);
  });
});

// Issue 12, session 5 (tuning half): Scilab reference pages with no English ("file", "sp2adj") read as documents
// that lost their capitals: their values in quotes head lower-case meanings, and their variables and functions
// ("xadj é um vetor", "spget — recupera") open lines as the program spells them.
describe("casing-lowercase-document, reference pages without English", () => {
  const PT = new Set("a o é um uma de do da em para os as vetor matriz arquivo não deve existir já coloca ponteiro no início fecha retorna recupera entradas esparsa acesso direto cria depois disso função valor pedido".split(" "));
  const spellers = { pt: { correct: (w: string) => PT.has(w.toLowerCase()) } };
  const values = ["\"new\"", "\"old\"", "\"rewind\"", "\"last\"", "'direct'", "“close”"].flatMap((v) => [{ pt: v }, { pt: "o arquivo já deve existir.", prevPt: v }]);
  const names = ["xadj", "anz", "adjncy", "nnz"].map((n) => ({ pt: `${n} é um vetor de entradas.`, prevPt: "O vetor." }));
  const seeAlso = ["sparse", "spget", "spzeros"].map((n) => ({ pt: `${n} — recupera entradas da matriz esparsa`, prevPt: "Ver Também" }));
  const calls = ["file(action,unit) fecha o arquivo.", "file() retorna o arquivo."].map((pt) => ({ pt, prevPt: "O arquivo." }));
  it("near miss: meanings under quoted values, and lines opened by names, in a page of capitalised prose", () => {
    expect(checkDocument([...values, ...names, ...seeAlso, ...calls], { variant: "pt-BR", terms: [], spellers }).documentFlags).toEqual([]);
  });
  it("hit: the same page whose prose sentences lost their capitals", () => {
    const lost = Array.from({ length: 12 }, (_, k) => ({ pt: `depois disso, a função ${k} retorna o valor pedido.`, prevPt: "Fim." }));
    expect(checkDocument([...values, ...names, ...seeAlso, ...calls, ...lost], { variant: "pt-BR", terms: [], spellers }).documentFlags.map((f) => f.code)).toEqual(["casing-lowercase-document"]);
  });
  it("near miss: sentences going on from a segment the segmenter cut, no stop before them", () => {
    // (Lines opening with a figure have no sentence start of their own: only what follows them counts.)
    const cut = Array.from({ length: 12 }, (_, k) => [{ pt: `${k + 2} vetores de entradas são uma matriz em` }, { pt: "uma matriz esparsa.", prevPt: `${k + 2} vetores de entradas são uma matriz em` }]).flat();
    expect(checkDocument(cut, { variant: "pt-BR", terms: [], spellers }).documentFlags).toEqual([]);
  });
});
