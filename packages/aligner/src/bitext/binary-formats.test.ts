import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { BitextPair } from "../types.ts";
import { BitextExportError, writeBinaryBitext, type BinaryBitextFormat, type BitextMeta } from "./index.ts";

const PAIRS: BitextPair[] = [
  { id: "p1", en: "=SUM(A1:A9) is a formula.", pt: "=SOMA(A1:A9) é uma fórmula.", status: "approved", paragraph: 0, version: 2 },
  { id: "p2", en: "Second sentence.", pt: "-Segunda frase.", status: "new", paragraph: 0 },
  { id: "p3", en: "Page 3", pt: "Página 3", status: "new", paragraph: 1, junk: true },
];
const META: BitextMeta = { title: "Binário", variant: "pt-BR", scope: "all" };

async function write(format: BinaryBitextFormat, pairs = PAIRS, meta = META): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  await writeBinaryBitext(format, pairs, meta, sink);
  return Buffer.concat(chunks);
}

/** One file of a zip package (what Word and Excel files are), read through its central directory. */
function unzipEntry(zip: Buffer, name: string): string {
  const file = unzipSync(new Uint8Array(zip))[name];
  if (file === undefined) throw new Error(`${name} not in the package`);
  return strFromU8(file);
}

describe("xlsx", () => {
  it("writes the table's columns, every cell a string cell, so a leading = is never a formula", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await write("xlsx") as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "position", "id", "status", "en", "pt-BR", "flags", "notes", "version"]);
    const formulaLike = sheet.getRow(2).getCell(5);
    expect(formulaLike.value).toBe("=SOMA(A1:A9) é uma fórmula.");
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(8).value).toBe("2");
  });
});

describe("docx", () => {
  it("writes the clean Portuguese, paragraphs kept and junk left out", async () => {
    const xml = unzipEntry(await write("docx"), "word/document.xml");
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual(["Binário", "=SOMA(A1:A9) é uma fórmula. -Segunda frase."]);
  });

  it("writes English and Portuguese side by side, one table row per pair", async () => {
    const xml = unzipEntry(await write("docx-side"), "word/document.xml");
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" | "));
    expect(rows).toEqual(["English | Português (pt-BR)", "=SUM(A1:A9) is a formula. | =SOMA(A1:A9) é uma fórmula.", "Second sentence. | -Segunda frase.", "Page 3 | Página 3"]);
  });

  it("escapes XML specials and drops control characters in the streamed rows; the package keeps docx's parts", async () => {
    const awkward: BitextPair[] = [{ id: "a", en: "R&D <costs> \u0001rose", pt: "P&D <subiram>\u0007 ]]> 😀", status: "new" }];
    const zip = await write("docx-side", awkward);
    const xml = unzipEntry(zip, "word/document.xml");
    expect(() => new XMLParser().parse(xml)).not.toThrow();
    const cells = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(cells.slice(-2)).toEqual(["R&amp;D &lt;costs&gt; rose", "P&amp;D &lt;subiram&gt; ]]&gt; 😀"]);
    expect(Object.keys(unzipSync(new Uint8Array(zip)))).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/styles.xml", "docProps/core.xml"]));
  });

  it("an empty selection gives the title and an empty body (clean) or the header row alone (side by side)", async () => {
    const clean = unzipEntry(await write("docx", [], META), "word/document.xml");
    expect([...clean.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(["Binário"]);
    const side = unzipEntry(await write("docx-side", [], META), "word/document.xml");
    expect([...side.matchAll(/<w:tr>/g)]).toHaveLength(1);
  });

  it("exports a Portuguese-only document, where TMX-like formats refuse it", async () => {
    const ptOnly = PAIRS.map((p) => ({ ...p, en: "" }));
    expect((await write("docx", ptOnly, { ...META, hasEnglish: false })).subarray(0, 2).toString()).toBe("PK");
    await expect(write("xlsx", ptOnly, { ...META, hasEnglish: false })).resolves.toBeInstanceOf(Buffer);
  });
});

describe("text formats a Portuguese-only document cannot take", () => {
  it("says why TMX, XLIFF and PO need the English", async () => {
    const { serializeBitext } = await import("./index.ts");
    for (const format of ["tmx", "xliff", "xliff12", "po"] as const) {
      expect(() => serializeBitext(format, [], { ...META, hasEnglish: false })).toThrow(BitextExportError);
    }
    expect(() => serializeBitext("tmx", [], { ...META, hasEnglish: false })).toThrow(/only Portuguese/);
    expect([...serializeBitext("txt", [{ en: "", pt: "Só isto." }], { ...META, hasEnglish: false })].join("")).toBe("Só isto.\n");
  });
});
