import { describe, expect, it } from "vitest";
import type { Term } from "../../api/types.ts";
import { termsInPair } from "./termsInPair.ts";

const TERMS: Term[] = [
  { id: "1", term: "Noah Smith", kind: "person", policy: "keep" },
  { id: "2", term: "DeepSeek", kind: "organisation", policy: "keep" },
  { id: "3", term: "machine learning", kind: "term", policy: "preferred", replacement: "aprendizado de máquina" },
  { id: "4", term: "o3", kind: "model", policy: "keep" },
  { id: "5", term: "OpenAI o3", kind: "model", policy: "keep" },
  { id: "6", term: "aplicativo", kind: "term", policy: "forbidden", replacement: "aplicação", aliases: ["aplicativos"] },
  { id: "7", term: "Sam Altman", kind: "person", policy: "keep", aliases: ["Altman"] },
  { id: "8", term: "large language model", kind: "term", policy: "preferred", replacement: "grande modelo de linguagem", aliases: ["LLM"] },
];

/** "term:state" per hit, in English order. */
function render(en: string, pt: string): string {
  return termsInPair(TERMS, en, pt).map((h) => `${h.term.term}:${h.state}`).join(" | ");
}

describe("termsInPair", () => {
  it("finds each term of the English and checks its Portuguese form", () => {
    expect(render("Noah Smith: DeepSeek is fast.", "noé smith: a deepseek é rápida.")).toBe("Noah Smith:missing | DeepSeek:case");
    expect(render("Noah Smith: yes", "Noah Smith: sim")).toBe("Noah Smith:ok");
  });
  it("expects the replacement of a preferred term", () => {
    expect(render("machine learning works", "o aprendizado de máquina funciona")).toBe("machine learning:ok");
    expect(render("Machine learning works", "o machine learning funciona")).toBe("machine learning:missing");
  });
  it("lets the longer of two overlapping terms win, and matches whole words only", () => {
    expect(render("OpenAI o3 and o300", "OpenAI o3 e o300")).toBe("OpenAI o3:ok");
  });
  it("reports a forbidden form used in the Portuguese", () => {
    expect(render("the app", "o aplicativo")).toBe("aplicativo:forbidden");
    expect(render("the apps", "os aplicativos")).toBe("aplicativo:forbidden");
  });
  it("takes an alias in the English as the term, and in the Portuguese as the term used", () => {
    expect(render("Altman said no.", "Altman disse não.")).toBe("Sam Altman:ok");
    expect(render("Sam Altman said no.", "Altman disse não.")).toBe("Sam Altman:ok");
    expect(render("Altman said no.", "altman disse não.")).toBe("Sam Altman:case");
    expect(render("Altman said no.", "Altmann disse não.")).toBe("Sam Altman:missing");
    // The whole name is found where it is, not its alias inside it.
    expect(termsInPair(TERMS, "Sam Altman", "Sam Altman")[0]?.en).toEqual({ start: 0, end: 10 });
  });
  it("still expects a preferred term's replacement when the English uses its alias", () => {
    expect(render("An LLM answers.", "Um LLM responde.")).toBe("large language model:missing");
    expect(render("An LLM answers.", "Um grande modelo de linguagem responde.")).toBe("large language model:ok");
  });
});
