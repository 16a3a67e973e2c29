import { describe, expect, it } from "vitest";
import { segmentText } from "../segment/index.ts";
import { alignSegments } from "./align-segments.ts";
import { REVIEW_THRESHOLD } from "./confidence.ts";
import { formulaItems, formulasContradict, isFormulaCode, isFormulaLine, isOperatorFormula } from "./formula-line.ts";
import { CODE_KIND, extractFeatures, KeyTable } from "./segment-features.ts";

describe("formula lines", () => {
  it("reads one-letter names, numbers and operators as a formula line", () => {
    for (const t of ["X - Y", "-X", "X-Y", "A^b", "~m", "n,d", "X, Y", "x", "42", "(0,0-1,0).", "X'*A"]) expect(isFormulaLine(t), t).toBe(true);
  });

  // Near misses: any word, however short, is prose; a ";" makes statements (an example's code).
  it("does not read a word, a statement list or a long line as one", () => {
    for (const t of ["Se", "IO", "// ou", "e ou f", "a=1,b=1;c=2", "Syntax", "...", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"]) expect(isFormulaLine(t), t).toBe(false);
  });

  it("takes a formula with a name and an operator for code, unless it ends like a sentence", () => {
    // The synopses of scilab's operator pages: minus, hat, tilde, quote, colon, slash, backslash, comparison.
    expect(["X - Y", "-X", "A^b", "~m", "A'", "i:j:k", "b/A", "A\\b", "a <> b"].map(isOperatorFormula)).toEqual([true, true, true, true, true, true, true, true, true]);
    // "n,d", "42": no operator; a date: no name; "E/S": an abbreviation (procps man page); "y:": an argument's term.
    expect(["n,d", "42", "2024-08-31", "E/S", "N/D", "y:"].map(isOperatorFormula)).toEqual([false, false, false, false, false, false]);
    // "(0.0-1.0)." closes a sentence the Portuguese writes "(0,0 até 1,0).": copied, but no line of code.
    expect(isOperatorFormula("(a-b).")).toBe(true);
    expect(isFormulaCode("(a-b).")).toBe(false);
  });

  it("compares formulas without spacing, case, decimal separator or a closing stop", () => {
    expect(formulaItems("X - Y")).toEqual(["x-y"]);
    expect(formulaItems("X, Y")).toEqual(["x", "y"]);
    expect(formulaItems("f(a, b), c")).toEqual(["f(a,b)", "c"]);
    expect(formulaItems("2.   3.")).toEqual(["2", "3"]);
    expect(formulaItems("(0,0-1,0).")).toEqual(formulaItems("(0.0-1.0)."));
  });
});

describe("formulas that contradict", () => {
  it("finds two formulas that say different things ('X' ⇄ '-X', 'x' ⇄ 'y', '42' ⇄ '8')", () => {
    expect(formulasContradict("X", "-X")).toBe(true);
    expect(formulasContradict("-Y", "-X")).toBe(true);
    expect(formulasContradict("x", "y")).toBe(true);
    expect(formulasContradict("42", "8")).toBe(true);
  });

  // Near misses: the same formula written otherwise, or a newer page naming more arguments at once.
  it("does not count spacing, case, a decimal comma, a closing colon or an argument added", () => {
    expect(formulasContradict("X-Y", "X - Y")).toBe(false);
    expect(formulasContradict("n", "N")).toBe(false);
    expect(formulasContradict("(0,0-1,0).", "(0.0-1.0).")).toBe(false);
    expect(formulasContradict("y:", "y")).toBe(false);
    expect(formulasContradict("x", "x, t")).toBe(false);
    expect(formulasContradict("nx,ny", "nx, ny, nz")).toBe(false);
    // A row of an example's output against a part of it (flattened English, scilab primes and xz, tune half): no "2.3".
    expect(formulasContradict("2.   3.", "3.")).toBe(false);
    expect(formulasContradict("-1 .. -9", "-1 ..")).toBe(false);
    // Prose on one side is no formula to contradict ("e" ⇄ "and": a conjunction on a line of its own).
    expect(formulasContradict("e", "and")).toBe(false);
  });
});

describe("formula lines in the aligner's features", () => {
  it("makes an operator's synopsis a copied line of code ('A-B' is 'A - B'), and leaves an abbreviation a heading", () => {
    const keys = new KeyTable();
    const pt = extractFeatures(segmentText("A-B\n\nE/S").segments, "pt", keys);
    const en = extractFeatures(segmentText("A - B\n\nIO").segments, "en", keys);
    expect([pt.kind[0], en.kind[0]]).toEqual([CODE_KIND, CODE_KIND]);
    expect(pt.copiedText[0]).toBeGreaterThanOrEqual(0);
    expect(pt.copiedText[0]).toBe(en.copiedText[0]);
    expect(pt.kind[1]).not.toBe(CODE_KIND);
  });
});

/**
 * An operator's help page whose Portuguese is of an older version (the scilab-doc-pt-br
 * operator pages: minus, plus): the synopsis is written without spaces and its second line
 * names the other argument. Before formula lines were code, "A-B" paired with "Syntax", the
 * page went one line off, and "-B" ⇄ "A - B" and "Parâmetros" ⇄ "-A" came out at ≥ 0.99.
 */
describe("an operator page of another version (named fixture: operator-synopsis-older-version)", () => {
  const pt = ["minus", "(-) operador de subtração", "Seqüência de Chamamento", "A-B\n-B", "Parâmetros", "A", "matriz de números", "B", "matriz de números", "Descrição", "Subtração no sentido usual."].join("\n\n");
  const en = ["minus", "(-) subtraction operator", "Syntax", "A - B\n-A", "Arguments", "A, B", "matrices of numbers.", "Description", "Subtraction with its usual meaning."].join("\n\n");
  const ptSegs = segmentText(pt).segments;
  const enSegs = segmentText(en).segments;
  const beads = alignSegments(ptSegs, enSegs);
  const pairOf = (ptText: string) => {
    const b = beads.find((x) => x.pt.some((i) => ptSegs[i]!.text === ptText))!;
    return { en: b.en.map((j) => enSegs[j]!.text).join(" ‖ "), confidence: b.confidence };
  };

  it("pairs the synopsis with the synopsis and the section title with the section title", () => {
    expect(pairOf("Seqüência de Chamamento").en).toBe("Syntax");
    expect(pairOf("A-B").en).toBe("A - B");
    expect(pairOf("Descrição").en).toBe("Description");
  });

  it("leaves no pair of formulas that contradict at or above the review threshold", () => {
    for (const b of beads) {
      if (b.pt.length !== 1 || b.en.length !== 1) continue;
      const [p, e] = [ptSegs[b.pt[0]!]!.text, enSegs[b.en[0]!]!.text];
      if (formulasContradict(p, e)) expect(b.confidence, `${p} ⇄ ${e}`).toBeLessThan(REVIEW_THRESHOLD);
    }
    expect(pairOf("-B")).toEqual({ en: "-A", confidence: expect.any(Number) });
    expect(pairOf("-B").confidence).toBeLessThan(REVIEW_THRESHOLD);
  });
});
