import type { BitextPair } from "../types.ts";
import { droppedWarning, type InlineRules } from "./inline-text.ts";
import { languageWarnings, sameLanguage } from "./languages.ts";
import { at, type ParsedBitext } from "./parsed-bitext.ts";
import { readXliffPair, unitsThroughGroups, type XliffState } from "./xliff-pair.ts";
import { statusFromXliff12 } from "./xliff-state.ts";
import { childElements, formatError, ownText, type XmlElement } from "./xml-tree.ts";

/** XLIFF 1.2 has no element for forbidden characters; `g` and `mrk` wrap real text. */
const XLIFF12_INLINE: InlineRules = { codePoint: () => undefined, wrappers: new Set(["g", "mrk"]) };

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
    for (const unit of unitsThroughGroups(body, "trans-unit")) pairs.push(readTransUnit(unit, warnings, dropped));
  }
  warnings.push(...droppedWarning(dropped));
  return { pairs, srcLang, trgLang, warnings };
}

function readTransUnit(unit: XmlElement, warnings: string[], dropped: { count: number }): BitextPair {
  const stateOf = (target: XmlElement | undefined): XliffState =>
    ({ status: statusFromXliff12(unit.attrs.approved, target?.attrs.state), state: target?.attrs.state });
  const pair = readXliffPair(unit, XLIFF12_INLINE, stateOf, warnings, dropped);
  const id = unit.attrs.resname ?? unit.attrs.id;
  if (id !== undefined) pair.id = id;
  const notes = childElements(unit, "note").map(ownText);
  if (notes.length > 0) pair.notes = notes;
  return pair;
}
