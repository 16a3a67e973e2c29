import { describe, expect, it } from "vitest";
import { splitPoint } from "./splitPoint.ts";

/** The two halves as "first | second", so each case reads as one line. */
const render = (text: string, share?: number) => {
  const at = splitPoint(text, share);
  return `${text.slice(0, at)}| ${text.slice(at)}`;
};

describe("splitPoint", () => {
  it("cuts where a sentence ends, the nearest one to the middle", () => {
    expect(render("Ele veio. Ela foi embora depois.")).toBe("Ele veio. | Ela foi embora depois.");
    expect(render("Ele disse “sim.” E saiu depois.")).toBe("Ele disse “sim.” | E saiu depois.");
  });
  it("falls back to a clause, then to a space, never inside a word", () => {
    expect(render("Ele veio ontem, mas ela não quis falar com ninguém")).toBe("Ele veio ontem, | mas ela não quis falar com ninguém");
    expect(render("umapalavrasó outrapalavra")).toBe("umapalavrasó | outrapalavra");
  });
  it("follows the other side's cut in a pair of several sentences", () => {
    expect(render("Um. Dois tem mais palavras. Três.", 0.2)).toBe("Um. | Dois tem mais palavras. Três.");
  });
  it("proposes the end of a text with no break at all (the Split button stays off)", () => {
    expect(splitPoint("Palavra")).toBe(7);
  });
});
