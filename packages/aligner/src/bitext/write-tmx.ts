import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { summarizeFlag } from "./flag-summary.ts";
import { selectPairs, shapeOf, statusOf } from "./select-pairs.ts";
import { restoreCodes } from "./inline-codes.ts";
import { formatTmxDate } from "./tmx-date.ts";
import { escapeXmlAttribute, escapeXmlText } from "./xml-escape.ts";

/**
 * TMX 1.4b has no element for a character XML forbids, so it gets an inline placeholder whose
 * type (user-defined, "x-" per §3.7) tells our reader to turn the hex back into the character.
 */
export const TMX_CODE_POINT_TYPE = "x-alinha-cp";
const codePointPh = (hex: string) => `<ph type="${TMX_CODE_POINT_TYPE}">${hex}</ph>`;
// `prop` and `note` are #PCDATA only: no placeholder fits there.
const replacementChar = () => "\uFFFD";

/** The prop types Alinha writes; the reader knows them by the same names. */
export const TMX_PROP = {
  title: "x-alinha-title",
  scope: "x-alinha-scope",
  status: "x-alinha-status",
  flag: "x-alinha-flag",
  shape: "x-alinha-shape",
  position: "x-alinha-position",
  paragraph: "x-alinha-paragraph",
  junk: "x-alinha-junk",
  version: "x-alinha-version",
} as const;

const prop = (type: string, value: string) => `<prop type="${type}">${escapeXmlText(value, replacementChar)}</prop>`;

function attributes(pair: BitextPair): string {
  const attrs: [string, string | undefined][] = [
    ["tuid", pair.id],
    ["creationdate", pair.createdAt && formatTmxDate(pair.createdAt)],
    ["creationid", pair.createdBy],
    ["changedate", pair.changedAt && formatTmxDate(pair.changedAt)],
    ["changeid", pair.changedBy],
  ];
  return attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join("");
}

function tu(pair: BitextPair, position: number, meta: BitextMeta): string {
  const lines = [`    <tu${attributes(pair)}>`];
  // The DTD orders a tu as (note|prop)*, tuv+.
  for (const note of pair.notes ?? []) lines.push(`      <note>${escapeXmlText(note, replacementChar)}</note>`);
  lines.push(`      ${prop(TMX_PROP.status, statusOf(pair))}`);
  lines.push(`      ${prop(TMX_PROP.position, String(position))}`);
  const shape = shapeOf(pair);
  if (shape !== "both") lines.push(`      ${prop(TMX_PROP.shape, shape)}`);
  if (pair.paragraph !== undefined) lines.push(`      ${prop(TMX_PROP.paragraph, String(pair.paragraph))}`);
  if (pair.junk === true) lines.push(`      ${prop(TMX_PROP.junk, "yes")}`);
  if (pair.version !== undefined) lines.push(`      ${prop(TMX_PROP.version, String(pair.version))}`);
  for (const flag of pair.flags ?? []) lines.push(`      ${prop(TMX_PROP.flag, summarizeFlag(flag))}`);
  // Both tuvs always, an empty seg for the missing side: an omission stays visible in place.
  lines.push(`      <tuv xml:lang="en"><seg>${restoreCodes(escapeXmlText(pair.en, codePointPh), pair.codes, "tmx")}</seg></tuv>`);
  lines.push(`      <tuv xml:lang="${meta.variant}"><seg>${restoreCodes(escapeXmlText(pair.pt, codePointPh), pair.codes, "tmx")}</seg></tuv>`);
  lines.push("    </tu>\n");
  return lines.join("\n");
}

export function* writeTmx(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  const created = meta.createdAt === undefined ? "" : ` creationdate="${formatTmxDate(meta.createdAt)}"`;
  yield [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tmx version="1.4">`,
    `  <header creationtool="Alinha" creationtoolversion="${escapeXmlAttribute(meta.toolVersion ?? "unknown")}"` +
      ` segtype="sentence" o-tmf="Alinha" adminlang="en" srclang="en" datatype="plaintext"${created}>`,
    `    ${prop(TMX_PROP.title, meta.title)}`,
    `    ${prop(TMX_PROP.scope, meta.scope)}`,
    `  </header>`,
    `  <body>\n`,
  ].join("\n");
  for (const { pair, position } of selectPairs(pairs, meta.scope)) yield tu(pair, position, meta);
  yield `  </body>\n</tmx>\n`;
}
