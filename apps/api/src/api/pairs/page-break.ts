/**
 * Where the segmenter joined two lines of the Portuguese file into one sentence (a page-break
 * repair, issue 13): the reviewer sees it and can split the pair there again. A segment never
 * crosses a line end otherwise (every line of the file is a block), so a line break inside one
 * of the pair's source ranges is such a join; a break between two ranges is just a bead that
 * spans paragraphs. Known only while the text is still the file's (unedited, the ranges exact).
 */
import type { Range } from "@alinha/aligner";

const LINE_BREAK = /[ \t]*(?:\r\n|[\n\r\u2028\u2029])\s*/u;

/** Offset in `ptText` where the second half of a joined sentence starts, or null. */
export function pageBreakAt(ptText: string, ptOriginal: string, ptRanges: string): number | null {
  if (ptText !== ptOriginal) return null;
  let ranges: Range[];
  try {
    ranges = JSON.parse(ptRanges) as Range[];
  } catch {
    return null;
  }
  if (!ranges.length) return null;
  const base = ranges[0]![0];
  // The text must be the exact source slice the ranges describe (a merge joins with a space).
  if (ranges[ranges.length - 1]![1] - base !== ptText.length) return null;
  for (const [start, end] of ranges) {
    const inner = ptText.slice(start - base, end - base);
    const m = LINE_BREAK.exec(inner);
    if (m) return start - base + m.index + m[0].length;
  }
  return null;
}
