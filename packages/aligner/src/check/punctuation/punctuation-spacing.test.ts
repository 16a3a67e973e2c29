import { describe, expect, it } from "vitest";
import type { CheckInput } from "../../types.ts";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { punctuationSpacing } from "./punctuation-spacing.ts";

const pair = (pt: string, en?: string): CheckInput => (en === undefined ? { pt } : { pt, en });

describe("punctuation-spacing", () => {
  it.each([
    ["hit: space before comma", pair("o modelo , que"), [" ,→,"]],
    ["hit: space before comma, English without it", pair("No modo de janela , a caixa", "In window mode, the box"), [" ,→,"]],
    ["hit: double space", pair("o  modelo"), ["  → "]],
    ["near miss: ellipsis and dash", pair("e então ... nada — certo"), []],
    // Development corpus (man pages, help): a mark spoken of, not used.
    ["near miss: a stop named, a parenthesis after it", pair("o padrão . (ponto) pode não coincidir"), []],
    ["near miss: a list of characters", pair("os caracteres . + - : ~ são aceites"), []],
    ["near miss: the English spaces the mark too", pair("Mesmo que ! expr, mas não POSIX.", "Same as ! expr, but not POSIX compliant."), []],
    // A translator keeps the stop apart from an address so it is not copied with it.
    ["near miss: a stop spaced after a URL", pair("Veja https://gimp.org ."), []],
    ["near miss: two spaces in a table row the English has too", pair("#1 primary 16.4 MB  B f ext2", "#1 primary 16.4 MB  B f ext2"), []],
  ])("%s", (_name, p, expected) => expect(runCheck(punctuationSpacing, p)).toEqual(expected));
});

describe("punctuation-spacing, a document's habit", () => {
  it("a document that spaces its punctuation throughout gets one finding, not a flag per pair", () => {
    const pairs = [{ pt: "Se o valor for \"on\" , a caixa é desenhada." }, { pt: "O valor pode ser : ligado ou desligado." }, { pt: "Veja acima , por favor." }, { pt: "Tudo certo." }];
    const found = punctuationSpacing.runDocument!(pairs, DEFAULT_CONTEXT);
    expect(found.pairFlags.flat()).toEqual([]);
    expect(found.documentFlags.map((f) => `${f.text}→${f.suggestion}`)).toEqual([" ,→,"]);
    expect(found.documentFlags[0]!.message).toContain("3 spaces before punctuation");
  });
  it("a slip in one pair stays a pair flag", () => {
    const found = punctuationSpacing.runDocument!([{ pt: "o modelo , que" }, { pt: "Tudo certo." }], DEFAULT_CONTEXT);
    expect(found.pairFlags.map((f) => f.length)).toEqual([1, 0]);
    expect(found.documentFlags).toEqual([]);
  });
});
