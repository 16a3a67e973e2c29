import type { BitextPair } from "../types.ts";
import { characterFromHex, droppedWarning, type InlineRules } from "./inline-text.ts";
import { languageWarnings } from "./languages.ts";
import type { ParsedBitext } from "./parsed-bitext.ts";
import { readXliffPair, unitsThroughGroups } from "./xliff-pair.ts";
import { SUBSTATE_PREFIX, statusFromXliff2 } from "./xliff-state.ts";
import { childElements, formatError, ownText, type XmlElement } from "./xml-tree.ts";

const XLIFF2_INLINE: InlineRules = {
  codePoint: (el) => (el.name === "cp" ? characterFromHex(el, el.attrs.hex ?? "") : undefined),
  wrappers: new Set(["pc", "mrk"]),
};

/** People's notes; Alinha's own (flags, shape, status) are derived from the pair and not read back. */
function commentsOf(unit: XmlElement): string[] {
  const notes = childElements(unit, "notes")[0];
  if (notes === undefined) return [];
  return childElements(notes, "note")
    .filter((n) => !(n.attrs.category ?? "").startsWith(SUBSTATE_PREFIX))
    .map(ownText);
}

export function readXliff2(root: XmlElement): ParsedBitext {
  const srcLang = root.attrs.srcLang;
  if (srcLang === undefined || srcLang === "") throw formatError(root, "an XLIFF 2 file needs srcLang");
  const trgLang = root.attrs.trgLang ?? "";
  const warnings = languageWarnings(srcLang, trgLang);
  const dropped = { count: 0 };
  const pairs: BitextPair[] = [];
  const files = childElements(root, "file");
  if (files.length === 0) throw formatError(root, "an XLIFF file needs a <file>");
  for (const file of files) {
    for (const unit of unitsThroughGroups(file, "unit")) pairs.push(...readUnit(unit, warnings, dropped));
  }
  warnings.push(...droppedWarning(dropped));
  return { pairs, srcLang, trgLang, warnings };
}

function readUnit(unit: XmlElement, warnings: string[], dropped: { count: number }): BitextPair[] {
  const segments = childElements(unit, "segment");
  if (segments.length === 0) throw formatError(unit, "a unit needs at least one <segment>");
  const id = unit.attrs.name ?? unit.attrs.id;
  const comments = commentsOf(unit);
  return segments.map((segment, i) => {
    const { state, subState } = segment.attrs;
    const pair = readXliffPair(segment, XLIFF2_INLINE, () => ({ status: statusFromXliff2(state, subState), state }), warnings, dropped);
    // One pair per segment; a unit of several gets ids "unit/segment" so each stays findable.
    if (id !== undefined) pair.id = segments.length === 1 ? id : `${id}/${segment.attrs.id ?? i + 1}`;
    // The unit's notes go with its first segment, so none is repeated.
    if (i === 0 && comments.length > 0) pair.notes = comments;
    return pair;
  });
}
