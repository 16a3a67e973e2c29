import type { Flag } from "../../types.ts";
import { literalSpans, overlapsLiteral } from "../../normalize/literal-spans.ts";
import { looksLikeCode } from "./looks-like-code.ts";

/**
 * A prose check's flags on one pair, without those over code or literal material: what
 * `checkPair` does for the prose families, for a check whose document pass bypasses it
 * (a document pass hands its pair flags straight to the result).
 */
export function proseOnly(pt: string, flags: Flag[]): Flag[] {
  if (!flags.length) return flags;
  if (looksLikeCode(pt)) return [];
  // A link's text is prose, and numbers are the number check's (as in checkPair).
  const literals = literalSpans(pt).filter((l) => l.kind !== "number" && l.kind !== "markup");
  return literals.length ? flags.filter((f) => !overlapsLiteral(literals, f.start, Math.max(f.end, f.start + 1))) : flags;
}

/**
 * A help page's navigation trail ("Scilab Help >> Gráficos : exportando > xend"): the chapter
 * titles of the site, copied as they are, not a sentence.
 */
export const isNavigationTrail = (line: string): boolean => / >> .* > |^[^\n>]*(?: > [^\n>]+){2,}$/u.test(line);

/** The line of `text` that holds `offset`. */
export function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end < 0 ? text.length : end);
}
