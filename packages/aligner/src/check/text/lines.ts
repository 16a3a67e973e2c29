/** A non-blank line of a pair, trimmed, with its offsets. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/**
 * The lines of a text. The aligner may join a furniture line to its neighbour in one pair
 * ("…investimento.\nTalvez também goste"), so line-level checks look inside pairs.
 */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    const lead = m[0].search(/\S/u);
    if (lead < 0) continue;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
