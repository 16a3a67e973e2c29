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

/** Per UTF-16 unit: 1 an upper-case letter (`\p{Lu}`), 2 not, 0 not asked yet. */
const UPPER_CASE = new Uint8Array(0x10000);
const UPPER_LETTER = /^\p{Lu}$/u;
const isUpperUnit = (c: number): boolean => {
  let k = UPPER_CASE[c]!;
  if (k === 0) UPPER_CASE[c] = k = UPPER_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
};
const stickies = new WeakMap<RegExp, RegExp>();

/**
 * `execAll` for a pattern every match of which opens on an upper-case letter (it starts with `(?=\p{Lu})`):
 * the pattern is tried, sticky, at the capitals only, found by a table of code units, where a search tries
 * every offset of the text. The first capital from which it matches is where the search would have found
 * its match, so the matches are the same. Text with surrogates goes to `execAll` (a capital may lie outside the BMP).
 */
export function execAllAtCapitals(pattern: RegExp, text: string): RegExpExecArray[] {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`)));
  const out: RegExpExecArray[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return execAll(pattern, text);
    if (c < 65 || (c > 90 && c < 128) || !isUpperUnit(c)) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    // A match opens on a capital, so it is never empty: go on after it.
    i = m.index + m[0].length - 1;
  }
  return out;
}
