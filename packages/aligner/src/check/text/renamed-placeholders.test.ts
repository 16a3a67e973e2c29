import { describe, expect, it } from "vitest";
import { renamedPlaceholders } from "./renamed-placeholders.ts";

describe("renamedPlaceholders", () => {
  it.each([
    ["same skeleton, a type in the same place", "KURL repositorio, KURL destino", "KURL repository, KURL target", ["repositorio", "destino"]],
    ["a callout template", `cvs -d ❶repositorio import -m "❷" ❸modulo`, `cvs -d ❶repository import -m "❷" ❸module`, ["repositorio", "modulo"]],
    ["a whole code line with one mark", "char umCaracter;", "char aChar;", ["umCaracter"]],
    ["same shape, letter runs replaced", "no formato {AAAA-MM-DD}", "in the format {YYYY-MM-DD}", ["AAAA-MM-DD"]],
  ])("renamed: %s", (_n, pt, en, expected) => expect([...renamedPlaceholders(pt, en)].filter((w) => expected.includes(w)).sort()).toEqual([...expected].sort()));
  it.each([
    ["prose with a name swapped", "O programa Krita abre a imagem.", "The program GIMP opens the image.", "Krita"],
    ["two letters swapped", "o KDveelop-5", "the KDevelop-5", "KDveelop-5"],
    ["another digit", "o GPT-5", "GPT-4", "GPT-5"],
    ["a lost colon is no slot", "KIO:ksvn::import", "KIO::ksvn::import", "KIO:ksvn::import"],
    // Tuning half, reviewed genuine: scilab-doc's "logp1(x)" for "log1p(x)", po4a's "po4a-display-pod" for "po4a-display-man".
    ["a function's name with two characters moved, in a signature's slot", "logp1(x) é a função", "log1p(x) is the function", "logp1"],
    ["another program's name of the same shape", "com a opção -m, po4a-display-pod tenta", "with option -m, po4a-display-man tries", "po4a-display-pod"],
  ])("not renamed: %s", (_n, pt, en, word) => expect(renamedPlaceholders(pt, en).has(word)).toBe(false));
});

// Tuning half, injected recall (seed 1): translated words of a list item or a sentence are no renamed slots.
describe("renamedPlaceholders, strict (for words that are flagged one by one)", () => {
  it.each([
    ["a list item's translated noun", "• partição 1–4 são as partições", "• partitions 1–4 are the partitions", "partição"],
    ["a sentence ending on a kept label", "escolla Continue.", "select Continue.", "escolla"],
    // Injected recall, seed 2 (man-db's whatis.1): a synopsis's placeholder is a word for the reader.
    ["a synopsis's placeholder", "[-M caminho] [-L localidad] [-C arquivo] nome", "[-M path] [-L locale] [-C file] name", "localidad"],
  ])("not renamed: %s", (_n, pt, en, word) => expect(renamedPlaceholders(pt, en, true).has(word)).toBe(false));
  it.each([
    ["a signature with its types", "KURL repositorio, KURL destino", "KURL repository, KURL target", "repositorio"],
    ["a callout template", `cvs -d ❶repositorio import -m "❷" ❸modulo`, `cvs -d ❶repository import -m "❷" ❸module`, "modulo"],
  ])("renamed: %s", (_n, pt, en, word) => expect(renamedPlaceholders(pt, en, true).has(word)).toBe(true));
});
