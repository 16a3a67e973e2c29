import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { entityAdded } from "./entity-added.ts";
import { entityMangled } from "./entity-mangled.ts";
import { translatedPieces } from "./translated-pieces.ts";

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
