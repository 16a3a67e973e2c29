import type { Speller } from "../../types.ts";

// Where a metavariable's words meet: a separator, a case change ("prefixNofM", "-Vdependencies").
const PIECES = /([-_./=:]+)|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Ll})/u;

/**
 * Whether `text` is `expected` with its words translated piece by piece and the rest kept: a man page's
 * metavariable ("prefixoNdeM" for "prefixNofM", "-Vdependências" for "-Vdependencies"). Each changed piece
 * is a Portuguese word where the English has an English word; the separators and at least one piece stay.
 * A name misspelt changes a piece into no word ("GIMPressionisa"), and stays a finding.
 */
export function translatedPieces(text: string, expected: string, pt?: Speller, en?: Speller): boolean {
  if (!pt || !en || text === expected) return false;
  const a = text.split(PIECES).filter((p) => p !== undefined && p !== "");
  const b = expected.split(PIECES).filter((p) => p !== undefined && p !== "");
  if (a.length !== b.length || a.length < 2) return false;
  let kept = 0;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) { if (/\p{L}/u.test(x)) kept++; continue; }
    if (!/^\p{L}{2,}$/u.test(x) || !/^\p{L}{2,}$/u.test(y) || x.toLowerCase() === y.toLowerCase()) return false;
    if (!pt.correct(x.toLowerCase()) || !en.correct(y.toLowerCase())) return false;
    changed++;
  }
  return changed > 0 && kept > 0;
}
