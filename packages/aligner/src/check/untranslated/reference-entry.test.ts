import { describe, expect, it } from "vitest";
import { isReferenceEntry } from "./reference-entry.ts";

describe("isReferenceEntry", () => {
  it("knows a reference by any of its marks, with or without a digit", () => {
    expect(isReferenceEntry("Computer Graphics, Principles and Practice [FOLEY01].")).toBe(true);
    expect(isReferenceEntry("lsode and lsodi, acm-signum newsletter, vol. 15, no. 4")).toBe(true);
    expect(isReferenceEntry("Smith et al. describe the method")).toBe(true);
    expect(isReferenceEntry("The Book of Tea, ISBN pending")).toBe(true);
    expect(isReferenceEntry("International Organization for Standardization, Genebra, 2000.")).toBe(true);
  });

  it("passes over prose with no mark, digits or not", () => {
    expect(isReferenceEntry("Veja o capítulo sobre as opções")).toBe(false);
    expect(isReferenceEntry("Instale a versão 2 do programa")).toBe(false);
    expect(isReferenceEntry("the salt and pepper")).toBe(false);
  });
});
