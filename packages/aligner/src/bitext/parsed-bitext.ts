import type { BitextPair } from "../types.ts";
import { locate, type XmlElement } from "./xml-tree.ts";

/** What an imported TMX or XLIFF file gives: its pairs, its languages and what looked wrong. */
export interface ParsedBitext {
  pairs: BitextPair[];
  /** As written in the file, e.g. "en-US". */
  srcLang: string;
  trgLang: string;
  /** Each names where it is (element path and line) and what was assumed. */
  warnings: string[];
}

/**
 * Where a streaming reader hands each pair as it reads it, in file order. The pairs of a file
 * that turns out bad further on (malformed, other languages) have been handed on by then: a
 * caller stores nothing until the reader has returned.
 */
export type PairSink = (pair: BitextPair) => void;

/** Where a warning is: the element path and its line. */
export const at = (element: XmlElement) => `${element.path} (line ${locate(element).line})`;

/** An empty pair is kept (so the pairs after it do not shift) but said, as likely a mistake. */
export function warnIfEmpty(pair: BitextPair, element: XmlElement, warnings: string[]): void {
  if (pair.en === "" && pair.pt === "") warnings.push(`${at(element)}: empty unit (no text on either side)`);
}
