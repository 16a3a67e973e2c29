import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { BitextPair } from "../types.ts";
import { parseBitext, serializeBitext, type BitextMeta } from "./index.ts";
import { bitextPair, FIXED_PAIRS } from "./test-pairs.ts";

const META: BitextMeta = { title: "Round <trip> & back", variant: "pt-BR", scope: "all", toolVersion: "0.1.0" };

const exportAs = (format: "tmx" | "xliff", pairs: BitextPair[], meta = META) => [...serializeBitext(format, pairs, meta)].join("");

/** What each format promises to carry back. */
function carried(format: "tmx" | "xliff", pair: BitextPair) {
  const common = { en: pair.en, pt: pair.pt, status: pair.status ?? "new", notes: pair.notes ?? [] };
  if (format === "xliff") return common;
  return { ...common, id: pair.id, createdAt: pair.createdAt, changedAt: pair.changedAt, createdBy: pair.createdBy, changedBy: pair.changedBy, paragraph: pair.paragraph, junk: pair.junk };
}

describe.each(["tmx", "xliff"] as const)("%s round trip", (format) => {
  it("gives back every pair, in order, with its text and status (property)", () => {
    fc.assert(
      fc.property(fc.array(bitextPair, { maxLength: 12 }), (pairs) => {
        const xml = exportAs(format, pairs);
        expect(XMLValidator.validate(xml)).toBe(true);
        const back = parseBitext(xml);
        expect(back.pairs.map((p) => carried(format, p))).toEqual(pairs.map((p) => carried(format, p)));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps pair ids (XLIFF units without one are named by the unit)", () => {
    const back = parseBitext(exportAs(format, [{ id: "a b&c", en: "x", pt: "y" }, { en: "z", pt: "w" }]));
    expect(back.pairs.map((p) => p.id)).toEqual(["a b&c", format === "tmx" ? undefined : "u2"]);
  });

  it("keeps omissions and additions in place, without warnings", () => {
    const back = parseBitext(exportAs(format, FIXED_PAIRS));
    expect(back.pairs.map((p) => `${p.en || "∅"} | ${p.pt || "∅"}`)).toEqual([
      "Noah Smith wrote it. | Noé smith escreveu-o.",
      "This line was left out. | ∅",
      "∅ | Esta linha foi acrescentada.",
      "Last. | Último.",
    ]);
    expect(back.warnings).toEqual([]);
    expect([back.srcLang, back.trgLang]).toEqual(["en", "pt-BR"]);
  });

  it("exports approved pairs only for the approved scope", () => {
    const back = parseBitext(exportAs(format, FIXED_PAIRS, { ...META, scope: "approved", variant: "pt-PT" }));
    expect(back.pairs.map((p) => p.pt)).toEqual(["Noé smith escreveu-o.", "Último."]);
    expect(back.trgLang).toBe("pt-PT");
  });

  it("writes a well-formed file when nothing is approved", () => {
    const xml = exportAs(format, [{ en: "a", pt: "b", status: "new" }], { ...META, scope: "approved" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseBitext(xml).pairs).toEqual([]);
  });
});
