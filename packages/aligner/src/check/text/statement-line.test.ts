import { describe, expect, it } from "vitest";
import { isDocumentCommand, isStatementCommand, statementCommands } from "./statement-line.ts";

const at = (text: string, word: string): boolean => isStatementCommand(text, text.indexOf(word), text.indexOf(word) + word.length);

describe("isStatementCommand", () => {
  it.each([
    ["a command and a number (KDE KTurtle pt-PT)", "imprimir round(10.8)\navancar 20\nimprimir round(10.3)", "avancar"],
    ["an indented command and a variable", "learn caixa $x, $y {\n  avancar $y\n  direita 90", "avancar"],
    ["a command and a placeholder (KTurtle's reference)", "arcoseno X\narcocosseno X", "arcoseno"],
    ["a learned command and its argument", "go 30,30\ncircunferencia 20\ngo 40,40", "circunferencia"],
  ])("a statement: %s", (_n, text, word) => expect(at(text, word)).toBe(true));
  it.each([
    ["prose after the command", "O novo comando chama-se circunferencia. O circunferencia recebe um parâmetro.", "circunferencia"],
    ["a heading with a number", "Capítulo 3", "Capítulo"],
    ["a word in mid-line", "se booleano { ... } senao { ... }", "senao"],
    ["a line of prose that starts in lower case", "avancar vinte passos para a frente", "avancar"],
  ])("no statement: %s", (_n, text, word) => expect(at(text, word)).toBe(false));
});

describe("statementCommands", () => {
  it("learns the commands a document's examples write as statements, not words of its prose", () => {
    const inputs = [
      { pt: "learn circunferencia $x {\n  repetir 36 {\n    avancar $x\n  }\n}" },
      { pt: "go 30,30\ncircunferencia 20" },
      { pt: "O novo comando chama-se circunferencia. A tartaruga avança 20 passos." },
    ];
    expect(statementCommands(inputs).sort()).toEqual(["avancar", "circunferencia", "go", "repetir"]);
  });
  it("isDocumentCommand looks the word up in the document's list", () => {
    expect(isDocumentCommand(["avancar"], "avancar")).toBe(true);
    expect(isDocumentCommand(["avancar"], "senao")).toBe(false);
    expect(isDocumentCommand(undefined, "avancar")).toBe(false);
  });
});
