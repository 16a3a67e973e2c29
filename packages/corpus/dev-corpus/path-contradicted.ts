/**
 * Path pairs the text shows are another entry. Where the English page is another version, an entry
 * it added shifts every element path after it, and the path then pairs the entries of a list one
 * off: scilab autumncolormap's "See also" pairs "pinkcolormap — Coloração de tons em sépia…" with
 * "parulacolormap — blue to yellow colormap" (the newer page added it) and every entry after it
 * with its neighbour's English. Each such pair feeds the checks another entry's English and takes
 * away the English the Portuguese has one entry further on. A path pair is dropped (its blocks are
 * left to the rules after the path: pair-gaps.ts, pair-entries.ts) only on what no translation
 * changes: two entries "name — description" whose names differ, where a name is an identifier,
 * known as such because the other page has an entry of that name too. GIMP's entries are named by
 * words ("Editar — Referência fundamental…" for "Edit — …"), and "Editar" is no English entry's name.
 */
import type { ExtractedBlock } from "../src/dev/types.ts";
import { entryName } from "./pair-entries.ts";

/** The entry names of a page's blocks. */
export const entryNames = (blocks: readonly ExtractedBlock[]): Set<string> =>
  new Set(blocks.map((b) => entryName(b.text)).filter((n): n is string => n !== undefined));

/** `ptNames`, `enNames`: the entry names of the Portuguese and the English page (entryNames). */
export function pathContradicted(pt: ExtractedBlock, en: ExtractedBlock, ptNames: ReadonlySet<string>, enNames: ReadonlySet<string>): boolean {
  const a = entryName(pt.text);
  const b = entryName(en.text);
  return a !== undefined && b !== undefined && a !== b && (enNames.has(a) || ptNames.has(b));
}
