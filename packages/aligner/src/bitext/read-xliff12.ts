import type { BitextPair } from "../types.ts";
import { droppedWarning, inlineText, type InlineRules } from "./inline-text.ts";
import { languageWarnings, sameLanguage } from "./languages.ts";
import { at, type ParsedBitext } from "./parsed-bitext.ts";
import { statusFromXliff12 } from "./xliff-state.ts";
import { childElements, formatError, type XmlElement } from "./xml-tree.ts";

/** XLIFF 1.2 has no element for forbidden characters; `g` and `mrk` wrap real text. */
const XLIFF12_INLINE: InlineRules = { codePoint: () => undefined, wrappers: new Set(["g", "mrk"]) };

const textOf = (el: XmlElement) => el.children.filter((c) => typeof c === "string").join("");

function* transUnitsOf(parent: XmlElement): Generator<XmlElement> {
  for (const child of parent.children) {
    if (typeof child === "string" || child.uri !== parent.uri) continue;
    if (child.name === "trans-unit") yield child;
    else if (child.name === "group") yield* transUnitsOf(child);
  }
}

export function readXliff12(root: XmlElement): ParsedBitext {
  const files = childElements(root, "file");
  const first = files[0];
  if (first === undefined) throw formatError(root, "an XLIFF file needs a <file>");
  const srcLang = first.attrs["source-language"] ?? "";
  if (srcLang === "") throw formatError(first, "an XLIFF 1.2 file needs source-language");
  const trgLang = first.attrs["target-language"] ?? "";
  const warnings = languageWarnings(srcLang, trgLang);
  const dropped = { count: 0 };
  const pairs: BitextPair[] = [];
  for (const file of files) {
    const fileSrc = file.attrs["source-language"] ?? "";
    const fileTrg = file.attrs["target-language"] ?? "";
    if (!sameLanguage(fileSrc, srcLang) || !sameLanguage(fileTrg, trgLang)) {
      warnings.push(`${at(file)}: languages ${fileSrc}→${fileTrg} differ from the first file's; read as ${srcLang}→${trgLang}`);
    }
    const body = childElements(file, "body")[0];
    if (body === undefined) throw formatError(file, "a file needs a <body>");
    for (const unit of transUnitsOf(body)) pairs.push(readTransUnit(unit, warnings, dropped));
  }
  warnings.push(...droppedWarning(dropped));
  return { pairs, srcLang, trgLang, warnings };
}

function readTransUnit(unit: XmlElement, warnings: string[], dropped: { count: number }): BitextPair {
  const source = childElements(unit, "source")[0];
  if (source === undefined) throw formatError(unit, "a trans-unit needs a <source>");
  const target = childElements(unit, "target")[0];
  let status = statusFromXliff12(unit.attrs.approved, target?.attrs.state);
  if (status === undefined) {
    warnings.push(`${at(unit)}: unknown state "${target?.attrs.state}"; read as new`);
    status = "new";
  }
  const pair: BitextPair = {
    en: inlineText(source, XLIFF12_INLINE, dropped),
    pt: target === undefined ? "" : inlineText(target, XLIFF12_INLINE, dropped),
    status,
  };
  const id = unit.attrs.resname ?? unit.attrs.id;
  if (id !== undefined) pair.id = id;
  const notes = childElements(unit, "note").map(textOf);
  if (notes.length > 0) pair.notes = notes;
  if (pair.en === "" && pair.pt === "") warnings.push(`${at(unit)}: empty unit (no text on either side)`);
  return pair;
}
