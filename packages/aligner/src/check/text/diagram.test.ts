import { describe, expect, it } from "vitest";
import { isDiagramLine } from "./diagram.ts";

describe("isDiagramLine", () => {
  it.each([
    ["an arrow of dashes", "master documents ---+---->-------->---------+"],
    ["a rule and a corner", "entrada PO --------/ \\---> saída PO"],
    ["two bars alone", "(doc authoring) | |"],
  ])("drawn: %s", (_n, line) => expect(isDiagramLine(line)).toBe(true));
  it.each([
    ["an option's dashes", "Use --quiet para silenciar -- e siga."],
    ["a spaced hyphen as a dash", "O GIMP - o programa - abre."],
    ["a synopsis's bar", "apt-get [-q] | install pkg"],
  ])("not drawn: %s", (_n, line) => expect(isDiagramLine(line)).toBe(false));
  it("asks about the line at an offset only", () => {
    const text = "Veja a figura.\nentrada ---> saída";
    expect(isDiagramLine(text, 2)).toBe(false);
    expect(isDiagramLine(text, text.indexOf("saída"))).toBe(true);
  });
});
