import { describe, expect, it } from "vitest";
import { formatCount } from "./formatCount.ts";

describe("formatCount", () => {
  it("groups thousands the same way everywhere", () => {
    expect(formatCount(5364)).toBe("5,364");
    expect(`${formatCount(1)} of ${formatCount(5364)}`).toBe("1 of 5,364");
    expect(formatCount(12)).toBe("12");
  });
});
