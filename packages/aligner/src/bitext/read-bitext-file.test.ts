import { describe, expect, it } from "vitest";
import { BitextFormatError, BitextLanguageError, readImportFile, serializeBitext, sniffFormat, streamImportFile, type ParsedBitext } from "./index.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string, bom = true) => Uint8Array.from([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(text, "utf16le")]);
const utf16be = (text: string, bom = true) => Uint8Array.from([...(bom ? [0xfe, 0xff] : []), ...Buffer.from(text, "utf16le").swap16()]);

function bitext(bytes: Uint8Array): ParsedBitext {
  const read = readImportFile(bytes);
  if (read.kind !== "bitext") throw new Error("read as plain text");
  return read.bitext;
}
const pairs = (b: ParsedBitext) => b.pairs.map((p) => `${p.id ?? "-"} ${p.status} ${p.en} | ${p.pt}`);

const TMX = `<?xml version="1.0" encoding="UTF-16"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu tuid="1"><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="pt-BR"><seg>Olá.</seg></tuv></tu></body></tmx>`;

describe("recognising a file by its content", () => {
  it.each([
    ["tmx", TMX],
    ["xliff", `<!-- made by hand --><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>`],
    ["xliff", `<?xml version="1.0"?>\n<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" version="2.0"/>`],
    ["po", `# comment\nmsgctxt "a"\nmsgid "Hi"\nmsgstr "Oi"\n`],
    ["tsv", `position\tid\tstatus\ten\tpt-BR\n1\ta\tnew\tHi\tOi\n`],
    ["csv", `"location","source","target"\n"x","Hi","Oi"\n`],
    ["text", `O texto em português.\n`],
    ["text", `<p>Um parágrafo em HTML.</p>`],
  ])("%s", (format, text) => {
    expect(sniffFormat(text)).toBe(format);
  });
});

describe("encodings", () => {
  it.each([
    ["UTF-16 LE with BOM", utf16le(TMX)],
    ["UTF-16 LE without BOM", utf16le(TMX, false)],
    ["UTF-16 BE with BOM", utf16be(TMX)],
    ["UTF-16 BE without BOM", utf16be(TMX, false)],
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TMX.replace("UTF-16", "UTF-8"))])],
  ])("reads a TMX in %s", (_, bytes) => {
    expect(pairs(bitext(bytes))).toEqual(["1 new Hello. | Olá."]);
  });
});

describe("other encodings, read chunk by chunk like UTF-8", () => {
  // "Ação – “ok”" and the rest in cp1252: what a spreadsheet on Windows saves as "CSV".
  const cp1252 = (text: string) => Uint8Array.from([...text], (c) => ({ "ç": 0xe7, "ã": 0xe3, "á": 0xe1, "é": 0xe9, "–": 0x96, "“": 0x93, "”": 0x94 })[c] ?? c.charCodeAt(0));
  const CSV = "en;pt-BR;notes\r\n\"Action – \"\"ok\"\"\";Ação – “ok”;é\r\nHello;Olá;\r\n";

  it("reads a Windows-1252 CSV and PO, saying which encoding it took", () => {
    for (const bytes of [cp1252(CSV), cp1252(`msgid ""\nmsgstr "Language: pt_BR\\n"\n\nmsgid "Action"\nmsgstr "Ação – “ok”"\n`)]) {
      const read = streamImportFile(bytes, () => {});
      expect(read).toMatchObject({ kind: "bitext", encoding: "windows-1252", bitext: { warnings: [expect.stringMatching(/^not UTF-8 \(byte 0x.. at offset \d+\); read as Windows-1252$/)] } });
    }
    expect(pairs(bitext(cp1252(CSV)))).toEqual(['- new Action – "ok" | Ação – “ok”', "- new Hello | Olá"]);
  });

  it("reads a UTF-16 CSV as its UTF-8 twin", () => {
    for (const bytes of [utf16le(CSV), utf16be(CSV)]) expect(bitext(bytes)).toEqual(bitext(utf8(CSV)));
  });

  it("still refuses a UTF-16 file with a lone surrogate, and reads a UTF-16 text to align whole", () => {
    const broken = utf16le(TMX.replace("Olá.", "Olá\uD800."));
    const at = 2 + 2 * TMX.indexOf("Olá.") + 6;
    expect(() => readImportFile(broken)).toThrow(expect.objectContaining({ name: "TextDecodeError", problem: "invalid-utf16", byteOffset: at }));
    const whole = utf16le(TMX);
    expect(() => readImportFile(whole.subarray(0, whole.length - 1))).toThrow(expect.objectContaining({ problem: "invalid-utf16", byteOffset: whole.length - 2 }));
    // A text to align is decoded whole, and refused the same way.
    expect(() => readImportFile(utf16le("Um texto \uDC00 partido."))).toThrow(expect.objectContaining({ problem: "invalid-utf16", byteOffset: 2 + 2 * 9 }));
    expect(readImportFile(utf16le("Um texto em português.\n"))).toMatchObject({ kind: "text", text: "Um texto em português.\n", encoding: "utf-16le" });
  });
});

describe("what other tools write", () => {
  it("warns about an undeclared namespace prefix instead of failing", () => {
    const b = bitext(utf8(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="pt-BR" datatype="plaintext" original="a"><body>
<trans-unit id="1" memsource:score="0.9"><source>Hi.</source><target>Oi.</target><m:extra>x</m:extra></trans-unit></body></file></xliff>`));
    expect(pairs(b)).toEqual(["1 new Hi. | Oi."]);
    expect(b.warnings).toContain(`undeclared namespace prefix(es) "memsource:", "m:": their elements and attributes were ignored`);
  });

  it("reads XLIFF 1.2 seg-source segmentation as one pair per sentence, and skips translate=no", () => {
    const b = bitext(utf8(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="pt-BR" datatype="plaintext" original="a"><body>
<trans-unit id="t1"><source>One. Two. Three.</source>
<seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk> <mrk mtype="seg" mid="3">Three.</mrk></seg-source>
<target state="translated"><mrk mtype="seg" mid="1">Um.</mrk> <mrk mtype="seg" mid="2">Dois.</mrk> <mrk mtype="seg" mid="3">Três.</mrk></target></trans-unit>
<trans-unit id="t2" translate="no"><source>v1.2.3</source><target>v1.2.3</target></trans-unit>
<group translate="no"><trans-unit id="t3"><source>ID</source></trans-unit></group>
</body></file></xliff>`));
    expect(pairs(b)).toEqual(["t1/1 edited One. | Um.", "t1/2 edited Two. | Dois.", "t1/3 edited Three. | Três."]);
    expect(b.warnings).toContain(`2 unit(s) marked translate="no" left out`);
  });

  it("skips the PO header and obsolete entries, and reads the languages from the header", () => {
    const b = bitext(utf8(`msgid ""\nmsgstr ""\n"Language: pt_PT\\n"\n\n#. alinha-status: approved\nmsgctxt "x"\nmsgid "A"\nmsgstr "B"\n\n#~ msgid "Old"\n#~ msgstr "Velho"\n`));
    expect(pairs(b)).toEqual(["x approved A | B"]);
    expect(b.trgLang).toBe("pt_PT");
  });

  it("reads Alinha's own CSV back, formula guard and all", () => {
    const csv = [...serializeBitext("csv", [{ id: "a", en: "=SUM(A1)", pt: "-1 é menos um, \"diz\"", status: "approved", version: 3 }], { title: "t", variant: "pt-BR", scope: "all" })].join("");
    expect(csv).toContain(`'=SUM(A1)`);
    const b = bitext(utf8(csv));
    expect(b.pairs).toEqual([{ id: "a", en: "=SUM(A1)", pt: "-1 é menos um, \"diz\"", status: "approved", version: 3 }]);
  });
});

describe("refusals", () => {
  const failure = (bytes: Uint8Array) => {
    try {
      readImportFile(bytes);
    } catch (err) {
      if (err instanceof BitextFormatError) return `${err.line}:${err.column} ${err.reason}`;
      if (err instanceof BitextLanguageError) return err.message;
      throw err;
    }
    return "no error";
  };

  it("refuses another pair of languages, naming them", () => {
    expect(failure(utf8(TMX.replace("pt-BR", "de-DE")))).toBe("the file is en → de-DE; Alinha reads English → Portuguese only");
    expect(failure(utf8(TMX.replace(`srclang="en"`, `srclang="pt-BR"`).replace(`xml:lang="en"`, `xml:lang="es"`)))).toBe("the file is pt-BR → es; Alinha reads English → Portuguese only");
  });

  it("names line and column of a malformed file", () => {
    expect(failure(utf8(TMX.replace("<seg>Olá.</seg>", "<seg>Olá.</sag>")))).toMatch(/^3:\d+ /);
    expect(failure(utf8(`msgid "a"\nmsgstr "b"\nbogus line\n`))).toBe(`3:1 unexpected "bogus line"`);
  });

  it("expands no entity and fetches nothing: an entity bomb and an external entity are errors", () => {
    const bomb = TMX.replace(`<?xml version="1.0" encoding="UTF-16"?>`, `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>`).replace("Hello.", "&b;");
    expect(failure(utf8(bomb))).toMatch(/undefined entity/);
    const external = bomb.replace(`<!ENTITY a "aaaaaaaaaa">`, `<!ENTITY a SYSTEM "file:///etc/passwd">`);
    expect(failure(utf8(external))).toMatch(/undefined entity/);
  });
});

describe("separators", () => {
  it("reads a cell that is just ';' in a comma-separated file as that text (re-import property counterexample)", () => {
    const read = readImportFile(new TextEncoder().encode("en,pt-BR\n!,;\n"));
    expect(read.kind === "bitext" ? read.bitext.pairs.map((p) => p.pt) : []).toEqual([";"]);
  });
  it("still reads a semicolon-separated file (spreadsheets in Portuguese locales)", () => {
    const read = readImportFile(new TextEncoder().encode("en;pt-BR\nHello;Olá\n"));
    expect(read.kind === "bitext" ? read.bitext.pairs.map((p) => `${p.en}|${p.pt}`) : []).toEqual(["Hello|Olá"]);
  });
});

describe("streaming an import", () => {
  const tu = (n: number) => `<tu tuid="${n}"><tuv xml:lang="en"><seg>Sentence ${n}.</seg></tuv><tuv xml:lang="pt-BR"><seg>Frase ${n} 😀.</seg></tuv></tu>\n`;
  const tmx = (body: string) => `\uFEFF<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en" creationtool="t"/>\n<body>\n${body}</body></tmx>\n`;

  it("hands each pair on in file order and keeps none itself; readImportFile gathers the same", () => {
    for (const file of [utf8(tmx([1, 2, 3].map(tu).join(""))), utf16le(tmx([1, 2, 3].map(tu).join(""))), utf8(`msgid "Hi"\nmsgstr "Oi"\n\nmsgid "Bye"\nmsgstr "Tchau"\n`)]) {
      const seen: string[] = [];
      const read = streamImportFile(file, (p) => void seen.push(`${p.en} | ${p.pt}`));
      expect(read).toMatchObject({ kind: "bitext", bitext: { pairs: [] }, pairCount: seen.length });
      expect(seen.length).toBeGreaterThan(1);
      expect(pairs(bitext(file)).map((p) => p.replace(/^\S+ \S+ /, ""))).toEqual(seen);
    }
  });

  it("has handed on the pairs before a break further on, which it then reports", () => {
    const seen: string[] = [];
    const broken = utf8(tmx([1, 2].map(tu).join("") + `<tu><tuv xml:lang="en"><seg>three</tuv></tu>\n`));
    expect(() => streamImportFile(broken, (p) => void seen.push(p.id ?? ""))).toThrow(/line 6, column \d+/);
    expect(seen).toEqual(["1", "2"]);
  });
});
