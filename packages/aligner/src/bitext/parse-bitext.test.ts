import { describe, expect, it } from "vitest";
import { BitextFormatError, parseBitext } from "./index.ts";

/** The error a user would see, as one line: where and why. */
function failure(text: string, format?: "tmx" | "xliff"): string {
  try {
    parseBitext(text, format);
  } catch (err) {
    if (err instanceof BitextFormatError) return `${err.line}:${err.column} ${err.path} ${err.reason}`;
    throw err;
  }
  return "no error";
}

const tmx = (body: string, srclang = "en") => `<?xml version="1.0"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="${srclang}" datatype="plaintext"/>
<body>
${body}
</body></tmx>`;

const xliff12 = (units: string, trg = ` target-language="pt-BR"`) => `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file source-language="en"${trg} datatype="plaintext" original="a.txt"><body>
${units}
</body></file></xliff>`;

describe("malformed files", () => {
  it("reports an unclosed element with its line, column and path", () => {
    expect(failure(tmx(`<tu><tuv xml:lang="en"><seg>a</tuv></tu>`))).toBe(
      "4:36 /tmx/body[1]/tu[1]/tuv[1]/seg[1] unexpected close tag: <seg> (line 4, column 24) is not closed",
    );
  });

  it("reports an undefined entity", () => {
    expect(failure(tmx(`<tu><tuv xml:lang="en"><seg>&nbsp;</seg></tuv></tu>`))).toMatch(/^4:\d+ \/tmx\/body\[1\]\/tu\[1\]\/tuv\[1\]\/seg\[1\] undefined entity/);
  });

  it("reports a control character XML forbids, raw or as a reference", () => {
    expect(failure(tmx(`<tu><tuv xml:lang="en"><seg>a\u0001</seg></tuv></tu>`))).toMatch(/^4:\d+ .*seg\[1\] disallowed character/);
    expect(failure(tmx(`<tu><tuv xml:lang="en"><seg>&#1;</seg></tuv></tu>`))).toMatch(/^4:\d+ .*seg\[1\] .*character/);
  });

  it("reports a lone surrogate in the text it was given", () => {
    expect(failure(tmx(`<tu><tuv xml:lang="en"><seg>x\uD800</seg></tuv></tu>`))).toBe("4:30  lone surrogate: not a Unicode character");
  });

  it("reports a tuv without a seg, at the tuv", () => {
    expect(failure(tmx(`<tu>\n  <tuv xml:lang="en"></tuv></tu>`))).toBe("5:3 /tmx/body[1]/tu[1]/tuv[1] a tuv needs a <seg>");
  });

  it("reports a root of another format, or of the wrong one", () => {
    expect(failure(`<html><body/></html>`)).toBe("1:1 /html expected a <tmx> or <xliff> root element, found <html>");
    expect(failure(tmx(""), "xliff")).toBe("2:1 /tmx expected a <xliff> root element, found <tmx>");
  });

  it("reports an XLIFF version it does not read", () => {
    expect(failure(`<xliff version="3.0"><file/></xliff>`)).toBe(`1:1 /xliff unsupported XLIFF version "3.0" (1.0, 1.1, 1.2 and 2.x are read)`);
  });

  it("reports an XLIFF 2 file without srcLang, and a cp that is no code point", () => {
    expect(failure(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f"/></xliff>`)).toBe(
      "1:1 /xliff an XLIFF 2 file needs srcLang",
    );
    const cp = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pt">
<file id="f"><unit id="u"><segment><source>a<cp hex="zz"/></source></segment></unit></file></xliff>`;
    expect(failure(cp)).toBe(`2:45 /xliff/file[1]/unit[1]/segment[1]/source[1]/cp[1] "zz" is not a Unicode code point`);
  });
});

describe("warnings", () => {
  it("reports unknown languages and reads them as source and target", () => {
    const result = parseBitext(tmx(`<tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>`, "fr"));
    expect(result.pairs.map((p) => [p.en, p.pt])).toEqual([["Bonjour", "Hallo"]]);
    expect(result.warnings).toEqual([
      `unknown source language "fr": read as the English side`,
      `unknown target language "de": read as the Portuguese side`,
    ]);
  });

  it("reports a third language in a tu and leaves it out", () => {
    const result = parseBitext(tmx(`<tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="pt-BR"><seg>Oi</seg></tuv><tuv xml:lang="es"><seg>Hola</seg></tuv></tu>`));
    expect(result.pairs.map((p) => [p.en, p.pt])).toEqual([["Hi", "Oi"]]);
    expect(result.warnings).toEqual([`/tmx/body[1]/tu[1]/tuv[3] (line 4): language "es" is neither source nor target; left out`]);
  });

  it("reports empty units and keeps them, so later pairs do not shift", () => {
    const result = parseBitext(xliff12(`<trans-unit id="1"><source></source><target></target></trans-unit>
<trans-unit id="2"><source>Two</source><target>Dois</target></trans-unit>`));
    expect(result.pairs.map((p) => `${p.id}:${p.en}|${p.pt}`)).toEqual(["1:|", "2:Two|Dois"]);
    expect(result.warnings).toEqual(["/xliff/file[1]/body[1]/trans-unit[1] (line 3): empty unit (no text on either side)"]);
  });

  it("reports a tu that lacks one language and reads that side as empty", () => {
    const result = parseBitext(tmx(`<tu><tuv xml:lang="en"><seg>Only English</seg></tuv></tu>\n<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="pt-PT"><seg>b</seg></tuv></tu>`));
    expect(result.pairs.map((p) => [p.en, p.pt])).toEqual([["Only English", ""], ["a", "b"]]);
    expect(result.warnings).toEqual(["/tmx/body[1]/tu[1] (line 4): no pt-PT variant; read as empty"]);
  });

  it("reports a missing target language", () => {
    expect(parseBitext(xliff12(`<trans-unit id="1"><source>a</source></trans-unit>`, "")).warnings).toEqual([
      "no target language given: the target is read as the Portuguese side",
    ]);
  });

  it("reports bad dates and unknown statuses without failing", () => {
    const result = parseBitext(tmx(`<tu creationdate="2024-01-01"><prop type="x-alinha-status">done</prop><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="pt"><seg>b</seg></tuv></tu>`));
    expect(result.pairs[0]?.status).toBe("new");
    expect(result.warnings).toEqual([
      `/tmx/body[1]/tu[1] (line 4): creationdate "2024-01-01" is not YYYYMMDDThhmmssZ; ignored`,
      `/tmx/body[1]/tu[1]/prop[1] (line 4): unknown status "done"; read as new`,
    ]);
  });
});

/** Placeholders as a person reads them: the n-th inline code of the pair as {n}. */
const shown = (text: string) => text.replace(/[\uE000-\uE0FF]/g, (c) => `{${c.charCodeAt(0) - 0xe000 + 1}}`);

describe("files from other tools", () => {
  it("reads XLIFF 1.2 states, approval, groups, notes and inline markup", () => {
    const result = parseBitext(xliff12(`<group id="g">
<trans-unit id="1" approved="yes"><source>A <g id="1">bold</g> word</source><target state="translated">Uma palavra <g id="1">forte</g></target><note>check</note></trans-unit>
</group>
<trans-unit id="2" resname="intro"><source>Hi<x id="2"/></source><target state="needs-review-translation">Oi</target></trans-unit>
<trans-unit id="3"><source>Untranslated</source></trans-unit>
<trans-unit id="4"><source>Done</source><target state="signed-off">Feito</target></trans-unit>`));
    expect(result.pairs.map((p) => shown(`${p.id} ${p.status} ${p.en} | ${p.pt}`))).toEqual([
      "1 approved A bold word | Uma palavra forte",
      "intro edited Hi{1} | Oi",
      "3 new Untranslated | ",
      "4 confirmed Done | Feito",
    ]);
    expect(result.pairs[0]?.notes).toEqual(["check"]);
    // The <x/> is kept as a placeholder, with its markup, to be written back on export.
    expect(result.pairs[1]?.codes).toEqual([{ format: "xliff12", xml: `<x id="2"/>` }]);
    expect(result.warnings).toEqual([]);
  });

  it("reads XLIFF 2.0 from another tool: plain states, several segments, inline codes", () => {
    const result = parseBitext(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="pt-BR">
<file id="f"><group id="g"><unit id="u1">
  <notes><note>from the client</note></notes>
  <segment id="s1" state="reviewed"><source>One <pc id="1">two</pc>.</source><target>Um <pc id="1">dois</pc>.</target></segment>
  <ignorable><source> </source></ignorable>
  <segment id="s2"><source>Three<ph id="2"/></source><target>Três</target></segment>
</unit></group></file></xliff>`);
    expect(result.pairs.map((p) => shown(`${p.id} ${p.status} ${p.en} | ${p.pt}`))).toEqual(["u1/s1 confirmed One two. | Um dois.", "u1/s2 new Three{1} | Três"]);
    expect(result.pairs.map((p) => p.notes)).toEqual([["from the client"], undefined]);
    expect(result.srcLang).toBe("en-US");
  });

  it("reads a TMX whose languages differ in case and whose tuvs use the old lang attribute", () => {
    const result = parseBitext(tmx(`<tu tuid="7"><tuv lang="EN"><seg>Hi <hi>there</hi><bpt i="1">&lt;b&gt;</bpt></seg></tuv><tuv xml:lang="pt-br"><seg>Olá</seg></tuv></tu>`));
    expect(result.pairs).toEqual([{ id: "7", en: "Hi there\uE000", pt: "Olá", status: "new", codes: [{ format: "tmx", xml: "<bpt i=\"1\">&lt;b&gt;</bpt>" }] }]);
  });

  it("reads a TMX with a byte-order mark, a DOCTYPE, CRLF lines and CDATA", () => {
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\r\n` +
      `<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>` +
      `<body><tu><tuv xml:lang="en-US"><seg>a <![CDATA[<b>]]></seg></tuv><tuv xml:lang="pt-PT"><seg>b</seg></tuv></tu></body></tmx>`;
    expect(parseBitext(text)).toEqual({ pairs: [{ en: "a <b>", pt: "b", status: "new" }], srcLang: "en-US", trgLang: "pt-PT", warnings: [] });
  });
});
