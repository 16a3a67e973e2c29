import type { Word } from "../text/words.ts";

/** Longer than the phrase search of repetition-doubled looks: a clause or a sentence said twice. */
export const MIN_PASSAGE_WORDS = 9;

/**
 * A passage of words followed at once by the same words: "A solução é a seguinte: A solução é a
 * seguinte:", a sentence that ends on no stop, a list said twice. The copies must be separated by
 * a space, or by the mark that also ends the second copy (". ", ": "), and written alike between
 * their words. Each word's earlier places are kept, so only a recurring first word is tried.
 * Returns the second copy of each, to delete.
 */
export function repeatedPassages(text: string, ws: readonly Word[], low: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (ws.length < 2 * MIN_PASSAGE_WORDS) return out;
  const seen = new Map<string, number[]>();
  const sep = (i: number): string => text.slice(ws[i - 1]!.end, ws[i]!.start);
  for (let i = 0; i < ws.length; i++) {
    const places = seen.get(low[i]!);
    if (places) {
      for (const p of places) {
        const n = i - p;
        if (n < MIN_PASSAGE_WORDS || i + n > ws.length || (out.length && ws[p]!.start < out[out.length - 1]!.end)) continue;
        let k = 1;
        while (k < n && low[p + k] === low[i + k]) k++;
        if (k < n) continue;
        const junction = sep(i);
        const closing = text.slice(ws[i + n - 1]!.end, ws[i + n - 1]!.end + junction.trimEnd().length);
        if (junction.includes("\n") || (junction.trim() !== "" && junction.trim() !== closing.trim())) continue;
        let alike = true;
        for (let j = 1; j < n && alike; j++) alike = sep(p + j) === sep(i + j);
        if (alike) out.push({ start: ws[i]!.start, end: ws[i + n - 1]!.end + closing.trim().length });
      }
      places.push(i);
    } else seen.set(low[i]!, [i]);
  }
  return out;
}
