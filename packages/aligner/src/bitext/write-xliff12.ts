import type { BitextPair, PairStatus } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { summarizeFlag } from "./flag-summary.ts";
import { restoreCodes } from "./inline-codes.ts";
import { ALINHA_NOTE_FROM, ALINHA_VERSION_FROM } from "./read-xliff12.ts";
import { selectPairs, shapeOf, statusOf } from "./select-pairs.ts";
import { SUBSTATE_PREFIX } from "./xliff-state.ts";
import { escapeXmlAttribute, escapeXmlText } from "./xml-escape.ts";

export const XLIFF12_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

/**
 * XLIFF 1.2 (what translate-toolkit, Okapi and most CAT tools read). Its predefined target
 * states (§2.6) carry the meaning another tool understands; `approved="yes"` marks an approved
 * pair; our own status travels as a user-defined state only where the predefined one would
 * lose it ("x-alinha:rejected"), read back by `statusFromXliff12`.
 */
const STATE: Record<PairStatus, string> = {
  new: "needs-review-translation",
  edited: "translated",
  confirmed: "signed-off",
  approved: "final",
  rejected: `x-${SUBSTATE_PREFIX}rejected`,
};

// XLIFF 1.2 has no element for a character XML forbids: it becomes U+FFFD, said in a note.
const replacementChar = () => "\uFFFD";

const note = (text: string, attrs: string) => `<note${attrs}>${escapeXmlText(text, replacementChar)}</note>`;

function transUnit(pair: BitextPair, position: number): string {
  const status = statusOf(pair);
  const escape = (text: string) => restoreCodes(escapeXmlText(text, replacementChar), pair.codes, "xliff12");
  const approved = status === "approved" ? ` approved="yes"` : "";
  const resname = pair.id === undefined ? "" : ` resname="${escapeXmlAttribute(pair.id)}"`;
  // xml:space="preserve" (§2.5.2): a sentence's spaces and line breaks are part of it.
  const lines = [
    `      <trans-unit id="u${position}"${resname}${approved} xml:space="preserve">`,
    `        <source>${escape(pair.en)}</source>`,
    `        <target state="${STATE[status]}"${status === "new" ? ` state-qualifier="mt-suggestion"` : ""}>${escape(pair.pt)}</target>`,
  ];
  for (const comment of pair.notes ?? []) lines.push(`        ${note(comment, "")}`);
  const shape = shapeOf(pair);
  if (shape !== "both") lines.push(`        ${note(`${shape}: one side has no text`, ` from="${ALINHA_NOTE_FROM}"`)}`);
  for (const flag of pair.flags ?? []) {
    lines.push(`        ${note(summarizeFlag(flag), ` from="${ALINHA_NOTE_FROM}" annotates="target" priority="${flag.severity === "error" ? 1 : flag.severity === "warning" ? 5 : 9}"`)}`);
  }
  if (pair.version !== undefined) lines.push(`        ${note(String(pair.version), ` from="${ALINHA_VERSION_FROM}" annotates="general"`)}`);
  lines.push("      </trans-unit>\n");
  return lines.join("\n");
}

export function* writeXliff12(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  yield [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff version="1.2" xmlns="${XLIFF12_NAMESPACE}">`,
    `  <file original="${escapeXmlAttribute(meta.title)}" source-language="en" target-language="${meta.variant}" datatype="plaintext"` +
      ` tool-id="alinha">`,
    `    <header><tool tool-id="alinha" tool-name="Alinha" tool-version="${escapeXmlAttribute(meta.toolVersion ?? "unknown")}"/></header>`,
    `    <body>\n`,
  ].join("\n");
  for (const { pair, position } of selectPairs(pairs, meta.scope)) yield transUnit(pair, position);
  yield `    </body>\n  </file>\n</xliff>\n`;
}
