import { describe, expect, it } from "vitest";
import { withPreReform } from "./pre-reform.ts";

const reformed = new Set(["atual", "diretório", "exceção", "ótimo", "direção"]);
const speller = withPreReform({ correct: (w) => reformed.has(w) })!;

describe("withPreReform", () => {
  it.each(["actual", "directório", "excepção", "óptimo", "direcção", "atual"])("accepts %s", (w) => expect(speller.correct(w)).toBe(true));
  it.each(["actually", "pcx", "factor"])("still rejects %s, whose reformed form is no word either", (w) => expect(speller.correct(w)).toBe(false));
});

// Session 7 (issue 12): AO90 European forms a Brazilian-leaning dictionary lacks (po4a's pt-PT pages: "Conjunto de carateres").
describe("withPreReform, a consonant the agreement dropped in Portugal alone", () => {
  const brazilian = withPreReform({ correct: (w) => ["caracteres", "recepção", "concepção"].includes(w) })!;
  it.each(["carateres", "receção", "conceção"])("accepts %s", (w) => expect(brazilian.correct(w)).toBe(true));
  // A misspelling that lacks another letter, or a consonant where none was dropped, is still rejected.
  it.each(["caraceres", "receçao", "concecpão"])("still rejects %s", (w) => expect(brazilian.correct(w)).toBe(false));
});

// Session 12 fresh set (debian-history-pt, kdevelop-data-handbook-pt): the European past "-ámos" flagged as a typo.
describe("withPreReform, the European past's first person plural", () => {
  const brazilian = withPreReform({ correct: (w) => ["usamos", "usar", "arrancamos", "arrancar", "selecionamos", "selecionar", "ramos", "mas"].includes(w) })!;
  it.each(["usámos", "arrancámos", "seleccionámos"])("accepts %s", (w) => expect(brazilian.correct(w)).toBe(true));
  // Only the acute of the ending is Portugal's: a slip elsewhere, or an ending no verb has, is still rejected.
  it.each(["usámis", "ussámos", "ámos", "pegámos", "rámos"])("still rejects %s", (w) => expect(brazilian.correct(w)).toBe(false));
});
