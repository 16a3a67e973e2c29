import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { numberMissing } from "./number-missing.ts";

describe("number-missing", () => {
  it.each([
    ["a version dropped", "Novidades desta versão do GIMP.", "What is new in GIMP 2.10.", ["Novidades desta versão do GIMP."]],
    ["a count dropped", "O filtro tem várias opções.", "The filter has 12 options.", ["O filtro tem várias opções."]],
    ["a year dropped", "O formato surgiu nos anos oitenta.", "The format appeared in 1987.", ["O formato surgiu nos anos oitenta."]],
    ["a list item dropped, the rest glued", "Útil quando o valor é igual a 2,4.", "Useful when the value equals 2, 3 or 4.", ["Útil quando o valor é igual a 2,4."]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(numberMissing, { pt, en })).toEqual(expected));

  it.each([
    ["the same digits", "O filtro tem 12 opções.", "The filter has 12 options."],
    ["a word for digits", "Há três métodos.", "There are 3 methods."],
    ["digits for a word", "Há 3 métodos.", "There are three methods."],
    ["one as a word", "É um dos filtros.", "It is one of the filters."],
    ["a footnote mark renumbered", "Veja a nota.[5]", "See the note.[7]"],
    ["an ordinal", "O primeiro passo.", "The 1st step."],
    ["a number inside a path", "Edite o ficheiro de configuração.", "Edit /etc/gimp/2.0/gimprc."],
    ["no English", "Nada aqui.", undefined],
    // Development corpus (tune half, Scilab GlobalProperty): a list of integers with its spaces lost is no decimal.
    ["a list with its spaces lost", "Útil quando color_flag é igual a 2,3 ou 4.", "Useful when color_flag equals 2, 3 or 4."],
  ])("clean: %s", (_n, pt, en) => expect(runCheck(numberMissing, en === undefined ? { pt } : { pt, en })).toEqual([]));
});

// Reference pages of the development corpus: code the page's version changed, and a function's entry.
describe("number-missing, code and entries", () => {
  it.each([
    ["English code beside a different code line", { pt: "plot2d([t',t',t'],xcd(1:3,:)');", en: "x = linspace(-0.99, 0.99, 100);" }],
    ["a function's entry", { pt: "plot2d — esboço bidimensional", en: "plot2d — 2D plot" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(numberMissing, pair)).toEqual([]));
});
