import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BitextPair } from "../types.ts";
import { serializeBitext, type BitextFormat, type BitextMeta } from "./index.ts";
import { escapeTsvField, unescapeTsvField } from "./write-tsv.ts";
import { bitextPair, bitextText, FIXED_PAIRS } from "./test-pairs.ts";

const META: BitextMeta = { title: "Fixed", variant: "pt-BR", scope: "all" };
const exportAs = (format: BitextFormat, pairs: BitextPair[], meta = META) => [...serializeBitext(format, pairs, meta)].join("");

describe("tsv", () => {
  it("writes one line per pair after the header, with the same number of fields", () => {
    fc.assert(
      fc.property(fc.array(bitextPair, { maxLength: 10 }), (pairs) => {
        const lines = exportAs("tsv", pairs).split("\n");
        expect(lines.pop()).toBe("");
        expect(lines.length).toBe(pairs.length + 1);
        for (const line of lines) expect(line.split("\t").length).toBe(8);
      }),
    );
  });

  it("escapes reversibly (lone surrogates aside, which UTF-8 cannot hold)", () => {
    fc.assert(
      fc.property(bitextText, (text) => {
        const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
        expect(unescapeTsvField(escapeTsvField(text))).toBe(wellFormed);
      }),
    );
    expect(escapeTsvField("a\tb\nc\\n")).toBe("a\\tb\\nc\\\\n");
  });

  it("keeps the empty side of omissions and additions as an empty field in place", () => {
    const rows = exportAs("tsv", FIXED_PAIRS).trim().split("\n").map((l) => l.split("\t").slice(0, 5).join("|"));
    expect(rows).toEqual([
      "position|id|status|en|pt-BR",
      "1|p1|approved|Noah Smith wrote it.|Noé smith escreveu-o.",
      "2|p2|new|This line was left out.|",
      "3|p3|edited||Esta linha foi acrescentada.",
      "4|p4|approved|Last.|Último.",
    ]);
  });
});

describe("html", () => {
  it("escapes every sentence and loads nothing from outside (property)", () => {
    fc.assert(
      fc.property(fc.array(bitextPair, { maxLength: 6 }), (pairs) => {
        const html = exportAs("html", pairs);
        // Only the markup we write: no sentence can open a tag or an entity of its own.
        const tags = new Set([...html.matchAll(/<\/?([a-zA-Z0-9!]+)/g)].map((m) => m[1]?.toLowerCase()));
        expect([...tags].sort()).toEqual(
          ["!doctype", "body", "br", "h1", "head", "html", "li", "meta", "p", "span", "style", "table", "tbody", "td", "th", "thead", "title", "tr", "ul"].filter((t) => tags.has(t)),
        );
        expect(html).not.toMatch(/\b(src|href)=|url\(|@import|<script|<link/i);
        expect(html).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F]/);
      }),
    );
  });

  it("shows a script in a sentence as text", () => {
    const html = exportAs("html", [{ en: `<script>alert("x")</script>`, pt: "a & b" }]);
    expect(html).toContain(`&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;`);
    expect(html).toContain("a &amp; b");
  });

  it("says an omitted side in words, and drops the status column for approved-only exports", () => {
    const all = exportAs("html", FIXED_PAIRS);
    expect(all).toContain(`(no Portuguese)`);
    expect(all).toContain(`(no English)`);
    expect(all).toContain(`<td class="status">edited</td>`);
    const approved = exportAs("html", FIXED_PAIRS, { ...META, scope: "approved" });
    expect(approved).not.toContain(`class="status"`);
    expect(approved.match(/<tr class=/g)?.length).toBe(2);
  });
});

describe("markdown", () => {
  it("keeps each pair on one table row whatever its text (property)", () => {
    fc.assert(
      fc.property(fc.array(bitextPair, { maxLength: 8 }), (pairs) => {
        const rows = exportAs("md", pairs).split("\n").filter((l) => /^\| \d+ \|/.test(l));
        expect(rows.length).toBe(pairs.length);
        // A cell boundary is an unescaped pipe; every row has as many as the header.
        for (const row of rows) expect(row.replace(/\\\\/g, "").match(/(?<!\\)\|/g)?.length).toBe(6);
      }),
    );
  });

  it("escapes Markdown and HTML in sentences", () => {
    const md = exportAs("md", [{ en: "*not bold* | <b>x</b>", pt: "[link](http://x) \\" }]);
    expect(md).toContain("| \\*not bold\\* \\| &lt;b&gt;x&lt;/b&gt; | \\[link\\](http://x) \\\\ |");
  });
});

describe("clean text", () => {
  it("restores paragraphs and leaves out junk and omissions", () => {
    const pairs: BitextPair[] = [
      { en: "Title", pt: "Título", paragraph: 0 },
      { en: "Page 3", pt: "Página 3", paragraph: 1, junk: true },
      { en: "One.", pt: "Um.", paragraph: 2 },
      { en: "Left out.", pt: "", paragraph: 2 },
      { en: "", pt: "Dois.", paragraph: 2 },
      { en: "Three.", pt: "Três.", paragraph: 3 },
    ];
    expect(exportAs("txt", pairs)).toBe("Título\n\nUm. Dois.\n\nTrês.\n");
  });

  it("keeps approved sentences only for the approved scope", () => {
    expect(exportAs("txt", FIXED_PAIRS, { ...META, scope: "approved" })).toBe("Noé smith escreveu-o.\n\nÚltimo.\n");
  });

  it("drops control characters, which are debris and not text", () => {
    expect(exportAs("txt", [{ en: "a", pt: "Um\u0007 bip\u0000.", paragraph: 0 }])).toBe("Um bip.\n");
  });

  it("is empty when nothing is left", () => {
    expect(exportAs("txt", [{ en: "a", pt: "", paragraph: 0 }])).toBe("");
  });
});

describe("streaming", () => {
  it.each(["tmx", "xliff", "tsv", "html", "md", "txt"] as const)("%s reads pairs one at a time as chunks are taken", (format) => {
    let pulled = 0;
    function* pairs(): Generator<BitextPair> {
      for (let i = 0; ; i++) {
        pulled += 1;
        yield { en: `Sentence ${i}.`, pt: `Frase ${i}.`, paragraph: i };
      }
    }
    const chunks = serializeBitext(format, pairs(), META)[Symbol.iterator]();
    for (let i = 0; i < 5; i++) chunks.next();
    // An endless document can be exported chunk by chunk: nothing is collected first.
    expect(pulled).toBeLessThanOrEqual(5);
  });
});
