import { describe, expect, it } from "vitest";
import { counterpartScore, likeness } from "./block-likeness.ts";

const score = (pt: string, en: string, kind: "paragraph" | "heading" = "paragraph") => counterpartScore(likeness(kind, pt), likeness(kind, en));

describe("counterpartScore", () => {
  it.each([
    ["a shared acronym", "Equipa do APT", "APT team"],
    ["a shared name mid-sentence", "Verifica se a arquitectura actual é um sistema Linux.", "Check if the current architecture is a Linux system:"],
    ["a shared path", "Utilização em debian/rules", "Usage in debian/rules"],
    ["a number and an acronym", "1. página de erros do APT", "1. APT bug page"],
    ["a program name in lower case", "Alguns comandos debhelper estão descontinuados.", "A few debhelper commands are deprecated."],
    ["a hyphenated program name", "dpkg-buildpackage aceita a opção e passa-a adiante.", "dpkg-buildpackage accepts the option and passes it on."],
    ["the same text", "foo-arch -ilinux-any", "foo-arch -ilinux-any"],
  ])("sees %s", (_, pt, en) => expect(score(pt, en)).toBeGreaterThan(0));

  it.each([
    ["prose with nothing kept", "Uma frase sem nomes nem números.", "A sentence with nothing kept."],
    ["a word both languages spell alike", "O resultado normal é zero.", "The normal result is zero."],
    ["one shared name among many others", "Heiko, Aurélien, Joe, Mike e Kieren tocaram em Berlim.", "Marc, Nicolas, Valentin, Thomas and Kieren wrote for Rome."],
    ["the project's name beside names the other lacks (lilypond)", "O TuxGuitar, um editor de tablatura, exporta para LilyPond.", "Abjad, a Python API for Formalized Score Control, builds LilyPond notation."],
    ["a short loanword", "Esboça as linhas de um array de zeros.", "An array of normalized frequencies."],
    ["a shared cognate where the kept tokens differ (scilab zgrid)", "Esboça as linhas do Z-plano: frequência natural (Wn).", "array of normalized natural frequencies (factors of π/dt)."],
    ["two entries of a list of names (set, get)", "set — Ajusta uma propriedade de um objeto User Interface.", "get — Gets a property of a User Interface object."],
    ["different numbers", "Versão 2 de 2014.", "Version 3 of 2015."],
    ["a name shared by blocks of implausible lengths", "Sobre o Linux.", "A long paragraph about Linux that goes on and on for far longer than any translation could."],
  ])("does not take %s as evidence", (_, pt, en) => expect(score(pt, en)).toBe(0));

  it("needs the same kind of block", () => expect(counterpartScore(likeness("heading", "Linux"), likeness("paragraph", "Linux"))).toBe(0));
});
