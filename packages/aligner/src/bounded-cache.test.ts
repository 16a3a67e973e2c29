import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache.js";

const keysOf = (cache: BoundedCache<string, number>, probe: readonly string[]): string => probe.filter((k) => cache.get(k) !== undefined).join(",");

describe("BoundedCache", () => {
  it("keeps every entry up to its limit", () => {
    const cache = new BoundedCache<string, number>(3);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.size).toBe(3);
    expect(keysOf(cache, ["a", "b", "c"])).toBe("a,b,c");
    expect(cache.get("b")).toBe(2);
  });

  it("forgets the oldest-inserted entry to make room, even one read since", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect(keysOf(cache, ["a", "b", "c"])).toBe("b,c");
    expect(cache.size).toBe(2);
  });

  it("replaces a kept key's value without forgetting another entry", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.set("a", 10)).toBe(10);
    expect(keysOf(cache, ["a", "b"])).toBe("a,b");
    expect(cache.get("a")).toBe(10);
    // "a" kept its place as the oldest, so it goes first.
    cache.set("c", 3);
    expect(keysOf(cache, ["a", "b", "c"])).toBe("b,c");
  });

  it("keeps falsy values", () => {
    const cache = new BoundedCache<string, boolean>(1);
    cache.set("code", false);
    expect(cache.get("code")).toBe(false);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses a limit of %s with the reason", (limit) => {
    expect(() => new BoundedCache(limit)).toThrow(/at least one entry; got a limit of/);
  });
});
