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
