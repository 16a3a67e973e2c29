import { flagAt, type Check } from "../check.ts";

// A line that only credits a source: "*[Source](#).", "*Fonte: [Bloomberg](#)", "Source: Reuters".
const SOURCE_LINE = /^\s*\*?\s*(?:\[(?:source|fonte)\]\([^)]*\)\.?|(?:source|fonte)\s*:\s*\[[^\]]*\]\([^)]*\)\.?)\s*$/iu;
const STRAY_STAR = /^\s*\*(?=[\[\p{L}])/u;

/** A source credit copied with its asterisk and link syntax. */
export const markupSourceStub: Check<"markup-source-stub"> = {
  id: "markup-source-stub",
  family: "markup",
  severity: "warning",
  name: "Source stub",
  description: "A footnote-style source credit from the web page, with its asterisk and link syntax.",
  run(pair) {
    const m = SOURCE_LINE.exec(pair.pt) ?? (STRAY_STAR.test(pair.pt) && !/\*[^*]*\*/u.test(pair.pt) ? STRAY_STAR.exec(pair.pt) : null);
    if (!m) return [];
    const start = pair.pt.search(/\S/u);
    const end = pair.pt.trimEnd().length;
    const clean = pair.pt.slice(start, end).replace(/^\*\s*/u, "").replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1");
    // A bare "[Source](#)" credits nothing once the link is gone: the whole line goes.
    const suggestion = /^(source|fonte)\.?$/iu.test(clean.trim()) ? "" : clean;
    return [flagAt(this, pair.pt, start, end, "A source credit copied from the web page with its markup: clean it or remove it.", suggestion)];
  },
};
