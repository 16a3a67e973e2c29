import furniture from "./furniture.json" with { type: "json" };

const LINES = new Set(furniture.lines);
const HEADERS = new Set(furniture.relatedHeaders);

/** A line's words as compared with the lists: lower case, without trailing punctuation. */
const key = (text: string): string => text.trim().toLowerCase().replace(/[\s:.…!]+$/u, "").replace(/\s+/gu, " ");

/** The whole segment is a piece of page furniture ("Populares", "Leia também", "Aviso legal: …"). */
export function isFurniture(text: string): boolean {
  const k = key(text);
  return LINES.has(k) || furniture.prefixes.some((p) => k.startsWith(p) && /^[\s:—–-]/u.test(k.slice(p.length) || " "));
}

/** The heading of a block of links to other articles. */
export const isRelatedHeader = (text: string): boolean => HEADERS.has(key(text));
