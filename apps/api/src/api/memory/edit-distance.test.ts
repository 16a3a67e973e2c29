import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "./edit-distance.ts";

/** The textbook full-table distance, to check the banded one against. */
function plain(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return rows[a.length]![b.length]!;
}

describe("boundedEditDistance", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["the model is good", "the model is great", 4],
    ["", "abc", 3],
    ["same", "same", 0],
    ["flaw", "lawn", 2],
  ])("%s → %s is %i", (a, b, expected) => {
    expect(boundedEditDistance(a, b, 10)).toBe(expected);
  });

  it("says max + 1 as soon as the distance is beyond the bound", () => {
    expect(boundedEditDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedEditDistance("a short one", "a much longer sentence than that", 5)).toBe(6);
  });

  it("agrees with the full table on random strings, within and beyond the bound", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: Math.floor(rnd() * 14) }, () => "abcde"[Math.floor(rnd() * 5)]).join("");
    for (let k = 0; k < 300; k++) {
      const a = word();
      const b = word();
      const max = Math.floor(rnd() * 8);
      const exact = plain(a, b);
      expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
    }
  });
});
