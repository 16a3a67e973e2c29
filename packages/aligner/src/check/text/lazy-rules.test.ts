import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { describe, expect, it } from "vitest";
import { lazyRules } from "./lazy-rules.ts";
import { parseRules } from "./speller.ts";

const text = (data: string | Uint8Array): string => (typeof data === "string" ? data : new TextDecoder().decode(data));

/** Every affix's rules from the lazy source, as `parseRules`'s table keys them. */
function asTable(aff: string) {
  const lazy = lazyRules(aff);
  const table = (kind: "SFX" | "PFX") => {
    const source = lazy[kind];
    return { longest: source.longest, rules: Object.fromEntries([...source.affixes!()].map((add) => [add, source.rulesFor(add)])) };
  };
  return { SFX: table("SFX"), PFX: table("PFX") };
}

function expectSameRules(aff: string): void {
  const eager = parseRules(aff);
  const lazy = asTable(aff);
  for (const kind of ["SFX", "PFX"] as const) {
    expect(lazy[kind].rules).toEqual(eager[kind]);
    expect(lazy[kind].longest).toBe(Math.max(0, ...Object.keys(eager[kind]).map((k) => k.length)));
  }
}

describe("rules split on first use", () => {
  it("are the rules the .aff parser reads, affix by affix, in the same order (pt and en dictionaries)", () => {
    expectSameRules(text(dictionaryPt.aff));
    expectSameRules(text(dictionaryEn.aff));
  });

  it("read odd lines as the parser does: tabs, a carriage return, a header met twice, a kind glued to its flag, empty and slashed affixes, Unicode spaces, a kind alone", () => {
    const aff = [
      "SET UTF-8",
      "SFX A Y 3",
      "SFX\tA\t0\tinho\t[^o]\r",
      "SFX A   o   0/BC   o",
      "SFX A 0 0/X .",
      "SFXa B 0 x .",
      "SFX B N 1",
      "SFX B 0 s",
      "SFX B a as a   extra fields",
      "SFX B Y 1",
      "SFX B e es e",
      "PFX C Y 1",
      "PFX C 0 re .",
      "PFX C 0 constructor .",
      "  SFX D 0 z .",
      "SFX E 0 /Q .",
      "SFX F Y 2",
      "SFX F 0 0/ .",
      "SFX\u00a0F\u2028y\u3000ão\ufeff.",
      "SFX",
      "PFX G",
      "",
    ].join("\n");
    expectSameRules(aff);
    const lazy = lazyRules(aff);
    expect(lazy.SFX.rulesFor("es")).toEqual([["B", "e", "e", true]]);
    expect(lazy.SFX.rulesFor("as")).toEqual([["B", "a", "a", false]]);
    expect(lazy.PFX.rulesFor("toString")).toBeUndefined();
    expect(lazy.SFX.rulesFor("z")).toBeUndefined();
    // Fields apart at whitespace other than spaces and tabs, as `split(/\s+/)` parts them.
    expect(lazy.SFX.rulesFor("ão")).toEqual([["F", "y", ".", true]]);
  });
});
