import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { markupEmphasis } from "./markup-emphasis.ts";

describe("markup-emphasis", () => {
  it.each([
    ["bold", "respondia com: \"**Uau, isso mesmo garota.**\"", ["**Uau, isso mesmo garota.**→Uau, isso mesmo garota."]],
    ["italics", "o livro *Careless People* saiu", ["*Careless People*→Careless People"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(markupEmphasis, { pt })).toEqual(expected));
  it.each([
    ["multiplication", "2 * 3 * 4 = 24"],
    ["footnote star", "o preço* subiu"],
    ["bullet", "* primeiro item"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(markupEmphasis, { pt })).toEqual([]));
});
