import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { markupLink } from "./markup-link.ts";

describe("markup-link", () => {
  it.each([
    ["stub", "Ouça no [Spotify](#), [iTunes](#)", ["[Spotify](#)→Spotify", "[iTunes](#)→iTunes"]],
    ["with a url", "veja [o artigo](https://x.com/a)", ["[o artigo](https://x.com/a)→o artigo"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(markupLink, { pt })).toEqual(expected));
  it.each([
    ["brackets in prose", "o modelo [de linguagem] (GPT) respondeu"],
    ["citation", "como disse ele [1]."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(markupLink, { pt })).toEqual([]));
});
