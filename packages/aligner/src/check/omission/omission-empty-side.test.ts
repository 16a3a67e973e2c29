import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { omissionEmptySide } from "./omission-empty-side.ts";

describe("omission-empty-side", () => {
  it.each([
    ["English only (0-1)", { pt: "", en: "He left." }, [""]],
    ["Portuguese only (1-0)", { pt: "Populares", en: "" }, ["Populares"]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(omissionEmptySide, pair)).toEqual(expected));
  it.each([
    ["no English in the document", { pt: "Texto sozinho." }],
    ["both sides", { pt: "Ele saiu.", en: "He left." }],
    ["punctuation only", { pt: "—", en: "" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(omissionEmptySide, pair)).toEqual([]));
});
