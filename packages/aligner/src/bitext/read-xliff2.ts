import type { BitextPair } from "../types.ts";
import { characterFromHex, droppedWarning, inlineText, type InlineRules } from "./inline-text.ts";
import { languageWarnings } from "./languages.ts";
import { at, type ParsedBitext } from "./parsed-bitext.ts";
import { SUBSTATE_PREFIX, statusFromXliff2 } from "./xliff-state.ts";
import { childElements, formatError, type XmlElement } from "./xml-tree.ts";

const XLIFF2_INLINE: InlineRules = {
  codePoint: (el) => (el.name === "cp" ? characterFromHex(el, el.attrs.hex ?? "") : undefined),
  wrappers: new Set(["pc", "mrk"]),
};

const textOf = (el: XmlElement) => el.children.filter((c) => typeof c === "string").join("");

/** Units in document order, through any depth of groups (§4.2.2.3). */
function* unitsOf(parent: XmlElement): Generator<XmlElement> {
  for (const child of parent.children) {
    if (typeof child === "string" || child.uri !== parent.uri) continue;
    if (child.name === "unit") yield child;
    else if (child.name === "group") yield* unitsOf(child);
  }
}

/** People's notes; Alinha's own (flags, shape, status) are derived from the pair and not read back. */
function commentsOf(unit: XmlElement): string[] {
  const notes = childElements(unit, "notes")[0];
  if (notes === undefined) return [];
  return childElements(notes, "note")
    .filter((n) => !(n.attrs.category ?? "").startsWith(SUBSTATE_PREFIX))
    .map(textOf);
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
    for (const unit of unitsOf(file)) pairs.push(...readUnit(unit, warnings, dropped));
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
    const source = childElements(segment, "source")[0];
    if (source === undefined) throw formatError(segment, "a segment needs a <source>");
    const target = childElements(segment, "target")[0];
    const { state, subState } = segment.attrs;
    let status = statusFromXliff2(state, subState);
    if (status === undefined) {
      warnings.push(`${at(segment)}: unknown state "${state}"; read as new`);
      status = "new";
    }
    const pair: BitextPair = {
      en: inlineText(source, XLIFF2_INLINE, dropped),
      pt: target === undefined ? "" : inlineText(target, XLIFF2_INLINE, dropped),
      status,
    };
    // One pair per segment; a unit of several gets ids "unit/segment" so each stays findable.
    if (id !== undefined) pair.id = segments.length === 1 ? id : `${id}/${segment.attrs.id ?? i + 1}`;
    // The unit's notes go with its first segment, so none is repeated.
    if (i === 0 && comments.length > 0) pair.notes = comments;
    if (pair.en === "" && pair.pt === "") warnings.push(`${at(segment)}: empty unit (no text on either side)`);
    return pair;
  });
}
