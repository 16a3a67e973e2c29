// Code before a comment on its line: a statement's punctuation, an assignment, a call.
const CODE = /[;=(){}[\]]/u;

/**
 * Whether the offset lies in a comment of code: after "//" (or "#") on a line that is a comment
 * or that holds code before it ("plot(x , y , "o-");    // x is transposed",
 * "poly1.thickness = 3;   // ...and the thickness of a curve"). A comment belongs to the example,
 * written by the program's authors; a reader of the page sees it as code.
 */
export function inCodeComment(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(lineStart, at);
  for (const mark of ["//", "#"]) {
    const k = before.indexOf(mark);
    if (k < 0 || (mark === "//" && before[k - 1] === ":")) continue;
    const code = before.slice(0, k);
    if (code.trim() === "" ? mark === "//" || /^#\s/u.test(before.slice(k)) : CODE.test(code)) return true;
  }
  return false;
}
