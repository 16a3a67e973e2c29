import type { Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { lines } from "../text/lines.ts";
import { helpCrossReferences, isFurniture, isReferenceHeader, isRelatedHeader } from "./furniture.ts";

/** A related-article block lists a handful of headlines; past this many it is the text again. */
const MAX_HEADLINES = 8;
/** Headlines are short. */
const MAX_HEADLINE_WORDS = 25;

/** A headline: short, and without the full stop that ends a sentence of running text. */
const isHeadline = (text: string): boolean => text.split(/\s+/u).length <= MAX_HEADLINE_WORDS && !/[.:;]$/u.test(text);

/** A headline of the block being read: where it stands, to flag it once the block is known to be furniture. */
interface Headline {
  pair: number;
  start: number;
  end: number;
  text: string;
}

/** The headlines under "Talvez também goste", "Leia também" and the like, line by line across pairs. */
export const junkRelatedArticles: Check<"junk-related-articles"> = {
  id: "junk-related-articles",
  family: "junk",
  severity: "warning",
  name: "Related-article links",
  description: "Headlines of other articles listed under a \"related\" heading of the web page.",
  runDocument(pairs, context) {
    const pairFlags: Flag[][] = pairs.map(() => []);
    let left = 0;
    let block: Headline[] = [];
    let reference = false;
    // A block is judged whole: under a cross-reference heading ("Veja também"), titles of a help's own task pages
    // ("Conectar a uma rede sem fio", "Alterar sua senha") are the help's, with or without its English.
    const close = () => {
      if (!(reference && helpCrossReferences(block.map((h) => h.text), context.spellers.pt))) {
        for (const h of block) pairFlags[h.pair]!.push(flagAt(this, pairs[h.pair]!.pt, h.start, h.end, "A link to another article from the web page: leave it out.", ""));
      }
      block = [];
      left = 0;
    };
    pairs.forEach((pair, k) => {
      // A pair with English is the text's own, and so is a block the English lists too (a man page's "VEJA TAMBÉM").
      if (pair.en?.trim()) { close(); return; }
      for (const line of lines(pair.pt)) {
        if (isRelatedHeader(line.text)) { close(); left = MAX_HEADLINES; reference = isReferenceHeader(line.text); continue; }
        // Other furniture between the headlines is the furniture check's; it does not end the block.
        if (left === 0 || isFurniture(line.text)) continue;
        if (!isHeadline(line.text)) { close(); continue; }
        left--;
        block.push({ pair: k, start: line.start, end: line.end, text: line.text });
      }
    });
    close();
    return { pairFlags, documentFlags: [] };
  },
};
