import type { CodeCollector } from "./inline-codes.ts";
import { formatError, type XmlElement } from "./xml-tree.ts";

/** How one format marks up the text of a segment. */
export interface InlineRules {
  /** The character an element stands for, if it is that format's forbidden-character element. */
  codePoint: (element: XmlElement) => string | undefined;
  /** Elements that wrap text that belongs to the sentence (XLIFF `pc`, `g`, `mrk`; TMX `hi`). */
  wrappers: ReadonlySet<string>;
}

/** Turns the hex of a `cp`-like element back into its character; lone surrogates included. */
export function characterFromHex(element: XmlElement, hex: string): string {
  const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
  if (!(code >= 0 && code <= 0x10ffff)) throw formatError(element, `"${hex}" is not a Unicode code point`);
  return code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
}

/**
 * The text of a segment. Native codes (TMX `bpt`/`ph`, XLIFF `ph`/`sc`/`x`, …) are not words
 * of the sentence: each becomes a placeholder character (inline-codes.ts) that keeps its markup.
 * Extension elements of other namespaces are left out; `dropped` counts them so the reader can
 * say so once.
 */
export function inlineText(element: XmlElement, rules: InlineRules, codes: CodeCollector, dropped: { count: number }): string {
  let text = "";
  for (const child of element.children) {
    if (typeof child === "string") {
      text += child;
      continue;
    }
    const ours = child.uri === element.uri;
    const char = ours ? rules.codePoint(child) : undefined;
    if (char !== undefined) text += char;
    else if (ours && rules.wrappers.has(child.name)) text += inlineText(child, rules, codes, dropped);
    else {
      const placeholder = ours ? codes.placeholder(child.source.slice(child.offset, child.end)) : undefined;
      if (placeholder === undefined) dropped.count += 1;
      else text += placeholder;
    }
  }
  return text;
}

export function droppedWarning(dropped: { count: number }): string[] {
  return dropped.count === 0 ? [] : [`${dropped.count} inline element(s) of other namespaces left out of the text (extensions, not words)`];
}
