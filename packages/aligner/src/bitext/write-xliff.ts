import type { BitextPair, Severity } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { annotate } from "./flag-spans.ts";
import { summarizeFlag } from "./flag-summary.ts";
import { restoreCodes } from "./inline-codes.ts";
import { selectPairs, shapeOf, statusOf } from "./select-pairs.ts";
import { SUBSTATE_PREFIX, XLIFF2_STATE } from "./xliff-state.ts";
import { escapeXmlAttribute, escapeXmlText } from "./xml-escape.ts";

export const XLIFF2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

/** XLIFF 2.0 §4.2.2.13 `cp`: the core's own way to carry a character XML forbids. */
const codePointCp = (hex: string) => `<cp hex="${hex}"/>`;
// A note is plain text (no inline elements), so there a forbidden character is replaced.
const replacementChar = () => "\uFFFD";

/** Note categories Alinha writes; the reader skips them, since they are derived from the pair. */
export const NOTE_CATEGORY = {
  comment: "comment",
  flag: `${SUBSTATE_PREFIX}flag`,
  status: `${SUBSTATE_PREFIX}status`,
  shape: `${SUBSTATE_PREFIX}shape`,
  version: `${SUBSTATE_PREFIX}version`,
} as const;

/** Note priority runs from 1 (most important) to 10 (§4.3.1.34). */
const PRIORITY: Record<Severity, number> = { error: 1, warning: 5, info: 9 };

const SHAPE_NOTE = {
  omission: "omission: the Portuguese has nothing for this English",
  addition: "addition: the Portuguese adds this with no English",
  empty: "empty: neither side has text",
} as const;

const note = (category: string, text: string, extra = "") =>
  `<note category="${category}"${extra}>${escapeXmlText(text, replacementChar)}</note>`;

function unit(pair: BitextPair, position: number): string {
  const notes: string[] = [];
  for (const comment of pair.notes ?? []) notes.push(note(NOTE_CATEGORY.comment, comment));
  const status = statusOf(pair);
  if (status === "rejected") notes.push(note(NOTE_CATEGORY.status, "rejected by a reviewer: translate again"));
  const shape = shapeOf(pair);
  if (shape !== "both") notes.push(note(NOTE_CATEGORY.shape, SHAPE_NOTE[shape]));
  if (pair.version !== undefined) notes.push(note(NOTE_CATEGORY.version, String(pair.version)));
  // Each flag's note has an id, which the comment annotation over its span points at (§4.7.2.2).
  (pair.flags ?? []).forEach((flag, k) => {
    notes.push(note(NOTE_CATEGORY.flag, summarizeFlag(flag), ` id="f${k + 1}" appliesTo="target" priority="${PRIORITY[flag.severity]}"`));
  });
  const escape = (piece: string) => restoreCodes(escapeXmlText(piece, codePointCp), pair.codes, "xliff2");
  // Unit ids must be NMTOKENs (§4.3.1.5); a pair id may hold anything, so it travels as `name`.
  const name = pair.id === undefined ? "" : ` name="${escapeXmlAttribute(pair.id)}"`;
  const lines = [`    <unit id="u${position}"${name}>`];
  if (notes.length > 0) lines.push("      <notes>", ...notes.map((n) => `        ${n}`), "      </notes>");
  lines.push(
    `      <segment state="${XLIFF2_STATE[status]}" subState="${SUBSTATE_PREFIX}${status}">`,
    `        <source>${escapeXmlText(pair.en, codePointCp)}</source>`,
    // An empty target rather than none: the pair is aligned to nothing, not untranslated.
    `        <target>${annotate(pair.pt, pair.flags, escape, (k) => `<mrk id="m${k + 1}" type="comment" ref="#n=f${k + 1}">`, "</mrk>")}</target>`,
    "      </segment>",
    "    </unit>\n",
  );
  return lines.join("\n");
}

export function* writeXliff(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  yield [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLIFF2_NAMESPACE}" version="2.0" srcLang="en" trgLang="${meta.variant}">`,
    // Whitespace in a sentence is text: say so, so no reader collapses it (XML 1.0 §2.10).
    `  <file id="f1" original="${escapeXmlAttribute(meta.title)}" xml:space="preserve">`,
    `    <notes>`,
    `      ${note(`${SUBSTATE_PREFIX}scope`, meta.scope)}`,
    `      ${note(`${SUBSTATE_PREFIX}tool`, `Alinha ${meta.toolVersion ?? "unknown"}`)}`,
    `    </notes>\n`,
  ].join("\n");
  let units = 0;
  for (const { pair, position } of selectPairs(pairs, meta.scope)) {
    units += 1;
    yield unit(pair, position);
  }
  // A file must hold at least one unit or group (§4.2.2.2); an empty group says "nothing to export".
  if (units === 0) yield `    <group id="empty"/>\n`;
  yield `  </file>\n</xliff>\n`;
}
