import { describe, expect, it } from "vitest";
import { replacedSpan } from "./replacedSpan.ts";

/** "find -> replace", or "none", so each case reads as one line. */
function render(before: string, after: string): string {
  const span = replacedSpan(before, after);
  return span ? `${span.find} -> ${span.replace}` : "none";
}

describe("replacedSpan", () => {
  it("widens a change to whole words, so a shared suffix does not cut a name", () => {
    expect(render("noé smith:", "Noah Smith:")).toBe("noé smith -> Noah Smith");
    expect(render("Ah, o noé smith disse", "Ah, o Noah Smith disse")).toBe("noé smith -> Noah Smith");
  });
  it("finds one changed word inside a sentence", () => {
    expect(render("o modelo deep seek é bom", "o modelo DeepSeek é bom")).toBe("deep seek -> DeepSeek");
    expect(render("a open ai lançou", "a OpenAI lançou")).toBe("open ai -> OpenAI");
  });
  it("offers nothing for pure insertions, rewrites or no change", () => {
    expect(render("a casa", "a bela casa")).toBe("none");
    expect(render("a bela casa", "a casa")).toBe("none");
    expect(render("igual", "igual")).toBe("none");
    expect(render("Uma frase inteira foi reescrita do começo ao fim aqui.", "Outra coisa, totalmente diferente, com muitas palavras novas.")).toBe("none");
  });
  it("reads two separate changes as one span only while it stays short", () => {
    expect(render("gpt quatro e gpt cinco", "GPT quatro e GPT cinco")).toBe("gpt quatro e gpt -> GPT quatro e GPT");
  });
  it("takes a punctuation fix with the spaces around it", () => {
    expect(render("Ele veio - e foi", "Ele veio — e foi")).toBe(" -  ->  — ");
    expect(render("bem-vindo", "bem—vindo")).toBe("- -> —");
  });
});
