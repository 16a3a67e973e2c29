import { describe, expect, it } from "vitest";
import { translatePt } from "./lexicon.ts";

// Runs against lexicon.generated.json: rebuild it (lexicon/build.ts) after editing lexicon/*.tsv.
describe("translatePt", () => {
  it.each([
    ["ficaram", "stay"],
    ["criando", "creat"],
    ["comemos", "eat"],
    ["acreditavam", "believ"],
  ])("finds inflections of verbs with short stems and long ones: %s", (word, stem) => {
    expect(translatePt(word)).toContain(stem);
  });

  it.each([
    ["militante", "militar is an adjective, not a verb"],
    ["interino", "interior is a noun"],
    ["sensato", "sensor is a noun"],
  ])("does not lend a noun's meaning to words that merely start like it: %s (%s)", (word) => {
    expect(translatePt(word)).not.toContain("military");
    expect(translatePt(word)).not.toContain("interior");
    expect(translatePt(word)).not.toContain("sensor");
  });

  it("finds nothing for a word the lexicon does not know, even one shaped like an inflection", () => {
    expect(translatePt("xyzando")).toEqual([]);
  });
});
