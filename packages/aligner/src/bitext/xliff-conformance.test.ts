import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { serializeBitext, type BitextMeta } from "./index.ts";
import { bitextPair } from "./test-pairs.ts";

/**
 * The core constraints (spec §4) our writer could plausibly break, checked through an
 * independent parser on random pairs. xliff-schema.test.ts validates against the OASIS schema
 * itself with xmllint; this one also runs where the schema files are not installed.
 */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["unit", "note", "cp"].includes(name), preserveOrder: false });

const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;
const STATES = ["initial", "translated", "reviewed", "final"];

type Unit = { "@id": string; notes?: { note: unknown[] }; segment: { "@state": string; source: unknown; target: unknown } };

describe("XLIFF 2.0 core constraints", () => {
  it("has versioned root, one file with units, unique NMTOKEN ids, valid states and cp hex (property)", () => {
    fc.assert(
      fc.property(fc.array(bitextPair, { maxLength: 8 }), fc.constantFrom<BitextMeta["scope"]>("all", "approved"), (pairs, scope) => {
        const xml = [...serializeBitext("xliff", pairs, { title: "t", variant: "pt-PT", scope })].join("");
        const doc = parser.parse(xml) as { xliff: Record<string, unknown> & { file: { "@id": string; unit?: Unit[]; group?: unknown } } };
        expect(doc.xliff["@version"]).toBe("2.0");
        expect(doc.xliff["@xmlns"]).toBe("urn:oasis:names:tc:xliff:document:2.0");
        expect([doc.xliff["@srcLang"], doc.xliff["@trgLang"]]).toEqual(["en", "pt-PT"]);
        const units = doc.xliff.file.unit ?? [];
        // §4.2.2.2: a file holds at least one unit or group.
        expect(units.length > 0 || doc.xliff.file.group !== undefined).toBe(true);
        const ids = units.map((u) => u["@id"]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(NMTOKEN);
        for (const u of units) expect(STATES).toContain(u.segment["@state"]);
        const hexes = [...xml.matchAll(/<cp hex="([^"]*)"\/>/g)].map((m) => m[1]);
        for (const hex of hexes) expect(hex).toMatch(/^([0-9A-F]{2})+$/);
      }),
      { numRuns: 150 },
    );
  });

  it("puts a unit's notes before its segment, as the content model requires", () => {
    const xml = [...serializeBitext("xliff", [{ en: "a", pt: "", notes: ["n"], status: "rejected" }], { title: "t", variant: "pt-BR", scope: "all" })].join("");
    expect(xml.indexOf("<notes>", xml.indexOf("<unit"))).toBeLessThan(xml.indexOf("<segment"));
  });
});
