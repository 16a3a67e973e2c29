export interface Range {
  start: number;
  end: number;
}

const BEFORE = "(?<![\\p{L}\\p{N}_])";
const AFTER = "(?![\\p{L}\\p{N}_])";

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where `words` occurs in `text` as whole words: "o3" must not be found inside "o300", nor
 * "Noé" inside "Noémia". Letters of any script count as word characters, as in the API's
 * replace, so the web and the server agree on what matches.
 */
export function findWords(text: string, words: string, matchCase: boolean): Range[] {
  if (!words.trim()) return [];
  const pattern = new RegExp(`${BEFORE}${escapeRegExp(words)}${AFTER}`, matchCase ? "gu" : "giu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
