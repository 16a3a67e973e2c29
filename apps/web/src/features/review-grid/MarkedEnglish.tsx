import type { Range } from "../text/findWords.ts";
import { WithCodes } from "../text/WithCodes.tsx";

/** A span of the English worth pointing at: a glossary term (by its state) or a flag's source. */
export interface EnglishMark extends Range {
  kind: "term-ok" | "term-case" | "term-missing" | "flag-source";
  title: string;
}

/**
 * The current pair's English with its glossary terms and the focused flag's source marked.
 * Overlapping marks cannot nest in one run of text, so the first (then longer) one wins.
 */
export function MarkedEnglish({ text, marks }: { text: string; marks: readonly EnglishMark[] }) {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const mark of sorted) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) out.push(<WithCodes key={`t${at}`} text={text.slice(at, mark.start)} />);
    out.push(<mark key={`${mark.start}-${mark.kind}`} className={`en-mark en-mark--${mark.kind}`} title={mark.title}>{text.slice(mark.start, mark.end)}</mark>);
    at = mark.end;
  }
  out.push(<WithCodes key={`t${at}`} text={text.slice(at)} />);
  return <>{out}</>;
}
