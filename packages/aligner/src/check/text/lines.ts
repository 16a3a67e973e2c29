/** A non-blank line of a pair, trimmed, with its offsets. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

const NOT_SPACE = /\S/u;

/**
 * A gap of two spaces or more between two non-blank characters. A line with two such gaps lines up
 * columns (a command's output shown after it, a table's header, a record's fields: "Filesystem      Size  Used Avail",
 * "-rw-r----- 1 root shadow  1342 Nov 30 09:12 /etc/shadow"): a typist's slip doubles one space, it does not repeat
 * along the line. Such a line, unless it ends as a sentence does, is a record laid out, not prose.
 */
const COLUMN_GAP = /\S {2,}(?=\S)/gu;
// A sentence's final stop: a line of prose with two slips of spacing still ends like a sentence, a record does not.
const SENTENCE_END = /[.!?…][)"”»]?\s*$/u;
export const linesUpColumns = (line: string): boolean => (line.match(COLUMN_GAP)?.length ?? 0) >= 2 && !SENTENCE_END.test(line);

/**
 * A line that opens with a file's mode as `ls -l` prints it ("-rw-r--r--", "drwxr-xr-x", "lrwxrwxrwx", perhaps an
 * ACL's "+"): a listing's record, whatever its spacing (a manual may squeeze the columns to single spaces), its owner
 * and group fields often the same name ("1 root root 9 Mar 3 10:12 /etc/hostname"). A mode quoted inside a
 * sentence does not open its line.
 */
const FILE_MODE_OPENING = /^\s*[-dlcbps][-r][-w][-xsS][-r][-w][-xsS][-r][-w][-xtT][.+@]?\s/u;
export const listingRecord = (line: string): boolean => FILE_MODE_OPENING.test(line);

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
