import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf16ErrorAt } from "./chunked-document.ts";
import { isWellFormedUtf8 } from "./decode-bitext.ts";

const fatal = (bytes: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Bytes near the edges of UTF-8: lead bytes, continuation bytes, overlong and surrogate starts. */
const edgy = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff);

describe("isWellFormedUtf8", () => {
  it("agrees with a fatal TextDecoder on any bytes", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(edgy, fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), (bytes) => {
        expect(isWellFormedUtf8(Uint8Array.from(bytes))).toBe(fatal(Uint8Array.from(bytes)));
      }),
      { numRuns: 5000 },
    );
  });

  it("takes any text's UTF-8, emoji and all, and starts where it is told", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(isWellFormedUtf8(new TextEncoder().encode(text))).toBe(true);
      }),
    );
    expect(isWellFormedUtf8(Uint8Array.from([0xff, 0x41]), 1)).toBe(true);
    expect(isWellFormedUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(false);
  });
});

describe("utf16ErrorAt", () => {
  const fatal16 = (bytes: Uint8Array, encoding: "utf-16le" | "utf-16be") => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  };
  /** Bytes that make code units at the surrogate edges, in either byte order. */
  const edgy16 = fc.constantFrom(0x00, 0x41, 0xd7, 0xd8, 0xdb, 0xdc, 0xdf, 0xe0, 0xff);

  it("finds an error exactly where a fatal TextDecoder fails, in both byte orders: none, or the first byte after what decodes", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(edgy16, fc.integer({ min: 0, max: 255 })), { maxLength: 14 }), fc.constantFrom("utf-16le" as const, "utf-16be" as const), (list, encoding) => {
        const bytes = Uint8Array.from(list);
        const at = utf16ErrorAt(bytes, 0, bytes.length, encoding);
        expect(at < 0).toBe(fatal16(bytes, encoding));
        if (at >= 0) {
          expect(fatal16(bytes.subarray(0, at), encoding)).toBe(true);
          expect(fatal16(bytes.subarray(0, at + 2), encoding) && at + 2 <= bytes.length && fatal16(bytes.subarray(0, Math.min(bytes.length, at + 4)), encoding)).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
