import type { Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { lines } from "../text/lines.ts";
import { isFurniture, isRelatedHeader } from "./furniture.ts";

/** A related-article block lists a handful of headlines; past this many it is the text again. */
const MAX_HEADLINES = 8;
/** Headlines are short. */
const MAX_HEADLINE_WORDS = 25;

/** A headline: short, and without the full stop that ends a sentence of running text. */
const isHeadline = (text: string): boolean => text.split(/\s+/u).length <= MAX_HEADLINE_WORDS && !/[.:;]$/u.test(text);

/** The headlines under "Talvez também goste", "Leia também" and the like, line by line across pairs. */
export const junkRelatedArticles: Check<"junk-related-articles"> = {
  id: "junk-related-articles",
  family: "junk",
  severity: "warning",
  name: "Related-article links",
  description: "Headlines of other articles listed under a \"related\" heading of the web page.",
  runDocument(pairs) {
    const pairFlags: Flag[][] = pairs.map(() => []);
    let left = 0;
    pairs.forEach((pair, k) => {
      // A pair with English is the text's own, and so is a block the English lists too (a man page's "VEJA TAMBÉM").
      if (pair.en?.trim()) { left = 0; return; }
      for (const line of lines(pair.pt)) {
        if (isRelatedHeader(line.text)) { left = MAX_HEADLINES; continue; }
        // Other furniture between the headlines is the furniture check's; it does not end the block.
        if (left === 0 || isFurniture(line.text)) continue;
        if (!isHeadline(line.text)) { left = 0; continue; }
        left--;
        pairFlags[k]!.push(flagAt(this, pair.pt, line.start, line.end, "A link to another article from the web page: leave it out.", ""));
      }
    });
    return { pairFlags, documentFlags: [] };
  },
};
