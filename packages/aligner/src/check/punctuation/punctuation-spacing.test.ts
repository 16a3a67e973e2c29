import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { punctuationSpacing } from "./punctuation-spacing.ts";

describe("punctuation-spacing", () => {
  it.each([
    ["hit: space before comma", "o modelo , que", [" ,→,"]],
    ["hit: double space", "o  modelo", ["  → "]],
    ["near miss: ellipsis and dash", "e então ... nada — certo", []],
  ])("%s", (_name, pt, expected) => expect(runCheck(punctuationSpacing, { pt })).toEqual(expected));
});
