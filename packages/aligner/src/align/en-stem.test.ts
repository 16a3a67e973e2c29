import { describe, expect, it } from "vitest";
import { stemEn } from "./en-stem.ts";

describe("stemEn", () => {
  it("lands plurals, possessives and verb forms on one key", () => {
    expect(["models", "model's", "model’s", "modelled", "modeling"].map(stemEn)).toEqual(["model", "model", "model", "modell", "model"]);
    expect(stemEn("studies")).toBe("study");
  });

  it("keeps an s that ends no plural", () => {
    expect(["glass", "corpus", "analysis", "gas"].map(stemEn)).toEqual(["glass", "corpus", "analysis", "gas"]);
  });
});
