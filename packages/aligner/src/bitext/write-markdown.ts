import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { escapeHtml } from "./escape-html.ts";
import { summarizeFlag } from "./flag-summary.ts";
import { selectPairs, statusOf } from "./select-pairs.ts";

/**
 * Text in a GFM table cell. Punctuation that means something to Markdown is backslash-escaped
 * first (CommonMark §2.4), then HTML is escaped (so `<b>` in a sentence stays text and the
 * backslashes are never inside an entity), and line breaks become `<br>`, the only way a
 * table row can hold one.
 */
export function escapeMarkdownCell(text: string): string {
  const literal = text.replace(/[\\`*_[\]|~#!]/g, "\\$&");
  return escapeHtml(literal, { quotes: false }).replace(/\r\n|\r|\n/g, "<br>");
}

const side = (text: string, missing: string) => (text === "" ? `*${missing}*` : escapeMarkdownCell(text));

export function* writeMarkdown(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  const all = meta.scope === "all";
  const scope = all ? "all pairs, with their status" : "approved pairs only";
  yield [
    `# ${escapeMarkdownCell(meta.title)}`,
    "",
    `English and Portuguese (${meta.variant}) side by side: ${scope}.`,
    "",
    `| # | English | Português (${meta.variant}) |${all ? " Status |" : ""} Notes |`,
    `|--:|---|---|${all ? "---|" : ""}---|`,
    "",
  ].join("\n");
  for (const { pair, position } of selectPairs(pairs, meta.scope)) {
    const notes = [...(pair.flags ?? []).map(summarizeFlag), ...(pair.notes ?? [])].map(escapeMarkdownCell).join("<br>");
    const cells = [String(position), side(pair.en, "(no English)"), side(pair.pt, "(no Portuguese)")];
    if (all) cells.push(statusOf(pair) + (pair.junk === true ? " (junk)" : ""));
    cells.push(notes);
    yield `| ${cells.join(" | ")} |\n`;
  }
}
