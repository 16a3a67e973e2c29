import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { omissionLengthRatio } from "./omission-length-ratio.ts";

describe("omission-length-ratio", () => {
  const long = "A velocidade com que ele fornece informações ponderadas é rápida o suficiente para acompanhar.";
  it("hit: half a sentence missing", () => {
    expect(runCheck(omissionLengthRatio, { pt: "Ele fornece.", en: "The speed at which it provides thoughtful information is fast enough to keep up with my line of reasoning." })).toHaveLength(1);
  });
  it("hit: a sentence cut to three words", () => {
    expect(runCheck(omissionLengthRatio, { pt: "Ele fornece informações.", en: "The speed at which it provides thoughtful information is fast enough to keep up with my line of reasoning." })).toHaveLength(1);
  });
  it("clean: a usual translation", () => {
    expect(runCheck(omissionLengthRatio, { pt: long, en: "The speed at which it provides considered information is fast enough to keep up." })).toEqual([]);
  });
  it("near miss: short pairs are not judged", () => {
    expect(runCheck(omissionLengthRatio, { pt: "Sim.", en: "Yes, exactly, that is right." })).toEqual([]);
  });
  it("uses the document's own norm", () => {
    // A document whose Portuguese runs twice the English: a pair at that ratio is normal there.
    const pairs = Array.from({ length: 10 }, () => ({ pt: long + " " + long, en: "The speed at which it provides considered information is fast." }));
    const found = omissionLengthRatio.runDocument!(pairs, DEFAULT_CONTEXT);
    expect(found.pairFlags.flat()).toEqual([]);
  });
});

// Reference pages of the development corpus: a "see also" list and code, whose wording follows the page's version.
describe("omission-length-ratio, reference pages", () => {
  it.each([
    ["a function name for its entry", { pt: "horner", en: "horner — evaluates some polynomials or rationals for given values" }],
    ["two entries of one name", { pt: "floor — arredondamento para o inteiro menor ou igual ao número", en: "floor — round down" }],
    // Help pages: a label or a term is as long as its wording, whatever the English's.
    ["a label of a few words", { pt: "Arquivo de registros (logfile) do Servidor", en: "Server Logfile" }],
    ["a term against a newer page's description", { pt: "matriz de inteiros", en: "integer value matrix (or complex matrix with integer real and imaginary part)" }],
    ["a code line with a comment more", { pt: "e.fill_mode='off';", en: "e.fill_mode='off'; // shows only the contour of the polygon drawn" }],
    // Development corpus, tuning half.
    ["an entry whose name has two tokens (scilab_keywords)", { pt: "colon (:) — operador dois pontos", en: "brackets [,;] — Concatenation. Recipients of an assignment. Results of a function" }],
    ["a caption's number cut from its caption (GIMP)", { pt: "Figura 14.138.", en: "Figure 14.138. The Shear tool in Toolbox" }],
    ["a short description of a keyword (break)", { pt: "palavra-chave para interromper um laço (\"loop\") (significa \"interromper (neste ponto)\")", en: "keyword to interrupt loops" }],
    ["a parameter's type of five words (cumprod)", { pt: "vetor ou matriz de reais", en: "an array of reals, complex, booleans, polynomials or rational fractions." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(omissionLengthRatio, pair)).toEqual([]));
});

// Development corpus, tuning half: argument descriptions of a newer English page.
describe("omission-length-ratio, pairs of different versions", () => {
  it.each([
    ["a parameter's type reworded by the newer page (Scilab insertion)", { pt: "Um escalar real não-negativo.", en: "a real non negative scalar (only its integer part is taken into account)." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(omissionLengthRatio, pair)).toEqual([]));
  it("hit: a sentence that opens with a type's word but says something (a verb) is judged by its length", () => {
    expect(runCheck(omissionLengthRatio, { pt: "Uma matriz é criada.", en: "A matrix is created for every figure, and each of its rows gives the coordinates of one point of the polyline." })).toHaveLength(1);
  });
});

// Session 7 (issue 12, GIMP help pt-BR tuning half): a length the glosses or the aligner's cut explain is no addition.
describe("omission-length-ratio, glosses and uneven cuts (session 7)", () => {
  const en = "Speed, Pressure, x tilt, y tilt";
  it("near miss: English terms kept and glossed in brackets (animated brushes)", () =>
    expect(runCheck(omissionLengthRatio, { pt: "Speed (velocidade), Pressure (pressão), x tilt (inclinação x), y tilt (inclinação y)", en })).toEqual([]));
  it("near miss: a glossed term with a hyphen (no pattern is built from the term)", () =>
    expect(runCheck(omissionLengthRatio, { pt: "Wi-Fi (rede sem fio), Bluetooth (rede pessoal), lkn-1 (a primeira ligação)", en: "Wi-Fi, Bluetooth, lkn-1" })).toEqual([]));
  it("hit: the same length added as words of its own, not glosses", () =>
    expect(runCheck(omissionLengthRatio, { pt: "Speed, Pressure, x tilt, y tilt e ainda as opções de rotação, de aleatoriedade e de direção da ferramenta", en })).toHaveLength(1));
  const pt = "A nova imagem deve ser maior que a imagem original, caso contrário, você terá apenas um pequeno pedaço da imagem como resultado.";
  const first = "The new image must be bigger than the original.";
  const second = "Otherwise you only get a small piece of the image as the result.";
  it("near miss: a long Portuguese that says the English alone beside it too (plug-in tile)", () =>
    expect(runCheck(omissionLengthRatio, { pt, en: first, nextOneSided: "en", nextEn: second })).toEqual([]));
  it("hit: the same long Portuguese with no English alone beside it", () =>
    expect(runCheck(omissionLengthRatio, { pt, en: first, nextEn: second })).toHaveLength(1));
  it("hit: a short Portuguese beside a Portuguese sentence alone (Scilab xfpoly: an addition, and still an omission)", () =>
    expect(runCheck(omissionLengthRatio, { pt: "xfpoly preenche um polígono.", en: "xfpoly fills a polygon with the current color or a color specified by the optional fill argument.", nextOneSided: "pt", nextPt: "Se close é igual a 1 um ponto é adicionado à poligonal xv,yv para definir o polígono." })).toHaveLength(1));
});

// Session 17 (issue 12, tuning half): a short sentence said otherwise is no omission; its length follows the wording.
describe("omission-length-ratio, a short side the longer does not say (session 17)", () => {
  it.each([
    ["a Portuguese sentence for a short English one, worded otherwise (KOrganizer search)", { pt: "Não existirá nenhuma distinção entre maiúsculas e minúsculas.", en: "Letter case is ignored." }],
    ["a short Portuguese for an English sentence worded otherwise (KGpg)", { pt: "Será pedida a senha.", en: "You will be prompted for the passphrase." }],
    ["another version's sentence paired with the English (Scilab arc_properties)", { pt: "Deve ser um inteiro positivo.", en: "The only exception is vectorial export where the whole thickness value is considered." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(omissionLengthRatio, pair)).toEqual([]));
  it.each([
    // The Portuguese says the English's first clause, and drops the rest.
    ["a short Portuguese the English says, and more (GIMP paste as new image)", { pt: "A nova imagem tem o mesmo tamanho da seleção.", en: "The new image has the same size as the selection, and the selection is copied into a new layer of its own, which you can move and scale." }],
    // One content word tells nothing either way: judged by its length.
    ["a Portuguese cut to one word the dictionary may not know", { pt: "Ele fornece.", en: "The speed at which it provides thoughtful information is fast enough to keep up with my line of reasoning." }],
    // A longer short side the English does not say is another text: a reviewer should see it.
    ["a Portuguese of six content words the English does not say", { pt: "O programa cria um mapa interativo de anéis concêntricos e coloridos.", en: "Show disk usage and delete unused files, and find where your space went on every disk and every folder of the system, so that you can free it again by removing what you no longer need." }],
  ])("hit: %s", (_n, pair) => expect(runCheck(omissionLengthRatio, pair)).toHaveLength(1));
});
