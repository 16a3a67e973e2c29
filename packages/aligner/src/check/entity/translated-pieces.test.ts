import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { entityAdded } from "./entity-added.ts";
import { entityMangled } from "./entity-mangled.ts";
import { translatedIdentifier, translatedPieces } from "./translated-pieces.ts";

const pt = { correct: (w: string) => ["prefixo", "de", "dependências", "versão"].includes(w) };
const en = { correct: (w: string) => ["prefix", "of", "dependencies", "version", "gimpressionist"].includes(w) };

// Development corpus (tune half, dpkg-split and dh_makeshlibs man pages): metavariables a translator translates on purpose.
describe("translatedPieces", () => {
  it.each([
    ["a file-name template (prefixNofM)", "prefixoNdeM", "prefixNofM"],
    ["an option's attached value (-Vdependencies)", "-Vdependências", "-Vdependencies"],
  ])("translated: %s", (_n, text, expected) => expect(translatedPieces(text, expected, pt, en)).toBe(true));
  it.each([
    ["a name misspelt", "GIMPressionisa", "GIMPressionist"],
    ["a separator changed", "win-nums", "win_nums"],
    ["nothing kept", "versão", "version"],
    ["a piece that is no word", "-Vdependecies", "-Vdependencies"],
  ])("not translated: %s", (_n, text, expected) => expect(translatedPieces(text, expected, pt, en)).toBe(false));
});

describe("entity checks, translated metavariables (named near misses)", () => {
  const spellers = { pt, en };
  it("entity-added: 'prefixoNdeM' for 'prefixNofM' (dpkg-split)", () =>
    expect(runCheck(entityAdded, { pt: "são gerados nomes de ficheiros no formato prefixoNdeM.deb.", en: "filenames of the form prefixNofM.deb are generated." }, { spellers })).toEqual([]));
  it("entity-mangled: '-Vdependências' for '-Vdependencies' (dh_makeshlibs)", () =>
    expect(runCheck(entityMangled, { pt: "-V, -Vdependências", en: "-V, -Vdependencies" }, { spellers })).toEqual([]));
  it("entity-mangled: a name misspelt stays a finding (GIMPressionisa)", () =>
    expect(runCheck(entityMangled, { pt: "Opções do GIMPressionisa", en: "GIMPressionist options" }, { spellers })).toEqual(["GIMPressionisa→GIMPressionist"]));
});

// Session 15 (issue 12): identifiers and example names translated freely (kile, kcachegrind, kphotoalbum pt and pt-BR).
describe("translatedIdentifier", () => {
  const ptWords = ["ignorar", "espaços", "tarefa", "id", "finlândia"];
  const enWords = ["skip", "white", "spaces", "thread", "id", "finland", "man", "display", "pod"];
  const ptS = { correct: (w: string) => ptWords.includes(w) || ptWords.includes(w.toLowerCase()) };
  const enS = { correct: (w: string) => enWords.includes(w.toLowerCase()) };
  it.each([
    ["a camel-case argument, its accents dropped (kile)", "ignorarEspacos", "skipWhiteSpaces"],
    ["a file-name template, words reordered (kcachegrind)", "part-idTarefa", "part-threadID"],
    ["an example place name (kphotoalbum)", "Finlândia-Helsinki", "Finland-Helsinki"],
  ])("translated: %s", (_n, text, expected) => expect(translatedIdentifier(text, expected, ptS, enS)).toBe(true));
  it.each([
    ["a piece swapped for a word of no language", "po4a-display-pod", "po4a-display-man"],
    ["an abbreviation that is no word", "DicTam", "DictSize"],
    ["a single word", "ignorar", "skip"],
    ["nothing Portuguese", "part-threadID2", "part-threadID"],
  ])("not translated: %s", (_n, text, expected) => expect(translatedIdentifier(text, expected, ptS, enS)).toBe(false));
  it("entity-added: 'ignorarEspacos' for 'skipWhiteSpaces' is the translator's (near miss), 'po4a-display-pod' stays (hit)", () => {
    const spellers = { pt: ptS, en: enS };
    expect(runCheck(entityAdded, { pt: "O argumento ignorarEspacos controla os espaços.", en: "The argument skipWhiteSpaces controls whitespace." }, { spellers })).toEqual([]);
    expect(runCheck(entityAdded, { pt: "Use o po4a-display-pod para isso.", en: "Use the po4a-display-man for it." }, { spellers })).toEqual(["po4a-display-pod→po4a-display-man"]);
  });
});
