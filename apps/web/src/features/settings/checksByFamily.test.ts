import { describe, expect, it } from "vitest";
import { checksByFamily } from "./checksByFamily.ts";
import type { CheckInfo } from "./settingsApi.ts";

const check = (id: string, family: string): CheckInfo => ({ id, family, severity: "warning", name: id, description: "" });

describe("checksByFamily", () => {
  it("groups in triage order (entity before punctuation), keeping the registry's order inside a family", () => {
    const groups = checksByFamily([check("punctuation-spacing", "punctuation"), check("entity-mangled", "entity"), check("punctuation-hyphen-dash", "punctuation"), check("entity-term", "entity")]);
    expect(groups.map((g) => `${g.label}: ${g.checks.map((c) => c.id).join(", ")}`)).toEqual([
      "Entity: entity-mangled, entity-term",
      "Punctuation: punctuation-spacing, punctuation-hyphen-dash",
    ]);
  });

  it("puts a family it has no label for last, named as the API names it", () => {
    const groups = checksByFamily([check("style-new", "style"), check("variant-form", "variant")]);
    expect(groups.map((g) => g.label)).toEqual(["PT-PT / PT-BR", "style"]);
  });
});
