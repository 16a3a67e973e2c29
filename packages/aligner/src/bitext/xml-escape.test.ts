import { describe, expect, it } from "vitest";
import { escapeXmlAttribute, escapeXmlText, toWellFormed } from "./xml-escape.ts";

const cp = (hex: string) => `<cp hex="${hex}"/>`;

describe("escapeXmlText", () => {
  it.each([
    ["markup", "a < b & c > d", "a &lt; b &amp; c &gt; d"],
    ["a CDATA end in a sentence", "x]]>y", "x]]&gt;y"],
    ["a carriage return, which parsers would turn into LF", "a\r\nb", "a&#13;\nb"],
    ["tabs and newlines, which element content keeps", "a\tb\nc", "a\tb\nc"],
    ["a C0 control", "bell\u0007", `bell${cp("0007")}`],
    ["NUL", "\u0000", cp("0000")],
    ["U+FFFE and U+FFFF", "\uFFFE\uFFFF", cp("FFFE") + cp("FFFF")],
    ["a lone high surrogate", "a\uD83Db", `a${cp("D83D")}b`],
    ["a lone low surrogate", "\uDE00", cp("DE00")],
    ["an emoji, which is a valid pair", "😀", "😀"],
    ["right-to-left text and marks", "שלום\u200F", "שלום\u200F"],
  ])("%s", (_name, input, expected) => {
    expect(escapeXmlText(input, cp)).toBe(expected);
  });
});

describe("escapeXmlAttribute", () => {
  it.each([
    ["quotes and markup", `say "<hi>" & go`, "say &quot;&lt;hi&gt;&quot; &amp; go"],
    ["whitespace attribute normalisation would flatten", "a\tb\nc\rd", "a&#9;b&#10;c&#13;d"],
    ["a control, which has no element to hide in", "x\u0001", "x\uFFFD"],
  ])("%s", (_name, input, expected) => {
    expect(escapeXmlAttribute(input)).toBe(expected);
  });
});

describe("toWellFormed", () => {
  it("replaces lone surrogates only", () => {
    expect(toWellFormed("a\uD800b😀\uDC00")).toBe("a\uFFFDb😀\uFFFD");
  });
});
