import { describe, expect, it } from "vitest";
import type { CheckInput } from "../../types.ts";
import { runCheck } from "../render-flags.ts";
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
