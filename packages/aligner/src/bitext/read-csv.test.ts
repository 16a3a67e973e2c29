import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BitextPair } from "../types.ts";
import { BitextFormatError } from "./bitext-format-error.ts";
import { serializeBitext } from "./index.ts";
import { readDelimited } from "./read-delimited.ts";
import { bitextPair } from "./test-pairs.ts";
import { ChunkedDocument } from "./chunked-document.ts";

/**
 * A CSV file read chunk by chunk from its bytes must read exactly as the same file given whole:
 * the same pairs in the same order, the same warnings, and for a broken file the same error at
 * the same line and column. Chunks of 1 to 64 bytes put a boundary inside a quoted cell, a
 * doubled quote, a CRLF, an accented letter or an emoji somewhere.
 */
function read(input: string | ChunkedDocument): unknown {
  const pairs: BitextPair[] = [];
  try {
    return { ...readDelimited(input, "csv", (pair) => void pairs.push(pair)), pairs };
  } catch (e) {
    // The pairs handed on before the error too: the same, however the file was cut.
    return e instanceof BitextFormatError ? { error: `${e.line}:${e.column} ${e.reason}`, pairs } : { unexpected: String(e) };
  }
}
const chunked = (text: string, chunkBytes: number) => new ChunkedDocument(new TextEncoder().encode(text), 0, chunkBytes);
const errorOf = (text: string) => (read(text) as { error?: string }).error;

const CSV = [
  `position,id,status,en,pt-BR,notes\r\n`,
  `1,a,approved,"Hello, ""world"".","Olá, ""mundo"" 😀.",\r\n`,
  `2,b,weird,"Two\r\nlines","Duas\r\nlinhas","nota 1\nnota 2"\r\n`,
  `\r\n`,
  `3,,new,'=SUM(A1),;,\r\n`,
  `4,d,edited,Last,Último`,
].join("");

describe("CSV read chunk by chunk", () => {
  it("reads as the whole text: pairs, quoting, line breaks in cells, warnings", () => {
    const whole = read(CSV);
    expect(whole).toMatchObject({
      pairs: [
        { id: "a", en: 'Hello, "world".', pt: 'Olá, "mundo" 😀.', status: "approved" },
        { id: "b", en: "Two\r\nlines", pt: "Duas\r\nlinhas", notes: ["nota 1", "nota 2"] },
        { en: "=SUM(A1)", pt: ";" },
        { id: "d", en: "Last", pt: "Último", status: "edited" },
      ],
      warnings: ['row 3: unknown status "weird"; read as new'],
    });
    for (let size = 1; size <= 64; size++) expect(read(chunked(CSV, size))).toEqual(whole);
  });

  it("takes the separator from a header row that spans many chunks", () => {
    const text = "english;portuguese;notes\nOne, two;Um, dois;x\n";
    expect(read(text)).toMatchObject({ pairs: [{ en: "One, two", pt: "Um, dois" }] });
    for (const size of [1, 3, 7]) expect(read(chunked(text, size))).toEqual(read(text));
  });

  it("names the line and column of the cell where a broken file goes wrong", () => {
    // The column counts characters: the emoji is one.
    expect(errorOf(`en,pt-BR\n😀😀,"Olá\nmundo\n`)).toMatch(/^2:4 a quoted cell is not closed/);
    expect(errorOf(`en,pt-BR\nx,y\n"a"b,c\n`)).toMatch(/^3:1 a quoted cell's closing quote is followed by other text/);
    expect(errorOf(`en,pt-BR\nx,ab"c"\n`)).toMatch(/^2:3 a quote inside a cell that does not start with one/);
    // A cell over two lines is named where it starts.
    expect(errorOf(`en,pt-BR\r\nx,"one\r\ntwo" and\r\n`)).toMatch(/^2:3 a quoted cell's closing quote/);
    expect(errorOf(`source,target\n"a","b"\n`)).toBeUndefined();
    expect(errorOf(`name,text\na,b\n`)).toBe("1:1 the header row names no English and Portuguese columns (en and pt-BR, or source and target)");
  });

  it("stops at the same line and column, with the same pairs handed on, whatever the chunks, when the file is cut anywhere", () => {
    const withErrors = [CSV, CSV.replace('""mundo""', '"mundo"'), CSV.replace("Last,", 'La"st,'), `${CSV}\n5,e,new,"open`];
    fc.assert(
      fc.property(fc.constantFrom(...withErrors), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 64 }), (text, cut, size) => {
        const broken = [...text].slice(0, Math.floor([...text].length * cut)).join("");
        expect(read(chunked(broken, size))).toEqual(read(broken));
      }),
      { numRuns: 300 },
    );
  });

  it("gives back what the CSV export wrote, whatever the chunks", () => {
    fc.assert(
      fc.property(fc.array(bitextPair, { maxLength: 6 }), fc.integer({ min: 1, max: 64 }), (pairs, size) => {
        const text = [...serializeBitext("csv", pairs, { title: "t", variant: "pt-BR", scope: "all", toolVersion: "test" })].join("");
        expect(read(chunked(text, size))).toEqual(read(text));
      }),
      { numRuns: 150 },
    );
  });
});
