import { flagAt, type Check } from "../check.ts";
import { lines } from "../text/lines.ts";
import { isFurniture, isFurnitureHeading, isLegalNotice } from "./furniture.ts";

/** A heading of the English: a line of at most this many words. */
const MAX_HEADING_WORDS = 4;

/** A credit line: "Copyright © 2004 Michael Bach." */
const COPYRIGHT = /^\s*(?:copyright|©)/iu;

/**
 * A credit the document itself gives: the English has the same line word for word (a bibliography
 * entry's "Copyright © 2004 Michael Bach. https://…"), or a licence follows it (a man page's COPYRIGHT
 * section: "Copyright © 2010-2020 Jose E. Marchesi." then "Licença GPLv3+").
 */
const ownCredit = (line: string, en: string | undefined, next: string | undefined): boolean =>
  COPYRIGHT.test(line) && ((en !== undefined && en.includes(line.trim())) || (next !== undefined && isLegalNotice(next.split("\n")[0]!)));

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
      .filter((l) => isFurniture(l.text) && !(isFurnitureHeading(l.text) && hasHeading()) && !ownCredit(l.text, pair.en, pair.nextPt))
      .map((l) => flagAt(this, pair.pt, l.start, l.end, "This is part of the web page around the article, not of the article: leave it out.", ""));
  },
};
