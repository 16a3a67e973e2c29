/**
 * Every match of a global pattern, as `String.prototype.matchAll` gives them, on the shared
 * pattern itself: matchAll clones the pattern on every call, which for the checks' long
 * alternations (the variant forms) cost as much as matching a short pair. Callers must not
 * run the same pattern again until this returns; it returns an array, so none do.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0] === "") pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
