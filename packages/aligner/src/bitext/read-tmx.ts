import type { BitextPair } from "../types.ts";
import type { BitextReader } from "./bitext-reader.ts";
import { attachCodes, CodeCollector } from "./inline-codes.ts";
import { droppedWarning, inlineText, characterFromHex, type InlineRules } from "./inline-text.ts";
import { languageWarnings, sameLanguage } from "./languages.ts";
import { at, warnIfEmpty, type PairSink } from "./parsed-bitext.ts";
import { parseTmxDate } from "./tmx-date.ts";
import { TMX_CODE_POINT_TYPE, TMX_PROP } from "./write-tmx.ts";
import { isPairStatus } from "./xliff-state.ts";
import { childElements, detached, formatError, ownText, unboundPrefixWarnings, type XmlElement } from "./xml-tree.ts";

const TMX_INLINE: InlineRules = {
  codePoint: (el) => {
    if (el.name !== "ph" || el.attrs.type !== TMX_CODE_POINT_TYPE) return undefined;
    return characterFromHex(el, el.children.filter((c) => typeof c === "string").join("").trim());
  },
  wrappers: new Set(["hi"]),
};

// TMX 1.1 and 1.2 wrote `lang`; 1.3 on write `xml:lang`.
const langOf = (tuv: XmlElement) => tuv.attrs["xml:lang"] ?? tuv.attrs.lang;

/**
 * Reads a TMX file unit by unit as the parser closes each <tu> (see bitext-reader.ts). The
 * source language is the header's; the target is the first other language met in the body
 * (TMX has no trgLang of its own).
 */
export function tmxReader(root: XmlElement, emit?: PairSink): BitextReader {
  const pairs: BitextPair[] = [];
  const out = emit ?? ((pair: BitextPair) => void pairs.push(pair));
  const warnings: string[] = [];
  const dropped = { count: 0 };
  let srcLang: string | undefined;
  let trgLang = "";
  // Units met before any tuv named the target language wait (kept in the tree) until one does.
  const waiting: XmlElement[] = [];
  const read = (tu: XmlElement) => out(readTu(tu, srcLang!, trgLang, warnings, dropped));

  const start = (tu: XmlElement): string => {
    const header = childElements(root, "header")[0];
    if (header === undefined) throw formatError(root, "a TMX file needs a <header>");
    const declared = header.attrs.srclang ?? "";
    if (declared === "") throw formatError(header, "the header has no srclang");
    // "*all*" (§3.1) means any tuv may be the source: take English when there is some.
    if (declared !== "*all*") return declared;
    return childElements(tu, "tuv").map(langOf).find((l) => l?.toLowerCase().startsWith("en")) ?? "en";
  };

  return {
    unitName: "tu",
    unit(tu) {
      if (tu.parent?.name !== "body") return false;
      srcLang ??= start(tu);
      if (trgLang === "") trgLang = childElements(tu, "tuv").map(langOf).find((l) => l !== undefined && !sameLanguage(l, srcLang!)) ?? "";
      if (trgLang === "") {
        waiting.push(tu);
        return false;
      }
      waiting.splice(0).forEach(read);
      read(tu);
      return true;
    },
    finish() {
      if (childElements(root, "header")[0] === undefined) throw formatError(root, "a TMX file needs a <header>");
      if (childElements(root, "body")[0] === undefined) throw formatError(root, "a TMX file needs a <body>");
      srcLang ??= start(root);
      waiting.splice(0).forEach(read);
      warnings.unshift(...languageWarnings(srcLang, trgLang), ...unboundPrefixWarnings(root));
      warnings.push(...droppedWarning(dropped));
      return { pairs, srcLang, trgLang, warnings };
    },
  };
}

function readTu(tu: XmlElement, srcLang: string, trgLang: string, warnings: string[], dropped: { count: number }): BitextPair {
  let en: string | undefined;
  let pt: string | undefined;
  let codes: CodeCollector | undefined;
  const pair: BitextPair = { en: "", pt: "", status: "new" };
  // Over the unit's children without an array of each kind per unit; warnings in the order of
  // the variants, the unit's attributes, then its props.
  for (const el of tu.children) {
    if (typeof el === "string" || el.uri !== tu.uri) continue;
    if (el.name === "tuv") {
      const lang = langOf(el);
      if (lang === undefined) throw formatError(el, "a tuv needs xml:lang");
      const seg = firstChild(el, "seg");
      if (seg === undefined) throw formatError(el, "a tuv needs a <seg>");
      const side = sameLanguage(lang, srcLang) ? "en" : sameLanguage(lang, trgLang) ? "pt" : undefined;
      if (side === undefined) warnings.push(`${at(el)}: language "${lang}" is neither source nor target; left out`);
      else if ((side === "en" ? en : pt) !== undefined) warnings.push(`${at(el)}: a second "${lang}" variant; left out`);
      else {
        codes ??= new CodeCollector("tmx");
        const text = detached(inlineText(seg, TMX_INLINE, codes, dropped));
        if (side === "en") en = text;
        else pt = text;
      }
    }
  }
  pair.en = en ?? "";
  pair.pt = pt ?? "";
  if (en === undefined || pt === undefined) {
    const missing = [en === undefined ? srcLang : "", pt === undefined ? trgLang : ""].filter(Boolean);
    warnings.push(`${at(tu)}: no ${missing.join(" or ")} variant; read as empty`);
  }
  if (codes !== undefined) attachCodes(pair, codes);
  warnIfEmpty(pair, tu, warnings);
  readAttributes(tu, pair, warnings);
  for (const el of tu.children) {
    if (typeof el === "string" || el.uri !== tu.uri) continue;
    if (el.name === "note") (pair.notes ??= []).push(detached(ownText(el)));
    else if (el.name === "prop") readProp(el, pair, warnings);
  }
  return pair;
}

/** The first child element of that name in its parent's namespace. */
function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  for (const c of parent.children) if (typeof c !== "string" && c.name === name && c.uri === parent.uri) return c;
  return undefined;
}

function readAttributes(tu: XmlElement, pair: BitextPair, warnings: string[]): void {
  const { tuid, creationdate, changedate, creationid, changeid } = tu.attrs;
  if (tuid !== undefined) pair.id = detached(tuid);
  if (creationid !== undefined) pair.createdBy = detached(creationid);
  if (changeid !== undefined) pair.changedBy = detached(changeid);
  if (creationdate !== undefined) readDate(tu, "creationdate", creationdate, (d) => (pair.createdAt = d), warnings);
  if (changedate !== undefined) readDate(tu, "changedate", changedate, (d) => (pair.changedAt = d), warnings);
}

function readDate(tu: XmlElement, name: string, value: string, set: (date: Date) => void, warnings: string[]): void {
  const date = parseTmxDate(value);
  if (date === undefined) warnings.push(`${at(tu)}: ${name} "${value}" is not YYYYMMDDThhmmssZ; ignored`);
  else set(date);
}

function readProp(prop: XmlElement, pair: BitextPair, warnings: string[]): void {
  const value = ownText(prop);
  switch (prop.attrs.type) {
    case TMX_PROP.status:
      if (isPairStatus(value)) pair.status = value;
      else warnings.push(`${at(prop)}: unknown status "${value}"; read as new`);
      break;
    case TMX_PROP.paragraph:
      if (/^\d+$/.test(value)) pair.paragraph = Number(value);
      break;
    case TMX_PROP.junk:
      pair.junk = value === "yes";
      break;
    case TMX_PROP.version:
      if (/^\d+$/.test(value)) pair.version = Number(value);
      break;
  }
}
