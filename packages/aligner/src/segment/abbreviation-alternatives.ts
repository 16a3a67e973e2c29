/**
 * Abbreviations (without their final stop) as alternatives of a pattern: each written literally,
 * the longest first so "p. ex" wins over "p", and an inner ". " also matching no space ("p.ex").
 * Shared by the segmenter and the sentence-start casing check, so both read the list alike.
 */
export function abbreviationAlternatives(list: readonly string[]): string {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\\\. /gu, "\\.\\s?");
  return [...new Set(list)].sort((a, b) => b.length - a.length).map(literal).join("|");
}
