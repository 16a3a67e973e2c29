import type { BitextPair } from "../types.ts";
import { CodeCollector } from "./inline-codes.ts";
import { characterFromHex, droppedWarning, type InlineRules } from "./inline-text.ts";
import { languageWarnings } from "./languages.ts";
import type { BitextReader } from "./bitext-reader.ts";
import type { PairSink } from "./parsed-bitext.ts";
import { readXliffPair, skippedWarning, untranslatable } from "./xliff-pair.ts";
import { SUBSTATE_PREFIX, statusFromXliff2 } from "./xliff-state.ts";
import { childElements, detached, formatError, ownText, unboundPrefixWarnings, type XmlElement } from "./xml-tree.ts";

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
    .map((n) => detached(ownText(n)));
}

/** The pair's version when Alinha exported it (a note of category "alinha:version"). */
function versionOf(unit: XmlElement): number | undefined {
  const notes = childElements(unit, "notes")[0];
  const note = notes === undefined ? undefined : childElements(notes, "note").find((n) => n.attrs.category === `${SUBSTATE_PREFIX}version`);
  const text = note === undefined ? "" : ownText(note).trim();
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Reads XLIFF 2.x unit by unit, as the parser closes each <unit> (bitext-reader.ts). */
export function xliff2Reader(root: XmlElement, emit?: PairSink): BitextReader {
  const srcLang = root.attrs.srcLang;
  if (srcLang === undefined || srcLang === "") throw formatError(root, "an XLIFF 2 file needs srcLang");
  const trgLang = root.attrs.trgLang ?? "";
  const warnings: string[] = [];
  const dropped = { count: 0 };
  const skipped = { count: 0 };
  const pairs: BitextPair[] = [];
  const out = emit ?? ((pair: BitextPair) => void pairs.push(pair));
  return {
    unitName: "unit",
    unit(unit) {
      const chain: XmlElement[] = [];
      for (let e = unit.parent; e !== undefined && e !== root; e = e.parent) chain.push(e);
      if (chain.at(-1)?.name !== "file" || !chain.every((e) => e.uri === unit.uri && (e.name === "file" || e.name === "group"))) return false;
      if (untranslatable(unit) || chain.some(untranslatable)) skipped.count += 1;
      else readUnit(unit, warnings, dropped).forEach((pair) => out(pair));
      return true;
    },
    finish() {
      if (childElements(root, "file").length === 0) throw formatError(root, "an XLIFF file needs a <file>");
      warnings.unshift(...languageWarnings(srcLang, trgLang), ...unboundPrefixWarnings(root));
      warnings.push(...skippedWarning(skipped), ...droppedWarning(dropped));
      return { pairs, srcLang, trgLang, warnings };
    },
  };
}

function readUnit(unit: XmlElement, warnings: string[], dropped: { count: number }): BitextPair[] {
  const segments = childElements(unit, "segment");
  if (segments.length === 0) throw formatError(unit, "a unit needs at least one <segment>");
  const written = unit.attrs.name ?? unit.attrs.id;
  const id = written === undefined ? undefined : detached(written);
  const comments = commentsOf(unit);
  const version = versionOf(unit);
  return segments.map((segment, i) => {
    const { state, subState } = segment.attrs;
    const pair = readXliffPair(segment, XLIFF2_INLINE, () => ({ status: statusFromXliff2(state, subState), state }), new CodeCollector("xliff2"), warnings, dropped);
    // One pair per segment; a unit of several gets ids "unit/segment" so each stays findable.
    if (id !== undefined) pair.id = segments.length === 1 ? id : `${id}/${segment.attrs.id ?? i + 1}`;
    // The unit's notes go with its first segment, so none is repeated.
    if (i === 0 && comments.length > 0) pair.notes = [...comments];
    if (version !== undefined && segments.length === 1) pair.version = version;
    return pair;
  });
}
