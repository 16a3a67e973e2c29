import type { Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { isFurniture, isRelatedHeader } from "./furniture.ts";

/** A related-article block lists a handful of headlines; past this many it is the text again. */
const MAX_HEADLINES = 8;
/** Headlines are short. */
const MAX_HEADLINE_WORDS = 25;

/** A headline: short, and without the full stop that ends a sentence of running text. */
const isHeadline = (text: string): boolean => {
  const t = text.trim();
  return t.length > 0 && t.split(/\s+/u).length <= MAX_HEADLINE_WORDS && !/[.:;]$/u.test(t);
};

/** The headlines under "Talvez também goste", "Leia também" and the like. */
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
      if (isRelatedHeader(pair.pt)) { left = MAX_HEADLINES; return; }
      if (left === 0 || !pair.pt.trim()) return;
      // Other furniture between the headlines is the furniture check's; it does not end the block.
      if (isFurniture(pair.pt)) return;
      if (!isHeadline(pair.pt)) { left = 0; return; }
      left--;
      const start = pair.pt.search(/\S/u);
      pairFlags[k]!.push(flagAt(this, pair.pt, start, pair.pt.trimEnd().length, "A link to another article from the web page: leave it out.", ""));
    });
    return { pairFlags, documentFlags: [] };
  },
};
