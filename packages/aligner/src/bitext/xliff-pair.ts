import type { BitextPair, PairStatus } from "../types.ts";
import { inlineText, type InlineRules } from "./inline-text.ts";
import { at, warnIfEmpty } from "./parsed-bitext.ts";
import { childElements, formatError, type XmlElement } from "./xml-tree.ts";

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
  warnings: string[],
  dropped: { count: number },
): BitextPair {
  const source = childElements(holder, "source")[0];
  if (source === undefined) throw formatError(holder, `a ${holder.name} needs a <source>`);
  const target = childElements(holder, "target")[0];
  const { status, state } = stateOf(target);
  if (status === undefined) warnings.push(`${at(holder)}: unknown state "${state}"; read as new`);
  const pair: BitextPair = {
    en: inlineText(source, rules, dropped),
    pt: target === undefined ? "" : inlineText(target, rules, dropped),
    status: status ?? "new",
  };
  warnIfEmpty(pair, holder, warnings);
  return pair;
}

/** Units (1.2 trans-units, 2 units) in document order, through any depth of groups. */
export function* unitsThroughGroups(parent: XmlElement, unitName: string): Generator<XmlElement> {
  for (const child of parent.children) {
    if (typeof child === "string" || child.uri !== parent.uri) continue;
    if (child.name === unitName) yield child;
    else if (child.name === "group") yield* unitsThroughGroups(child, unitName);
  }
}
