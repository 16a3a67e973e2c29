import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import dictionaryEs from "dictionary-es";
import { describe, expect, it } from "vitest";
import { createSpeller } from "./speller.ts";
import { runCheck } from "../render-flags.ts";
import { spellingTypo } from "../spelling/spelling-typo.ts";
import { foreignWord } from "../foreign/foreign-word.ts";
import { inCodeLiteral } from "./code-literal.ts";

// Session 14 (issue 12): literal material found by its structure, not by word lists, for the checks of single words.
describe("inCodeLiteral", () => {
  const at = (text: string, word: string): boolean => inCodeLiteral(text, text.indexOf(word), text.indexOf(word) + word.length);
  it.each([
    ["a file name", "Guarde o ficheiro relatorio.txt na pasta.", "relatorio"],
    ["a path", "Edite /etc/configuracao/servico.conf agora.", "configuracao"],
    ["an identifier with an underscore", "O valor de numero_maximo é 10.", "numero"],
    ["a bracketed list of outputs", "Escreva [numero, indice] = tamanho(matriz) no console.", "indice"],
    ["a set of names in braces", "Em {numero, indice} os valores são inteiros.", "indice"],
    ["a name assigned a value", "numero = 10; indice = numero + 1", "indice"],
  ])("literal: %s", (_n, text, word) => expect(at(text, word)).toBe(true));
  it.each([
    ["the same word in prose", "Guarde o relatorio na pasta.", "relatorio"],
    ["one name in brackets is no list", "Em {indice} os valores são inteiros.", "indice"],
    ["a comparison, not an assignment", "O indice == 1 é verdade.", "indice"],
    ["a menu's words are translated text", "Escolha Arquivo → Relatorio no menu.", "Relatorio"],
  ])("prose: %s", (_n, text, word) => expect(at(text, word)).toBe(false));
});

describe("spelling-typo and foreign-word on literal material (session 14)", () => {
  const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn), es: createSpeller(dictionaryEs) };
  it.each([
    ["a file name", "Guarde o ficheiro relatorio.txt na pasta."],
    ["an identifier's piece after a preposition", "O valor de numero_maximo é 10."],
    ["a vector of outputs", "Escreva [numero, indice] = tamanho(matriz) no console."],
    ["an assignment with spaces", "numero = 10; indice = numero + 1"],
  ])("near miss: %s", (_n, pt) => expect([...runCheck(spellingTypo, { pt }, { spellers }), ...runCheck(foreignWord, { pt }, { spellers })]).toEqual([]));
  it.each([
    ["the same word in prose", "Guarde o relatorio na pasta.", ["relatorio→relatório"]],
    ["a word after a preposition, no identifier", "O valor de numero e maximo é 10.", ["numero→número", "maximo→máximo"]],
    ["one name in braces", "Em {indice} os valores são inteiros.", ["indice→índice", "indice→índice"]],
  ])("hit: %s", (_n, pt, expected) => expect([...runCheck(spellingTypo, { pt }, { spellers }), ...runCheck(foreignWord, { pt }, { spellers })]).toEqual(expected));
});
