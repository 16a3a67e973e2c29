import { flagAt, type Check } from "../check.ts";
import { lines, type Line } from "../text/lines.ts";
import type { Speller } from "../../types.ts";
import { isFurniture, isFurnitureHeading, isLegalNotice, isReferenceHeader, namesATask } from "./furniture.ts";

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

/** A word of a line as compared across the languages: a number, or letters (4 or more) in lower case. */
const ANCHOR = /\p{N}+|\p{L}{4,}/gu;
const anchors = (text: string): string[] => text.toLowerCase().match(ANCHOR) ?? [];

/**
 * The English says what the furniture line says: the page's own content, not furniture around it.
 * Furniture is what the web page put around the article, so its English is absent or belongs to
 * another line; a line paired with an English line that shares its literal words (the holder and
 * the years of a man page's "Copyright © 2021-2022 de OpenPrinting." beside "… by OpenPrinting.",
 * the "cookies" of a settings page about cookies) is a sentence of the document. Asked only of the
 * rare line that looks like furniture, and only of its own pair's English.
 */
const saidInEnglish = (line: string, ptLines: number, en: string | undefined): boolean => {
  if (!en?.trim()) return false;
  const enLines = lines(en);
  // A furniture line the aligner joined to a paragraph leaves the English one line short: that line has no counterpart.
  if (enLines.length < ptLines) return false;
  const words = new Set(anchors(line));
  if (!words.size) return false;
  return enLines.some((l) => anchors(l.text).some((w) => words.has(w)));
};

/**
 * A cross-reference heading of a help ("Veja também") above the title of one of its task pages ("Conectar a uma rede
 * sem fio"): the help's own section, with or without its English. The title is the heading's next line, in its pair
 * or the next one (junk-related-articles judges the whole list the same way).
 */
const headsTaskTitles = (line: Line, ptLines: readonly Line[], nextPt: string | undefined, pt: Speller | undefined): boolean => {
  if (!isReferenceHeader(line.text)) return false;
  const next = ptLines[ptLines.indexOf(line) + 1]?.text ?? (nextPt === undefined ? undefined : lines(nextPt)[0]?.text);
  return next !== undefined && namesATask(next, pt);
};

/** Page furniture copied with the article: menus, "Populares", share buttons, disclaimers. */
/** Whether the English has a line short enough to be a heading. */
const hasHeadingLine = (en: string | undefined): boolean => Boolean(en?.trim()) && lines(en!).some((l) => l.text.trim().split(/\s+/u).length <= MAX_HEADING_WORDS);

export const junkFurniture: Check<"junk-furniture"> = {
  id: "junk-furniture",
  family: "junk",
  severity: "warning",
  name: "Page furniture",
  description: "A menu item, section label, share button or disclaimer of the web page, not part of the text.",
  run(pair, context) {
    // Furniture is what the web page added around the text: a heading the English has too is the text's own ("VEJA TAMBÉM" for "SEE ALSO").
    // It is the text's own only where the English has a heading to match it: a furniture line the aligner
    // joined to a paragraph ("Compartilhe este artigo:" above a paragraph whose English is the paragraph alone) is not.
    // (Asked only of a furniture heading, once per pair.)
    let englishHeading: boolean | undefined;
    const ptLines = lines(pair.pt);
    return ptLines
      .filter((l) => isFurniture(l.text) && !(isFurnitureHeading(l.text) && (englishHeading ??= hasHeadingLine(pair.en))) && !ownCredit(l.text, pair.en, pair.nextPt) && !saidInEnglish(l.text, ptLines.length, pair.en) && !headsTaskTitles(l, ptLines, pair.nextPt, context.spellers.pt))
      .map((l) => flagAt(this, pair.pt, l.start, l.end, "This is part of the web page around the article, not of the article: leave it out.", ""));
  },
};
