import type { CheckInput, Flag, UsualRendering } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { namedInEnglish, sameRendering, termRenderings, type Rendering } from "./renderings.ts";

/** A term must be met this often before its usual rendering is a norm. */
const MIN_OCCURRENCES = 3;
/** Share of the occurrences the usual rendering must have. */
const MAJORITY = 0.6;

/**
 * Each repeated English term's usual rendering in a document, where one rendering clearly
 * dominates. Kept in the document's context, so that one pair checked after an edit is judged
 * by the document's norm, as the whole-document pass judges it.
 */
export function usualRenderings(pairs: readonly CheckInput[], all: Map<string, Rendering[]> = termRenderings(pairs, MIN_OCCURRENCES)): Record<string, UsualRendering> {
  const out: Record<string, UsualRendering> = {};
  for (const [term, renderings] of all) {
    if (renderings.length < MIN_OCCURRENCES) continue;
    // Renderings that are forms of the same words count as one.
    const counts = new Map<string, number>();
    for (const r of renderings) {
      const known = [...counts.keys()].find((k) => sameRendering(k, r.key));
      counts.set(known ?? r.key, (counts.get(known ?? r.key) ?? 0) + 1);
    }
    const [usual, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (counts.size < 2 || n < MIN_OCCURRENCES - 1 || n / renderings.length < MAJORITY) continue;
    // Two places against one make a norm for a name the English capitalises ("Search Bar": "Barra de Procura" twice,
    // "barra de pesquisa" once); for a phrase of prose they are a translator's choice between synonyms ("breve descrição"
    // and "descrições curtas" for "short description", "documento fonte traduzido" for "translated source document").
    if (n < MIN_OCCURRENCES && !renderings.some((r) => pairs[r.pair]!.en !== undefined && namedInEnglish(pairs[r.pair]!.en!, term))) continue;
    const model = renderings.find((r) => sameRendering(r.key, usual))!;
    out[term] = { key: usual, text: pairs[model.pair]!.pt.slice(model.words[0]!.start, model.words[1]!.end), count: n, of: renderings.length };
  }
  return out;
}

function deviations(check: Check, pair: CheckInput, usual: Record<string, UsualRendering>): Flag[] {
  const flags: Flag[] = [];
  for (const [term, [r]] of termRenderings([pair], 1, new Set(Object.keys(usual)))) {
    const norm = Object.hasOwn(usual, term) ? usual[term] : undefined;
    if (!norm || !r || sameRendering(r.key, norm.key)) continue;
    flags.push(flagFor(check, pair.pt, term, r, norm));
  }
  return flags;
}

const flagFor = (check: Check, pt: string, term: string, r: Rendering, norm: UsualRendering): Flag =>
  flagAt(check, pt, r.words[0]!.start, r.words[1]!.end, `"${term}" is "${norm.text}" in ${norm.count} of ${norm.of} places in this document.`, norm.text);

/**
 * The same English term rendered differently across one document: "scaling law" as "lei de
 * escala" in most pairs and "lei de dimensionamento" in one. One flag per deviating pair, with
 * the document's usual rendering as the suggestion.
 */
export const consistencyRendering: Check<"consistency-rendering"> = {
  id: "consistency-rendering",
  family: "consistency",
  severity: "info",
  name: "Term rendered inconsistently",
  description: "An English term the document repeats is translated one way in most pairs and another way here.",
  run(pair, context) {
    const usual = context.document?.renderings;
    return usual && pair.en ? deviations(this, pair, usual) : [];
  },
  runDocument(pairs) {
    // One pass over the document finds both the norm and the pairs that leave it.
    const all = termRenderings(pairs, MIN_OCCURRENCES);
    const usual = usualRenderings(pairs, all);
    const pairFlags: Flag[][] = pairs.map(() => []);
    for (const [term, norm] of Object.entries(usual)) {
      for (const r of all.get(term) ?? []) {
        if (!sameRendering(r.key, norm.key)) pairFlags[r.pair]!.push(flagFor(this, pairs[r.pair]!.pt, term, r, norm));
      }
    }
    return { pairFlags, documentFlags: [] };
  },
};
