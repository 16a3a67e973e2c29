/**
 * Inline codes of an imported TMX/XLIFF file (a bold, a link, a placeholder of the tool it came
 * from) stand in a pair's text as one Private Use Area character each, U+E000 + n (see
 * packages/aligner/src/bitext/inline-codes.ts); the export writes the markup back.
 */
const FIRST = 0xe000;
const LAST = 0xf8ff;

export const isCode = (char: string) => {
  const c = char.charCodeAt(0);
  return char.length === 1 && c >= FIRST && c <= LAST;
};

/** The 1-based number a code is shown with. */
export const codeNumber = (char: string) => char.charCodeAt(0) - FIRST + 1;

/** The text cut into plain runs and single codes. */
export function splitCodes(text: string): { text: string; code: boolean }[] {
  const out: { text: string; code: boolean }[] = [];
  let run = "";
  for (const char of text) {
    if (!isCode(char)) {
      run += char;
      continue;
    }
    if (run) out.push({ text: run, code: false });
    run = "";
    out.push({ text: char, code: true });
  }
  if (run || out.length === 0) out.push({ text: run, code: false });
  return out;
}

/** The codes of a text, in order, as a string: an edit must keep them all, in the same order. */
export const codesOf = (text: string) => [...text].filter(isCode).join("");
