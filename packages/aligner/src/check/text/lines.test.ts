import { describe, expect, it } from "vitest";
import { lines } from "./lines.ts";

/** The lines as the pattern /[^\n]+/gu cut them, trimmed, blank ones dropped. */
function byPattern(text: string) {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    const lead = m[0].search(/\S/u);
    if (lead < 0) continue;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

describe("lines", () => {
  it("gives each non-blank line trimmed with its offsets", () => {
    expect(lines("  Populares \n\n\tLeia também: x\r\n")).toEqual([
      { text: "Populares", start: 2, end: 11 },
      { text: "Leia também: x", start: 15, end: 29 },
    ]);
  });

  it("cuts as the pattern /[^\\n]+/ does, on random text", () => {
    const alphabet = ["a", "ç", " ", "\n", "\n", "\t", "\r", "😀", "\u00a0"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 500; k++) {
      let s = "";
      for (let i = next() % 30; i > 0; i--) s += alphabet[next() % alphabet.length];
      expect(lines(s), JSON.stringify(s)).toEqual(byPattern(s));
    }
  });
});
