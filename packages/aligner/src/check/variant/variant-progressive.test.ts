import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { variantProgressive } from "./variant-progressive.ts";

describe("variant-progressive", () => {
  it.each([
    ["estamos a ver", "o que estamos a ver pode ser", ["estamos a ver→estamos vendo"]],
    ["with an adverb", "estamos apenas a utilizar", ["estamos apenas a utilizar→estamos apenas utilizando"]],
    ["subjunctive", "se estivermos a construir um modelo", ["estivermos a construir→estivermos construindo"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(variantProgressive, { pt })).toEqual(expected));

  it.each([
    ["a noun after a", "isso está a anos de distância"],
    ["idiom", "ele está a par de tudo"],
    ["gerund", "estamos vendo isso"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(variantProgressive, { pt })).toEqual([]));

  it("is silent on the European form when the target is European Portuguese", () => {
    expect(runCheck(variantProgressive, { pt: "estamos a ver" }, { variant: "pt-PT" })).toEqual([]);
  });

  it.each([
    ["gerund", "o que estamos vendo agora", ["estamos vendo→estamos a ver"]],
    ["with an adverb", "estão sempre construindo", ["estão sempre construindo→estão sempre a construir"]],
    ["pôr", "está pondo a mesa", ["está pondo→está a pôr"]],
  ])("hit (pt-PT target): %s", (_n, pt, expected) => expect(runCheck(variantProgressive, { pt }, { variant: "pt-PT" })).toEqual(expected));

  it("near miss (pt-PT target): a gerund without estar", () => {
    expect(runCheck(variantProgressive, { pt: "saiu correndo, quando" }, { variant: "pt-PT" })).toEqual([]);
  });
});

describe("variant-progressive, every form of estar", () => {
  it.each([
    ["estou", "estou a pensar nisso", ["estou a pensar→estou pensando"]],
    ["esteja", "talvez esteja a chover", ["esteja a chover→esteja chovendo"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(variantProgressive, { pt })).toEqual(expected));
});

describe("variant-progressive, a pronoun hyphenated to the verb, and continuar", () => {
  it("hit (pt-PT target): a gerund with its pronoun", () => {
    expect(runCheck(variantProgressive, { pt: "este valor está aplicando-se à ligação" }, { variant: "pt-PT" })).toEqual(["está aplicando→está a aplicar"]);
  });
  it("hit (pt-BR target): an infinitive with its pronoun", () => {
    expect(runCheck(variantProgressive, { pt: "os ficheiros estão a tornar-se grandes" })).toEqual(["estão a tornar→estão tornando"]);
  });
  it.each([
    ["a hyphenated word that is not a pronoun", { pt: "está a pré-visualizar" }, "pt-BR"],
    ["continuar a + infinitive is Brazilian too", { pt: "a seleção continua a existir" }, "pt-BR"],
  ] as const)("near miss: %s", (_n, pair, variant) => expect(runCheck(variantProgressive, pair, { variant })).toEqual([]));
  it("hit (pt-PT target): continuar + gerund", () => {
    expect(runCheck(variantProgressive, { pt: "a origem continua usando o mesmo" }, { variant: "pt-PT" })).toEqual(["continua usando→continua a usar"]);
  });
});

// KDE handbooks, tune half (issue 12, session 8): a word in -ando after "estava" that is no gerund ("estava quando").
describe("variant-progressive, no gerund (session 8)", () => {
  it("near miss (pt-PT target): 'estava quando' is no progressive (KDE KTurtle)", async () => {
    const { createSpeller } = await import("../text/speller.ts");
    const { default: dictionaryPt } = await import("dictionary-pt");
    const spellers = { pt: createSpeller(dictionaryPt) };
    expect(runCheck(variantProgressive, { pt: "tudo fica tal e qual estava quando você iniciou o KTurtle" }, { variant: "pt-PT", spellers })).toEqual([]);
    expect(runCheck(variantProgressive, { pt: "o comando que estava comando a tartaruga" }, { variant: "pt-PT", spellers })).toEqual([]);
    // A real gerund keeps its flag with the dictionary too.
    expect(runCheck(variantProgressive, { pt: "estamos vendo isso quando abrimos" }, { variant: "pt-PT", spellers })).toEqual(["estamos vendo→estamos a ver"]);
  });
});
