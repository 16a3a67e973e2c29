import type { AlignmentResult } from "../types.ts";

/** 1-based line and column of each offset, found in one pass (offsets come in order). */
function positions(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo]! + 1}`;
  };
}

/**
 * The flags as a person (or grep, or an editor's quickfix list) reads them: one a line,
 * "line:column severity check «text»: message → suggestion"; whole-document flags first.
 */
export function formatFlags(pt: string, result: AlignmentResult): string {
  const at = positions(pt);
  const lines = result.documentFlags.map((f) => `document ${f.severity} ${f.code}: ${f.message}`);
  for (const pair of result.pairs) {
    for (const f of pair.flags) {
      const words = f.text === "" ? "" : ` «${f.text}»`;
      const fix = f.suggestion === undefined ? "" : ` → «${f.suggestion}»`;
      lines.push(`${at(f.start)} ${f.severity} ${f.code}${words}: ${f.message}${fix}`);
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
