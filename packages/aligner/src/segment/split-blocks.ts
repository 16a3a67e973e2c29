/** A non-blank line of the text: the unit paragraphs are built from. */
export interface Block {
  start: number;
  end: number;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0c || c === 0x3000 || c === 0x200b || c === 0xfeff;

/**
 * Splits on every line ending (LF, CRLF, CR, U+2028/2029) and trims each line, so offsets stay
 * into the text as received: CRLF files need no normalising pass that would shift them.
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) blocks.push({ start: s, end: e });
    lineStart = i + 1;
  }
  return blocks;
}

export function isWhitespaceChar(c: number): boolean {
  return isSpace(c) || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b;
}
