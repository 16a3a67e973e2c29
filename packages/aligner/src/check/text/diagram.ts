/**
 * A line of an ASCII diagram: arrows and rules drawn with dashes ("master documents ---+---->---",
 * "entrada PO --------/ \---> saída PO", "(doc authoring) | |"). Its words are labels of boxes, not
 * sentences or prose: both languages draw the same figure (po4a's manual pages).
 */
// Three dashes or more joined to an arrow's head or a corner, or a rule of five; a bar standing alone twice.
const DRAWN = /-{3,}[>+/\\]|[<+/\\]-{3,}|-{5,}|(?:^|\s)\|\s+\|(?:\s|$)/u;

/** Whether the line holding `offset` in `text` (or the whole text, without an offset) is drawn. */
export function isDiagramLine(text: string, offset?: number): boolean {
  if (offset === undefined) return DRAWN.test(text);
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return DRAWN.test(text.slice(start, end < 0 ? text.length : end));
}
