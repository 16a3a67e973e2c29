import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { selectPairs } from "./select-pairs.ts";
import { toWellFormed } from "./xml-escape.ts";

// C0 controls but tab, and DEL; line breaks inside a sentence are kept.
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

/**
 * The Portuguese alone, as a reader gets it: sentences of one paragraph joined by a space,
 * paragraphs by a blank line. Junk (page furniture a reviewer marked) and omissions (no
 * Portuguese) are left out; a pair without a paragraph index stands as a paragraph of its own.
 * Control characters (other than tab) are extraction debris, never text: they are dropped too.
 */
export function* writeCleanText(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string> {
  let current: number | undefined;
  let started = false;
  for (const { pair } of selectPairs(pairs, meta.scope)) {
    const text = toWellFormed(pair.pt.trim()).replace(CONTROL, "");
    if (pair.junk === true || text === "") continue;
    const sameParagraph = started && pair.paragraph !== undefined && pair.paragraph === current;
    yield started ? (sameParagraph ? " " : "\n\n") + text : text;
    started = true;
    current = pair.paragraph;
  }
  if (started) yield "\n";
}
