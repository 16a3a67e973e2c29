import type { BitextPair } from "../types.ts";
import { CodeCollector } from "./inline-codes.ts";
import { droppedWarning, inlineText, type InlineRules } from "./inline-text.ts";
import { languageWarnings, sameLanguage } from "./languages.ts";
import type { BitextReader } from "./bitext-reader.ts";
import { at, warnIfEmpty, type PairSink } from "./parsed-bitext.ts";
import { readXliffPair, skippedWarning, untranslatable, type XliffState } from "./xliff-pair.ts";
import { statusFromXliff12 } from "./xliff-state.ts";
import { childElements, detached, formatError, ownText, unboundPrefixWarnings, type XmlElement } from "./xml-tree.ts";

/** XLIFF 1.x has no element for forbidden characters; `g` and `mrk` wrap real text. */
const XLIFF12_INLINE: InlineRules = { codePoint: () => undefined, wrappers: new Set(["g", "mrk"]) };

/** The open ancestors of a unit up to its <file> (groups, body), nearest first. */
function* ancestors(unit: XmlElement): Generator<XmlElement> {
  for (let e = unit.parent; e !== undefined; e = e.parent) yield e;
}

/**
 * Reads XLIFF 1.0, 1.1 and 1.2 (the elements Alinha reads are the same in all three), unit by
 * unit as the parser closes each <trans-unit> (bitext-reader.ts). Languages come from each
 * unit's <file>, which is still open then.
 */
export function xliff12Reader(root: XmlElement, emit?: PairSink): BitextReader {
  const pairs: BitextPair[] = [];
  const out = emit ?? ((pair: BitextPair) => void pairs.push(pair));
  const warnings: string[] = [];
  const dropped = { count: 0 };
  const skipped = { count: 0 };
  const filesSeen = new Set<XmlElement>();
  let langs: { srcLang: string; trgLang: string } | undefined;

  const languagesOf = (file: XmlElement) => {
    const srcLang = file.attrs["source-language"] ?? "";
    if (srcLang === "") throw formatError(file, "an XLIFF 1.x file needs source-language");
    return { srcLang, trgLang: file.attrs["target-language"] ?? "" };
  };
  const seeFile = (file: XmlElement) => {
    if (filesSeen.has(file)) return;
    filesSeen.add(file);
    const own = languagesOf(file);
    langs ??= own;
    if (!sameLanguage(own.srcLang, langs.srcLang) || !sameLanguage(own.trgLang, langs.trgLang)) {
      warnings.push(`${at(file)}: languages ${own.srcLang}→${own.trgLang} differ from the first file's; read as ${langs.srcLang}→${langs.trgLang}`);
    }
  };

  return {
    unitName: "trans-unit",
    unit(unit) {
      const chain = [...ancestors(unit)];
      const file = chain.find((e) => e.name === "file" && e.uri === unit.uri);
      if (file === undefined || !chain.slice(0, chain.indexOf(file)).every((e) => e.uri === unit.uri && (e.name === "body" || e.name === "group"))) return false;
      seeFile(file);
      // po2xliff writes the gettext header as a unit of its own: it is no sentence.
      if (unit.attrs.restype === "x-gettext-domain-header") return true;
      if (untranslatable(unit) || chain.some((e) => e.name === "group" && untranslatable(e))) skipped.count += 1;
      else readTransUnit(unit, warnings, dropped).forEach((pair) => out(pair));
      return true;
    },
    finish() {
      const files = childElements(root, "file");
      const first = files[0];
      if (first === undefined) throw formatError(root, "an XLIFF file needs a <file>");
      for (const file of files) {
        if (childElements(file, "body")[0] === undefined) throw formatError(file, "a file needs a <body>");
        seeFile(file);
      }
      const { srcLang, trgLang } = langs ?? languagesOf(first);
      warnings.unshift(...languageWarnings(srcLang, trgLang), ...unboundPrefixWarnings(root));
      warnings.push(...skippedWarning(skipped), ...droppedWarning(dropped));
      return { pairs, srcLang, trgLang, warnings };
    },
  };
}

function readTransUnit(unit: XmlElement, warnings: string[], dropped: { count: number }): BitextPair[] {
  const stateOf = (target: XmlElement | undefined): XliffState =>
    ({ status: statusFromXliff12(unit.attrs.approved, target?.attrs.state, target?.attrs["state-qualifier"]), state: target?.attrs.state });
  const written = unit.attrs.resname ?? unit.attrs.id;
  const id = written === undefined ? undefined : detached(written);
  const segmented = readSegments(unit, stateOf(childElements(unit, "target")[0]), warnings, dropped);
  const pairs = segmented ?? [readXliffPair(unit, XLIFF12_INLINE, stateOf, new CodeCollector("xliff12"), warnings, dropped)];
  pairs.forEach((pair, i) => {
    if (id !== undefined) pair.id = segmented === undefined ? id : `${id}/${segmented[i]?.id ?? i + 1}`;
  });
  const notes = childElements(unit, "note").filter((n) => n.attrs.from !== ALINHA_NOTE_FROM).map((n) => detached(ownText(n)));
  const first = pairs[0];
  if (notes.length > 0 && first !== undefined) first.notes = notes;
  const version = childElements(unit, "note").find((n) => n.attrs.from === ALINHA_VERSION_FROM);
  if (version !== undefined && /^\d+$/.test(ownText(version).trim()) && first !== undefined && pairs.length === 1) first.version = Number(ownText(version).trim());
  return pairs;
}

/** Notes Alinha writes and does not read back as people's notes. */
export const ALINHA_NOTE_FROM = "alinha";
export const ALINHA_VERSION_FROM = "alinha-version";

/**
 * XLIFF 1.2 §2.4 (segmentation): a <seg-source> holds the source cut into <mrk mtype="seg">,
 * and the target has the same mrks by `mid`. Each is one sentence, so one pair; the ids become
 * "unit/mid". Undefined when the unit is not segmented.
 */
function readSegments(unit: XmlElement, state: XliffState, warnings: string[], dropped: { count: number }): (BitextPair & { id: string })[] | undefined {
  const segSource = childElements(unit, "seg-source")[0];
  if (segSource === undefined) return undefined;
  const sourceMrks = segmentMarks(segSource);
  if (sourceMrks.length === 0) return undefined;
  const target = childElements(unit, "target")[0];
  const targetMrks = new Map((target === undefined ? [] : segmentMarks(target)).map((m) => [m.attrs.mid ?? "", m]));
  const codes = new CodeCollector("xliff12");
  return sourceMrks.map((mrk, i) => {
    const mid = mrk.attrs.mid ?? String(i + 1);
    const trg = targetMrks.get(mid);
    if (target !== undefined && trg === undefined) warnings.push(`${at(mrk)}: no target segment with mid "${mid}"; read as empty`);
    const pair = {
      id: mid,
      en: detached(inlineText(mrk, XLIFF12_INLINE, codes, dropped)),
      pt: trg === undefined ? "" : detached(inlineText(trg, XLIFF12_INLINE, codes, dropped)),
      status: state.status ?? "new",
    };
    warnIfEmpty(pair, mrk, warnings);
    return pair;
  }).map((pair) => (codes.codes.length > 0 ? { ...pair, codes: codes.codes } : pair));
}

/** The mrk mtype="seg" of an element, at any depth of `g` wrappers. */
function segmentMarks(element: XmlElement): XmlElement[] {
  return element.children.flatMap((c) => {
    if (typeof c === "string" || c.uri !== element.uri) return [];
    if (c.name === "mrk" && c.attrs.mtype === "seg") return [c];
    return c.name === "g" ? segmentMarks(c) : [];
  });
}
