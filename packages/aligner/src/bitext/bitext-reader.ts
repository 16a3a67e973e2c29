import type { ParsedBitext } from "./parsed-bitext.ts";
import type { XmlElement } from "./xml-tree.ts";

/**
 * How a TMX or XLIFF reader meets its file: each unit as the parser closes it (`unit` reads it
 * into pairs and returns true to let the parser drop it, or false when the element is not a
 * unit of the format there, e.g. a `unit` inside an extension), then the rest of the tree,
 * without its units, once the file is read (`finish`). A reader given a `PairSink` hands each
 * pair to it as it reads it, and `finish` returns no pairs.
 */
export interface BitextReader {
  unitName: string;
  unit(element: XmlElement): boolean;
  finish(): ParsedBitext;
}
