import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { escapeHtml, escapeHtmlLines } from "./escape-html.ts";
import { summarizeFlag } from "./flag-summary.ts";
import { selectPairs, statusOf } from "./select-pairs.ts";

// Everything inline: the file is mailed, archived and printed, and must look the same offline.
const STYLE = `
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; margin: 2em; color: #111; }
h1 { font-size: 1.4em; margin: 0 0 .2em; }
.scope { color: #555; margin: 0 0 1.2em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid #ccc; padding: .35em .5em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th.n, td.n { width: 3em; color: #777; text-align: right; }
th.status, td.status { width: 6.5em; font: 9pt sans-serif; }
td.side { unicode-bidi: plaintext; }
.missing { color: #999; font-style: italic; }
ul.notes { margin: .4em 0 0; padding-left: 1.1em; font: 8.5pt sans-serif; color: #444; }
li.error { color: #a00; } li.warning { color: #a60; }
tr.junk td.side { color: #999; text-decoration: line-through; }
@media print {
  body { margin: 0; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}`;

/** No Content-Security-Policy loophole: the page may load nothing at all. */
const CSP = `default-src 'none'; style-src 'unsafe-inline'`;

/** An empty side is said in words, so an omission is never mistaken for a rendering fault. */
function cell(text: string, lang: string, missing: string, below = ""): string {
  const body = text === "" ? `<span class="missing" lang="en">${missing}</span>` : escapeHtmlLines(text);
  return `<td class="side" lang="${lang}">${body}${below}</td>`;
}

function row(pair: BitextPair, position: number, meta: BitextMeta): string {
  const items = [
    ...(pair.flags ?? []).map((f) => `<li class="${f.severity}">${escapeHtml(summarizeFlag(f))}</li>`),
    ...(pair.notes ?? []).map((n) => `<li class="comment">${escapeHtmlLines(n)}</li>`),
  ];
  const notes = items.length === 0 ? "" : `<ul class="notes">${items.join("")}</ul>`;
  const en = cell(pair.en, "en", "(no English)");
  // Notes sit under the Portuguese, the side they are about.
  const pt = cell(pair.pt, meta.variant, "(no Portuguese)", notes);
  const status = statusOf(pair);
  const classes = [`status-${status}`, ...(pair.junk === true ? ["junk"] : [])].join(" ");
  const statusCell = meta.scope === "all" ? `<td class="status">${status}</td>` : "";
  return `<tr class="${classes}"><td class="n">${position}</td>${en}${pt}${statusCell}</tr>\n`;
}

export function* writeHtml(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  const title = escapeHtml(meta.title);
  const scope = meta.scope === "all" ? "all pairs, with their status" : "approved pairs only";
  const statusHead = meta.scope === "all" ? `<th class="status">Status</th>` : "";
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${title}</title>
<style>${STYLE}
</style>
</head>
<body>
<h1>${title}</h1>
<p class="scope">English and Portuguese (${meta.variant}) side by side: ${scope}.</p>
<table>
<thead><tr><th class="n">#</th><th>English</th><th>Português (${meta.variant})</th>${statusHead}</tr></thead>
<tbody>
`;
  for (const { pair, position } of selectPairs(pairs, meta.scope)) yield row(pair, position, meta);
  yield `</tbody>
</table>
</body>
</html>
`;
}
