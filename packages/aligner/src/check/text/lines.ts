/** A non-blank line of a pair, trimmed, with its offsets. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

const NOT_SPACE = /\S/u;

/**
 * The lines of a text. The aligner may join a furniture line to its neighbour in one pair
 * ("…investimento.\nTalvez também goste"), so line-level checks look inside pairs.
 */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  // The runs of characters other than "\n" (what /[^\n]+/gu finds), cut by indexOf: the pattern stepped through every character.
  for (let at = 0; at < text.length;) {
    let next = text.indexOf("\n", at);
    if (next < 0) next = text.length;
    if (next > at) {
      const line = text.slice(at, next);
      const lead = line.search(NOT_SPACE);
      if (lead >= 0) {
        const start = at + lead;
        const end = at + line.trimEnd().length;
        out.push({ text: text.slice(start, end), start, end });
      }
    }
    at = next + 1;
  }
  return out;
}

/** The line of `text` that holds `offset`, untrimmed. */
export function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end < 0 ? text.length : end);
}
