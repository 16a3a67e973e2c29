import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { summarizeFlag } from "./flag-summary.ts";
import { codesAsText } from "./inline-codes.ts";
import { PO_COMMENT } from "./po-comments.ts";
import { selectPairs, statusOf } from "./select-pairs.ts";
import { toWellFormed } from "./xml-escape.ts";

/** A PO string: C escapes, and a multi-line text cut after each "\n" as gettext writes it. */
function poString(keyword: string, text: string): string {
  const escaped = toWellFormed(text).replace(/[\\"\t\r\n]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\t": "\\t", "\r": "\\r", "\n": "\\n" })[c] ?? c);
  if (!text.includes("\n") || text.indexOf("\n") === text.length - 1) return `${keyword} "${escaped}"`;
  const lines = escaped.split(/(?<=\\n)/);
  return `${keyword} ""\n${lines.map((l) => `"${l}"`).join("\n")}`;
}

/** A comment line holds no line break. */
const oneLine = (text: string) => toWellFormed(text).replace(/\r?\n|\r/g, " ");

/**
 * gettext PO: one entry per pair with English (an empty msgid is the header's). msgctxt is the
 * pair's id (or position), so two equal English sentences stay two entries. The status goes in
 * an extracted comment; unreviewed machine translation is also `fuzzy`, as PO editors expect.
 */
export function* writePo(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  yield [
    `# ${oneLine(meta.title)}`,
    `msgid ""`,
    `msgstr ""`,
    `"Project-Id-Version: ${oneLine(meta.title).replace(/["\\]/g, "")}\\n"`,
    `"MIME-Version: 1.0\\n"`,
    `"Content-Type: text/plain; charset=UTF-8\\n"`,
    `"Content-Transfer-Encoding: 8bit\\n"`,
    `"Language: ${meta.variant.replace("-", "_")}\\n"`,
    `"X-Source-Language: en\\n"`,
    `"X-Generator: Alinha ${meta.toolVersion ?? "unknown"}\\n"`,
    "",
    "",
  ].join("\n");
  for (const { pair, position } of selectPairs(pairs, meta.scope)) {
    if (pair.en === "") continue;
    const status = statusOf(pair);
    const lines: string[] = [];
    for (const note of pair.notes ?? []) lines.push(`# ${oneLine(note)}`);
    lines.push(`#. ${PO_COMMENT.status}${status}`);
    if (pair.version !== undefined) lines.push(`#. ${PO_COMMENT.version}${pair.version}`);
    for (const flag of pair.flags ?? []) lines.push(`#. ${PO_COMMENT.flag}${oneLine(summarizeFlag(flag))}`);
    if (status === "new" || status === "rejected") lines.push("#, fuzzy");
    lines.push(poString("msgctxt", pair.id ?? String(position)));
    lines.push(poString("msgid", codesAsText(pair.en, pair.codes)));
    lines.push(poString("msgstr", codesAsText(pair.pt, pair.codes)));
    yield `${lines.join("\n")}\n\n`;
  }
}
