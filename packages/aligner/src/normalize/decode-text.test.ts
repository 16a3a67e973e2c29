import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.ts";
import { TextDecodeError } from "./text-decode-error.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

function decodeError(bytes: Uint8Array): TextDecodeError {
  try {
    decodeText(bytes);
  } catch (e) {
    if (e instanceof TextDecodeError) return e;
    throw e;
  }
  throw new Error("expected a TextDecodeError");
}

describe("decodeText", () => {
  it("reads UTF-8 as is, keeping CRLF and decomposed accents", () => {
    const text = "Olá,\r\nmundo e\u0301.";
    expect(decodeText(utf8(text))).toEqual({ text, encoding: "utf-8", bom: false });
  });

  it("drops a BOM so offsets start at the first character of text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Sim.")]);
    const r = decodeText(bytes);
    expect(r.text).toBe("Sim.");
    expect(r.bom).toBe(true);
  });

  it("reads the empty file as empty text", () => {
    expect(decodeText(new Uint8Array()).text).toBe("");
  });

  it("falls back to Windows-1252 for clearly cp1252 bytes, and says so", () => {
    // "Ação – “ok”" in cp1252
    const bytes = new Uint8Array([0x41, 0xe7, 0xe3, 0x6f, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    const r = decodeText(bytes);
    expect(r.text).toBe("Ação – “ok”");
    expect(r.encoding).toBe("windows-1252");
    expect(r.warning).toMatch(/offset 1/);
  });

  it("rejects damaged UTF-8 (valid sequences plus a stray byte) with the byte offset", () => {
    const bytes = new Uint8Array([...utf8("ação "), 0xe9, 0x21]);
    const e = decodeError(bytes);
    expect(e.problem).toBe("invalid-utf8");
    expect(e.byteOffset).toBe(7);
    expect(e.message).toMatch(/0xE9.*byte offset 7/);
  });

  it("rejects bytes undefined in cp1252 rather than guessing", () => {
    expect(decodeError(new Uint8Array([0x41, 0x81, 0x42])).byteOffset).toBe(1);
  });

  it("rejects overlong encodings and surrogates", () => {
    expect(decodeError(new Uint8Array([0x41, 0xc0, 0xaf])).byteOffset).toBe(1);
    expect(decodeError(new Uint8Array([0xc3, 0xa7, 0xed, 0xa0, 0x80])).byteOffset).toBe(2);
  });

  it("rejects binary input: a NUL byte, or many control bytes", () => {
    const nul = decodeError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]));
    expect(nul.problem).toBe("binary");
    expect(nul.byteOffset).toBe(4);
    const controls = new Uint8Array(200).fill(0x41);
    for (let i = 10; i < 20; i++) controls[i] = 0x01;
    expect(decodeError(controls).problem).toBe("binary");
  });

  it("accepts text with a few form feeds and tabs", () => {
    expect(decodeText(utf8("a\tb\fc\n")).text).toBe("a\tb\fc\n");
  });
});
