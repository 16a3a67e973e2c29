import { flagAt, type Check } from "../check.ts";
import { lines } from "../text/lines.ts";
import { isFurniture, isFurnitureHeading } from "./furniture.ts";

/** A heading of the English: a line of at most this many words. */
const MAX_HEADING_WORDS = 4;

/** Page furniture copied with the article: menus, "Populares", share buttons, disclaimers. */
export const junkFurniture: Check<"junk-furniture"> = {
  id: "junk-furniture",
  family: "junk",
  severity: "warning",
  name: "Page furniture",
  description: "A menu item, section label, share button or disclaimer of the web page, not part of the text.",
  run(pair) {
    // Furniture is what the web page added around the text: a heading the English has too is the text's own ("VEJA TAMBÉM" for "SEE ALSO").
    // It is the text's own only where the English has a heading to match it: a furniture line the aligner
    // joined to a paragraph ("Compartilhe este artigo:" above a paragraph whose English is the paragraph alone) is not.
    let englishHeading: boolean | undefined;
    const hasHeading = (): boolean => (englishHeading ??= Boolean(pair.en?.trim()) && lines(pair.en!).some((l) => l.text.trim().split(/\s+/u).length <= MAX_HEADING_WORDS));
    return lines(pair.pt)
      .filter((l) => isFurniture(l.text) && !(isFurnitureHeading(l.text) && hasHeading()))
      .map((l) => flagAt(this, pair.pt, l.start, l.end, "This is part of the web page around the article, not of the article: leave it out.", ""));
  },
};
