import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { BitextPair } from "../types.ts";
import { BITEXT_FORMATS, BITEXT_FILE_TYPES, parseBitext, serializeBitext, type BitextMeta } from "./index.ts";

/**
 * A small fixed document with one of each hard case. Its exports were checked by eye once;
 * from then on these files guard them (`vitest run -u` rewrites them after a deliberate change).
 */
const DOCUMENT: BitextPair[] = [
  { id: "p1", en: "Chapter 1", pt: "Capítulo 1", status: "approved", paragraph: 0, createdAt: new Date("2026-03-01T09:00:00Z"), createdBy: "ana" },
  {
    id: "p2",
    en: "Noah Smith said: \"R&D costs < 5%\".",
    pt: "Noé smith disse: \"custos de P&D < 5%\".",
    status: "edited",
    paragraph: 1,
    flags: [{ code: "entity.mismatch", family: "entity", severity: "error", start: 0, end: 9, text: "Noé smith", message: "The English name is Noah Smith.", suggestion: "Noah Smith" }],
    notes: ["Check the name with the author."],
    createdAt: new Date("2026-03-01T09:00:00Z"),
    createdBy: "ana",
    changedAt: new Date("2026-03-02T14:30:15Z"),
    changedBy: "bruno",
  },
  { id: "p3", en: "This sentence was never translated.", pt: "", status: "rejected", paragraph: 1 },
  { id: "p4", en: "", pt: "Esta frase não tem original.", status: "confirmed", paragraph: 1 },
  { id: "p5", en: "Page 12", pt: "Página 12", status: "new", paragraph: 2, junk: true },
  { id: "p6", en: "A stray control\u0007 and 😀 and שלום.", pt: "Um controle perdido\u0007 e 😀 e שלום.", status: "approved", paragraph: 3 },
];

const META: BitextMeta = { title: "Golden <sample>", variant: "pt-BR", scope: "all", toolVersion: "0.1.0", createdAt: new Date("2026-03-03T00:00:00Z") };

describe("golden files", () => {
  it.each(BITEXT_FORMATS)("%s matches its golden file", async (format) => {
    const text = [...serializeBitext(format, DOCUMENT, META)].join("");
    // Both XLIFF versions end in .xlf: 1.2's golden file says its version.
    const name = format === "xliff12" ? "sample.1.2.xlf" : `sample.${BITEXT_FILE_TYPES[format].extension}`;
    await expect(text).toMatchFileSnapshot(`./__golden__/${name}`);
  });

  it("approved-only clean text matches its golden file", async () => {
    const text = [...serializeBitext("txt", DOCUMENT, { ...META, scope: "approved" })].join("");
    await expect(text).toMatchFileSnapshot("./__golden__/sample.approved.txt");
  });

  it.each(["tmx", "xliff", "xliff12"] as const)("%s golden file is well-formed and reads back to the document", (format) => {
    const text = [...serializeBitext(format, DOCUMENT, META)].join("");
    expect(XMLValidator.validate(text)).toBe(true);
    const back = parseBitext(text);
    // XLIFF 1.2 has no element for a character XML forbids: it says U+FFFD instead.
    const as = (t: string) => (format === "xliff12" ? t.replace(/\u0007/g, "\uFFFD") : t);
    expect(back.pairs.map((p) => [p.id, p.en, p.pt, p.status])).toEqual(DOCUMENT.map((p) => [p.id, as(p.en), as(p.pt), p.status]));
  });
});
