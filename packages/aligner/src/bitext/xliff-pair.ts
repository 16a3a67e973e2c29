import type { BitextPair, PairStatus } from "../types.ts";
import { attachCodes, type CodeCollector } from "./inline-codes.ts";
import { inlineText, type InlineRules } from "./inline-text.ts";
import { at, warnIfEmpty } from "./parsed-bitext.ts";
import { childElements, detached, formatError, type XmlElement } from "./xml-tree.ts";

/** The state a file gives a pair: what it reads as, and the attribute's text for a warning. */
export interface XliffState {
  status: PairStatus | undefined;
  state: string | undefined;
}

/**
 * The pair an XLIFF 1.2 <trans-unit> or an XLIFF 2 <segment> holds: both put a <source> and an
 * optional <target> in it, and differ only in their inline elements and where the state is.
 * An unknown state is read as new (with a warning) rather than refused: other tools invent states.
 */
export function readXliffPair(
  holder: XmlElement,
  rules: InlineRules,
  stateOf: (target: XmlElement | undefined) => XliffState,
  codes: CodeCollector,
  warnings: string[],
  dropped: { count: number },
): BitextPair {
  const source = childElements(holder, "source")[0];
  if (source === undefined) throw formatError(holder, `a ${holder.name} needs a <source>`);
  const target = childElements(holder, "target")[0];
  const { status, state } = stateOf(target);
  if (status === undefined) warnings.push(`${at(holder)}: unknown state "${state}"; read as new`);
  const pair: BitextPair = {
    en: detached(inlineText(source, rules, codes, dropped)),
    pt: target === undefined ? "" : detached(inlineText(target, rules, codes, dropped)),
    status: status ?? "new",
  };
  attachCodes(pair, codes);
  warnIfEmpty(pair, holder, warnings);
  return pair;
}

/** `translate="no"` (XLIFF 1.2 §2.5.2 and 2.0 §4.3.1.37): text for the tool, not for translators. */
export const untranslatable = (element: XmlElement) => element.attrs.translate === "no";

/**
 * Units (1.2 trans-units, 2 units) in document order, through any depth of groups. Units and
 * groups marked translate="no" are counted in `skipped`, not yielded.
 */
export function* unitsThroughGroups(parent: XmlElement, unitName: string, skipped: { count: number }): Generator<XmlElement> {
  for (const child of parent.children) {
    if (typeof child === "string" || child.uri !== parent.uri) continue;
    if (child.name !== unitName && child.name !== "group") continue;
    // po2xliff writes the gettext header as a unit of its own: it is no sentence.
    if (child.attrs.restype === "x-gettext-domain-header") continue;
    if (untranslatable(child)) skipped.count += child.name === unitName ? 1 : [...unitsThroughGroups(child, unitName, { count: 0 })].length;
    else if (child.name === unitName) yield child;
    else yield* unitsThroughGroups(child, unitName, skipped);
  }
}

export function skippedWarning(skipped: { count: number }): string[] {
  return skipped.count === 0 ? [] : [`${skipped.count} unit(s) marked translate="no" left out`];
}
