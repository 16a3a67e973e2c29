import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BitextPair } from "../types.ts";
import { parseBitext } from "./parse-bitext.ts";
import { readDelimited } from "./read-delimited.ts";
import { readPo } from "./read-po.ts";
import { TextDecodeError } from "../normalize/text-decode-error.ts";
import { decodeWindows1252 } from "../normalize/windows-1252.ts";
import { bitextPair } from "./test-pairs.ts";
import { ChunkedDocument } from "./chunked-document.ts";
import { serializeBitext } from "./index.ts";

/**
 * A file read chunk by chunk from its bytes must read exactly as the same file decoded whole:
 * the same pairs handed on in the same order, the same warnings (with their lines), and for a
 * broken file the same error at the same line, column and element. Chunks here are a few bytes,
 * so every boundary falls inside a tag, an entity, an accented letter or an emoji somewhere.
 */
function read(input: string | ChunkedDocument): unknown {
  const pairs: BitextPair[] = [];
  try {
    const result = parseBitext(input, undefined, (pair) => void pairs.push(pair));
    return { ...result, pairs };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const bytesOf = (text: string) => new TextEncoder().encode(text);
const chunked = (text: string, chunkBytes: number) => new ChunkedDocument(bytesOf(text), 0, chunkBytes);
const golden = (name: string) => readFileSync(new URL(`__golden__/${name}`, import.meta.url), "utf8");
const GOLDEN = ["sample.tmx", "sample.xlf", "sample.1.2.xlf"].map(golden);

/** A TMX whose first units wait for the target language, one with an inline code, over CRLF lines, with warnings on the way. */
const WAITING = [
  `<?xml version="1.0"?>\r\n<tmx version="1.4"><header srclang="en" creationtool="t"/>\r\n<body>`,
  `<tu tuid="1"><tuv xml:lang="en"><seg>Olá 😀 <ph x="1">&lt;br/&gt;</ph> one</seg></tuv></tu>\r\n`,
  `<tu tuid="2" creationdate="yesterday"><tuv xml:lang="en"><seg>two <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>\r\n`,
  `<tu tuid="3"><tuv xml:lang="en"><seg>three</seg></tuv><tuv xml:lang="pt-BR"><seg>três ção</seg></tuv></tu>\r\n`,
  `<tu tuid="4"><tuv xml:lang="en"><seg></seg></tuv><tuv xml:lang="pt-BR"><seg></seg></tuv></tu>\r\n</body></tmx>\r\n`,
].join("");

describe("a UTF-8 file read chunk by chunk", () => {
  it("reads as the whole text: pairs, inline codes, warnings and their lines", () => {
    for (const text of [...GOLDEN, WAITING]) {
      const whole = read(text);
      expect(JSON.stringify(whole)).toMatch(/"pairs":\[\{/);
      for (const size of [1, 2, 3, 5, 16, 64, 1 << 14]) expect(read(chunked(text, size))).toEqual(whole);
    }
    // The units that waited were read once the chunks they were in had been let go.
    expect(read(chunked(WAITING, 7))).toMatchObject({ pairs: [{ codes: [{ xml: '<ph x="1">&lt;br/&gt;</ph>' }] }, { codes: [{ xml: '<bpt i="1">&lt;b&gt;</bpt>' }, { xml: '<ept i="1">&lt;/b&gt;</ept>' }] }, {}, {}], warnings: expect.arrayContaining([expect.stringMatching(/tu\[2\] \(line 4\).*creationdate/)]) });
  });

  it("stops at the same line, column and element when the file is broken anywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...GOLDEN, WAITING), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 }), (text, cut, size) => {
        const broken = [...text].slice(0, Math.floor([...text].length * cut)).join("");
        expect(read(chunked(broken, size))).toEqual(read(broken));
      }),
      { numRuns: 300 },
    );
  });

  it("gives back what any export wrote", () => {
    fc.assert(
      fc.property(fc.array(bitextPair, { maxLength: 6 }), fc.constantFrom("tmx", "xliff", "xliff12") as fc.Arbitrary<"tmx" | "xliff" | "xliff12">, fc.integer({ min: 1, max: 64 }), (pairs, format, size) => {
        const text = [...serializeBitext(format, pairs, { title: "t", variant: "pt-BR", scope: "all", toolVersion: "test" })].join("");
        expect(read(chunked(text, size))).toEqual(read(text));
      }),
      { numRuns: 150 },
    );
  });

  /** PO and TSV line by line from the chunks, against the whole text. */
  const readLines = (format: "po" | "tsv", input: string | ChunkedDocument): unknown => {
    const pairs: BitextPair[] = [];
    try {
      const sink = (pair: BitextPair) => void pairs.push(pair);
      const result = format === "po" ? readPo(typeof input === "string" ? input : input.lines(), sink) : readDelimited(input, "tsv", sink);
      return { ...result, pairs };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  const PO = golden("sample.po");
  const TSV = golden("sample.tsv");

  it("reads PO and TSV line by line as it reads them whole, broken or not, whatever the line ends", () => {
    const variants = (text: string) => [text, text.replace(/\n/g, "\r\n"), `${text}\n\n`, text.trimEnd(), "", "\n"];
    fc.assert(
      fc.property(fc.constantFrom<["po" | "tsv", string]>(["po", PO], ["tsv", TSV]), fc.nat(5), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 }), ([format, text], v, cut, size) => {
        const variant = variants(text)[v]!;
        for (const input of [variant, [...variant].slice(0, Math.floor([...variant].length * cut)).join("")]) {
          expect(readLines(format, chunked(input, size))).toEqual(readLines(format, input));
        }
      }),
      { numRuns: 300 },
    );
    expect(readLines("po", chunked(PO, 5))).toMatchObject({ pairs: expect.arrayContaining([expect.objectContaining({ en: expect.any(String) })]) });
    expect(readLines("po", chunked('msgid "a"\nmsgstr "b"\nbogus\n', 3))).toEqual({ error: expect.stringMatching(/line 3, column 1/) });
  });
});

/** Any reader, as streamImportFile picks it for the format. */
function readAny(format: "tmx" | "xliff" | "po" | "tsv" | "csv", input: string | ChunkedDocument): unknown {
  const pairs: BitextPair[] = [];
  const sink = (pair: BitextPair) => void pairs.push(pair);
  try {
    const result =
      format === "po" ? readPo(typeof input === "string" ? input : input.lines(), sink) : format === "tsv" || format === "csv" ? readDelimited(input, format, sink) : parseBitext(input, format, sink);
    return { ...result, pairs };
  } catch (e) {
    if (e instanceof TextDecodeError) throw e;
    return { error: (e as Error).message, pairs };
  }
}

/** cp1252's byte for each character it has; others become "?" (the texts below are made to fit). */
const CP1252 = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const cp = decodeWindows1252(Uint8Array.of(b));
  if ("text" in cp) CP1252.set(cp.text, b);
}
const fit1252 = (text: string) => [...text].map((c) => (CP1252.has(c) ? c : "?")).join("");
const encodings: Record<"utf-16le" | "utf-16be" | "windows-1252", (text: string) => Uint8Array> = {
  "utf-16le": (text) => new Uint8Array(Buffer.from(text, "utf16le")),
  "utf-16be": (text) => new Uint8Array(Buffer.from(text, "utf16le").swap16()),
  "windows-1252": (text) => Uint8Array.from([...text], (c) => CP1252.get(c)!),
};

describe("UTF-16 and Windows-1252 files read chunk by chunk", () => {
  const files: ["tmx" | "xliff" | "po" | "tsv" | "csv", string][] = [
    ["tmx", GOLDEN[0]!],
    ["xliff", GOLDEN[1]!],
    ["xliff", GOLDEN[2]!],
    ["po", golden("sample.po")],
    ["tsv", golden("sample.tsv")],
    ["csv", golden("sample.csv")],
    ["tmx", WAITING],
  ];

  it("read as the same text decoded whole, whatever the chunks: pairs, warnings, lines", () => {
    for (const [format, original] of files) {
      for (const [encoding, encode] of Object.entries(encodings) as [keyof typeof encodings, (t: string) => Uint8Array][]) {
        // Emoji and Hebrew have no cp1252 bytes: that file is made to fit.
        const text = encoding === "windows-1252" ? fit1252(original) : original;
        const whole = readAny(format, text);
        expect(JSON.stringify(whole)).toMatch(/"pairs":\[\{/);
        for (const size of [1, 2, 3, 5, 7, 16, 64, 1 << 14]) expect(readAny(format, new ChunkedDocument(encode(text), 0, size, encoding)), `${format} ${encoding} ${size}`).toEqual(whole);
      }
    }
  });

  it("stop at the same line, column and element when the file is broken anywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.constantFrom(...(Object.keys(encodings) as (keyof typeof encodings)[])), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 64 }), ([format, original], encoding, cut, size) => {
        const text = encoding === "windows-1252" ? fit1252(original) : original;
        const broken = [...text].slice(0, Math.floor([...text].length * cut)).join("");
        expect(readAny(format, new ChunkedDocument(encodings[encoding](broken), 0, size, encoding))).toEqual(readAny(format, broken));
      }),
      { numRuns: 300 },
    );
  });

  it("never cut a UTF-16 surrogate pair: an emoji at every boundary reads whole", () => {
    const text = `en\tpt-BR\n${"😀a😀😀".repeat(40)}\t${"b😀".repeat(40)}\n`;
    for (const encoding of ["utf-16le", "utf-16be"] as const) {
      for (let size = 1; size <= 9; size++) expect(readAny("tsv", new ChunkedDocument(encodings[encoding](text), 0, size, encoding))).toEqual(readAny("tsv", text));
    }
  });

  it("refuse broken UTF-16 at the same byte, whatever the chunks", () => {
    const text = `en\tpt-BR\nOne 😀\tUm 😀\nTwo\tDois\n`;
    for (const encoding of ["utf-16le", "utf-16be"] as const) {
      const good = encodings[encoding](text);
      const lone = good.slice();
      // The low half of the second emoji's pair becomes an "A": its high half is left alone.
      const second = 2 * text.indexOf("😀", text.indexOf("😀") + 2) + 2;
      lone.set(encoding === "utf-16le" ? [0x41, 0x00] : [0x00, 0x41], second);
      for (const [bytes, at] of [[lone, second - 2], [good.subarray(0, good.length - 1), good.length - 2]] as const) {
        for (let size = 1; size <= 64; size++) {
          expect(() => readAny("tsv", new ChunkedDocument(bytes, 0, size, encoding))).toThrow(expect.objectContaining({ problem: "invalid-utf16", byteOffset: at }));
        }
      }
    }
  });
});
