/**
 * Whether the word stands where a reference page puts a name: alone on its line (a "see also"
 * list, a definition list's term) or before the dash of a "name — purpose" entry ("fifo - canal
 * nomeado", "acot — computa o arco-cotangente").
 */
export function isEntryName(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== "") return false;
  const rest = text.slice(end);
  return /^[ \t]*(?:\n|$)/u.test(rest) || /^ [-—–] /u.test(rest);
}
