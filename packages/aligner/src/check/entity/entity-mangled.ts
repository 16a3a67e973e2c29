import { literalSpans, overlapsLiteral, type LiteralKind } from "../../normalize/literal-spans.ts";
import { flagAt, type Check } from "../check.ts";
import { lineAt } from "../text/lines.ts";
import { nameMatches } from "./name-matches.ts";
import { translatedPieces } from "./translated-pieces.ts";

/**
 * The same name with another number ("ISO C 99" where the English has "ISO C90"): another version or
 * standard, which the number checks compare; a mangling changes letters ("GPT-4.0" for "GPT-4o").
 */
function otherNumber(text: string, expected: string): boolean {
  const a = text.replace(/\s/gu, "");
  const b = expected.replace(/\s/gu, "");
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(/\p{N}/u.test(a[i]!) && /\p{N}/u.test(b[i]!))) return false;
  return true;
}

/** An address is copied whole or not: a word inside one ("gnu.org/licenses/") is the address's, not a name's (entity-token compares addresses). */
const ADDRESS: ReadonlySet<LiteralKind> = new Set(["url", "email", "path", "host", "file"]);

/**
 * A name of the English that reached the Portuguese split, joined, misheard or
 * respelled ("deep seek" for DeepSeek, "noé smith" for Noah Smith, "GPT-4.0" for GPT-4o).
 */
/** A line of a code comment: "// texto", "/* texto", "* texto" inside one. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*)/u;

export const entityMangled: Check<"entity-mangled"> = {
  id: "entity-mangled",
  family: "entity",
  severity: "error",
  name: "Name changed from the English",
  description: "A name, product or model in the English appears in the Portuguese in another spelling.",
  run(pair, context) {
    // Without English there is nothing to compare with; the term-list check covers that case.
    if (!pair.en) return [];
    const found = nameMatches(pair, context.terms, context.spellers.pt, context.spellers.en).filter((m) => m.from === "english" && m.kind === "spelling");
    if (!found.length) return [];
    const addresses = literalSpans(pair.pt).filter((l) => ADDRESS.has(l.kind));
    return found
      // A metavariable translated piece by piece ("-Vdependências" for "-Vdependencies") is the translator's choice.
      .filter((m) => !overlapsLiteral(addresses, m.start, m.end) && !otherNumber(m.text, m.expected) && !translatedPieces(m.text, m.expected, context.spellers.pt, context.spellers.en))
      // A code comment's words ("// … mostra a predominância de Global Property" for "GlobalProperty"): the example's own
      // text, which follows the page's version; a name written apart there is no name the prose got wrong.
      .filter((m) => !COMMENT_LINE.test(lineAt(pair.pt, m.start)))
      .map((m) => flagAt(this, pair.pt, m.start, m.end, `The English has "${m.expected}"; "${m.text}" looks like a mangled form of it.`, m.expected));
  },
};
