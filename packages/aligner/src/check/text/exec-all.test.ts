import { describe, expect, it } from "vitest";
import { execAll } from "./exec-all.ts";

const same = (re: RegExp, text: string) =>
  expect(execAll(re, text).map((m) => [m.index, ...m])).toEqual([...text.matchAll(re)].map((m) => [m.index, ...m]));

describe("execAll", () => {
  it("finds what matchAll finds, groups included", () => same(/(\p{L}+)\.(\p{L})/gu, "aumentam.amodei e o.k"));
  it("steps over empty matches, a surrogate pair as one character", () => same(/x*/gu, "a😀xxb"));
  it("leaves the pattern ready for the next caller", () => {
    const re = /a/gu;
    execAll(re, "aaa");
    expect(re.lastIndex).toBe(0);
    expect(execAll(re, "banana")).toHaveLength(3);
  });
});
