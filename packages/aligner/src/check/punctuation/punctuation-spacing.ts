import { literalSpans, type LiteralKind } from "../../normalize/literal-spans.ts";
import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";

// A space before , ; : ! ? or a closing full stop; "..." and a spaced dash are left alone.
const SPACE_BEFORE = /(?<=[\p{L}\p{N}"”)]) +([,;:!?]|\.(?!\.))(?=\s|$)/gu;
// Exactly two spaces between words: three or more line up columns in man pages and code.
const DOUBLE_SPACE = /(?<=[\p{L},;])  (?=\p{L})/gu;
/** After the mark and its space, something that is no word: the mark is named, not used ("o padrão . (ponto)", "os caracteres . + -"). */
const NAMED_MARK = /^\s+[^\p{L}\p{N}\s"“'‘]/u;
/** Literals a translator keeps apart from the stop after them, so the stop is not read as part of the address. */
const ADDRESS: ReadonlySet<LiteralKind> = new Set(["url", "email", "path", "host", "file"]);

export const punctuationSpacing: Check<"punctuation-spacing"> = {
  id: "punctuation-spacing",
  family: "punctuation",
  severity: "info",
  name: "Spacing around punctuation",
  description: "A space before a punctuation mark, or two spaces between words.",
  run(pair) {
    // A plain search for " ," and the like rules out nearly every pair before the lookbehind runs.
    if (!/ [,;:!?.]| {2}/u.test(pair.pt)) return [];
    const en = pair.en ?? "";
    const flags = execAll(SPACE_BEFORE, pair.pt).filter((m) => {
      const mark = m[1]!;
      // The English spaces the mark too: a character spoken of ("Same as ! expr") or the source's own layout.
      if (en.includes(` ${mark}`)) return false;
      if (NAMED_MARK.test(pair.pt.slice(m.index + m[0].length))) return false;
      return !literalSpans(pair.pt).some((s) => s.end === m.index && ADDRESS.has(s.kind));
    }).map((m) => flagAt(this, pair.pt, m.index, m.index + m[0].length, `Remove the space before "${m[1]}".`, m[1]!));
    // A text with line breaks inside is laid out (a table, code, a synopsis): its spaces are layout,
    // and so are they where the English has two spaces too (a table row kept on one line).
    if (!pair.pt.includes("\n") && !en.includes("  ")) for (const m of execAll(DOUBLE_SPACE, pair.pt)) flags.push(flagAt(this, pair.pt, m.index, m.index + m[0].length, "Two spaces between words: keep one.", " "));
    return flags.sort((a, b) => a.start - b.start);
  },
};
