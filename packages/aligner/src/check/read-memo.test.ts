import { describe, expect, it } from "vitest";
import type { CheckInput, Flag } from "../types.ts";
import { ReadMemo } from "./read-memo.ts";

const flag = (text: string): Flag => ({ code: "x", family: "casing", severity: "warning", start: 0, end: text.length, text, message: "m" });

describe("ReadMemo", () => {
  it("runs a check again when a field it read differs, and not when only another field does", () => {
    const memo = new ReadMemo<string>();
    let runs = 0;
    const readsPrev = (input: CheckInput) => { runs++; return input.prevPt === "A" ? [flag(input.pt)] : []; };
    expect(memo.run("c", { pt: "x", prevPt: "A", nextPt: "1" }, readsPrev)).toHaveLength(1);
    expect(memo.run("c", { pt: "x", prevPt: "A", nextPt: "2" }, readsPrev)).toHaveLength(1);
    expect(runs).toBe(1);
    expect(memo.run("c", { pt: "x", prevPt: "B", nextPt: "2" }, readsPrev)).toEqual([]);
    expect(memo.run("c", { pt: "y", prevPt: "A" }, readsPrev)[0]?.text).toBe("y");
    expect(runs).toBe(3);
  });

  it("tells a field that is absent from one that is there", () => {
    const memo = new ReadMemo<string>();
    const asks = (input: CheckInput) => ("en" in input ? [flag(input.pt)] : []);
    expect(memo.run("c", { pt: "x" }, asks)).toEqual([]);
    expect(memo.run("c", { pt: "x", en: "x" }, asks)).toHaveLength(1);
    const spreads = (input: CheckInput) => (Object.keys({ ...input }).length > 1 ? [flag(input.pt)] : []);
    expect(memo.run("d", { pt: "x" }, spreads)).toEqual([]);
    expect(memo.run("d", { pt: "x", gapBefore: " " }, spreads)).toHaveLength(1);
  });

  it("gives each caller flags of its own to change", () => {
    const memo = new ReadMemo<string>();
    const first = memo.run("c", { pt: "x" }, (input) => [flag(input.pt)]);
    first[0]!.confidence = 0.1;
    const second = memo.run("c", { pt: "x" }, () => []);
    expect(second).toEqual([flag("x")]);
    second[0]!.confidence = 0.2;
    expect(memo.run("c", { pt: "x" }, () => [])[0]?.confidence).toBeUndefined();
  });

  it("keeps nothing a check found after writing to the input", () => {
    const memo = new ReadMemo<string>();
    let runs = 0;
    const writes = (input: CheckInput) => { runs++; input.gapAfter = "\n"; return []; };
    memo.run("c", { pt: "x" }, writes);
    memo.run("c", { pt: "x" }, writes);
    expect(runs).toBe(2);
  });
});
