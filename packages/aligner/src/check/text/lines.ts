import { execAll } from "./exec-all.ts";

/** A non-blank line of a pair, trimmed, with its offsets. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

const LINE = /[^\n]+/gu;
const NOT_SPACE = /\S/u;

/**
 * The lines of a text. The aligner may join a furniture line to its neighbour in one pair
 * ("…investimento.\nTalvez também goste"), so line-level checks look inside pairs.
 */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  for (const m of execAll(LINE, text)) {
    const lead = m[0].search(NOT_SPACE);
    if (lead < 0) continue;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** The line of `text` that holds `offset`, untrimmed. */
export function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end < 0 ? text.length : end);
}
