import type { BitextPair } from "../types.ts";

/** What an imported TMX or XLIFF file gives: its pairs, its languages and what looked wrong. */
export interface ParsedBitext {
  pairs: BitextPair[];
  /** As written in the file, e.g. "en-US". */
  srcLang: string;
  trgLang: string;
  /** Each names where it is (element path and line) and what was assumed. */
  warnings: string[];
}

import { locate, type XmlElement } from "./xml-tree.ts";

/** Where a warning is: the element path and its line. */
export const at = (element: XmlElement) => `${element.path} (line ${locate(element).line})`;
