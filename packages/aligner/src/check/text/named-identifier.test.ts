import { describe, expect, it } from "vitest";
import { namedIdentifier } from "./named-identifier.ts";

const at = (pt: string, word: string, fix: string, en?: string) => {
  const start = pt.indexOf(word);
  return namedIdentifier(pt, start, start + word.length, fix, en);
};

// Session 16 (tune: KDevelop pt and pt-BR, KTurtle pt-BR): a translated identifier the prose names by its kind.
describe("namedIdentifier", () => {
  it.each([
    ["a symbol of the example code", "ao passar o rato sobre o símbolo celula na linha 1316", "celula", "célula", "hovering the mouse over the symbol cell in line 1316"],
    ["a command the book defines", "O novo comando chama-se circunferencia.", "circunferencia", "circunferência", "The new command is called circle."],
    ["a command of the language", "A segunda linha contém o comando avancar e o número 100.", "avancar", "avançar", "The second line contains the forward command and the number 100."],
  ])("near miss (no flag): %s", (_n, pt, word, fix, en) => expect(at(pt, word, fix, en)).toBe(true));

  it.each([
    ["an accent lost in prose, no kind named", "o tamanho da circunferencia", "circunferencia", "circunferência", "the size of the circle command"],
    ["the English names no command", "O comando avancar move a tartaruga.", "avancar", "avançar", "Forward moves the turtle."],
    ["another slip than the accents", "o comando avnacar", "avnacar", "avançar", "the forward command"],
    ["no English to consult", "o símbolo celula", "celula", "célula", undefined],
    ["the word keeps a diacritic", "o símbolo celúla", "celúla", "célula", "the symbol cell"],
  ])("hit (still flagged): %s", (_n, pt, word, fix, en) => expect(at(pt, word, fix, en)).toBe(false));
});
