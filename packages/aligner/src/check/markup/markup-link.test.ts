import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { markupLink } from "./markup-link.ts";

describe("markup-link", () => {
  it.each([
    ["stub", "Ouça no [Spotify](#), [iTunes](#)", ["[Spotify](#)→Spotify", "[iTunes](#)→iTunes"]],
    ["with a url", "veja [o artigo](https://x.com/a)", ["[o artigo](https://x.com/a)→o artigo"]],
    // A target with a query or an anchor is still an address; a text of one digit is still a text.
    ["a target with a query and an anchor", "veja [a página](https://x.com/a?b=1#c)", ["[a página](https://x.com/a?b=1#c)→a página"]],
    ["a text of a digit", "nota [1](#)", ["[1](#)→1"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(markupLink, { pt })).toEqual(expected));
  it.each([
    ["brackets in prose", "o modelo [de linguagem] (GPT) respondeu"],
    ["citation", "como disse ele [1]."],
    // Session 15: a regular expression or a grammar (chmod's mode), not a link: symbols for text, a pattern for a target.
    ["a pattern's class and group", "MODO é da forma [-+=]([rwxXst]*|[ugo])"],
    ["a grammar's alternatives", "a sintaxe [a-z](foo|bar) repete-se"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(markupLink, { pt })).toEqual([]));
});
