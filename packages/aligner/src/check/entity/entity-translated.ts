import { stemEn } from "../../align/en-stem.ts";
import { translatePt } from "../../align/lexicon.ts";
import type { Flag, Term } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { editDistance } from "../text/edit-distance.ts";
import { findNear } from "../text/find-near.ts";
import { termForms } from "../text/term-forms.ts";
import { fold, words, type Word } from "../text/words.ts";
import translated from "./translated-names.json" with { type: "json" };

// A Map, not the JSON object: a word like "toString" must not find Object.prototype.
const TRANSLATED = new Map(Object.entries(translated as Record<string, string[]>));
// Words a translated name may carry between its parts: "especificação do modelo".
const GLUE = new Set("de do da dos das e o a".split(" "));

/** Stems that share a root: "spec" and "specify", "overview" and "view". Four letters, so "ai" meets nothing by accident. */
const related = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a)));

/** Whether the Portuguese word can be this English word translated: by the aligner's lexicon, an accepted form, or as a cognate. */
function translates(pt: Word, en: string): boolean {
  const forms = TRANSLATED.get(en);
  if (forms?.some((f) => f.toLowerCase() === pt.text.toLowerCase())) return true;
  const folded = fold(pt.text);
  const stem = stemEn(en.toLowerCase());
  if (translatePt(folded).some((s) => related(s, stem))) return true;
  // Cognates the lexicon lacks: "artefatos" for "artifacts".
  // A third of the letters may differ: cognates drift more than typos do.
  const max = Math.floor(folded.length / 3);
  return folded.length >= 6 && editDistance(folded, en.toLowerCase(), max) <= max;
}

/** The shortest run of Portuguese words that translates every word of `name`, glue words allowed between. */
function translationOf(pt: string, name: string): { start: number; end: number } | undefined {
  const parts = words(name).map((w) => w.text);
  const ws = words(pt);
  for (let i = 0; i < ws.length; i++) {
    const left = new Set(parts);
    for (let j = i; j < ws.length && j < i + parts.length * 2; j++) {
      const hit = [...left].find((p) => translates(ws[j]!, p));
      if (hit) left.delete(hit);
      else if (!GLUE.has(ws[j]!.text.toLowerCase()) || j === i) break;
      if (left.size === 0) return { start: ws[i]!.start, end: ws[j]!.end };
    }
  }
  return undefined;
}

/** A listed term with its forms, and the forms in lower case (compared with each pair's Portuguese in lower case). */
interface Kept { term: Term; forms: string[]; lowerForms: string[] }

const keptCache = new WeakMap<readonly Term[], { kept: Kept[]; anyForm?: RegExp }>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * The terms this check looks at, with their forms, and one pattern that finds any form.
 * People's names have Portuguese forms of their own ("Confúcio", "Noé"): only products and
 * titles stay as they are.
 */
function keptTerms(terms: readonly Term[]): { kept: Kept[]; anyForm?: RegExp } {
  let index = keptCache.get(terms);
  if (!index) {
    const kept = terms.filter((t) => t.kind !== "person").map((term) => {
      const forms = termForms(term);
      return { term, forms, lowerForms: forms.map((f) => f.toLowerCase()) };
    });
    const forms = kept.flatMap((k) => k.forms).filter((f) => f.length > 0);
    index = { kept, ...(forms.length ? { anyForm: new RegExp(forms.map(escape).join("|"), "u") } : {}) };
    keptCache.set(terms, index);
  }
  return index;
}

/**
 * Whether `text` holds one of `forms`. A loop at module level, not `forms.some` with a closure: every listed term
 * asks it of every pair whose English names some term.
 */
function someIn(forms: readonly string[], text: string): boolean {
  for (let i = 0; i < forms.length; i++) if (text.includes(forms[i]!)) return true;
  return false;
}

/** A name of the term list that the English keeps and the Portuguese translated word by word ("Hard AI" → "ia difícil"). */
export const entityTranslated: Check<"entity-translated"> = {
  id: "entity-translated",
  family: "entity",
  severity: "warning",
  name: "Name translated",
  description: "A product, model or publication name was translated word by word instead of kept as in the English.",
  run(pair, context) {
    if (!pair.en) return [];
    const { kept, anyForm } = keptTerms(context.terms);
    // One pass over the English for all the terms: most pairs name none of them.
    if (!anyForm?.test(pair.en)) return [];
    const flags: Flag[] = [];
    let ptLower: string | undefined;
    for (const { term, forms, lowerForms } of kept) {
      if (!someIn(forms, pair.en)) continue;
      // Present in some form, even mangled: the other entity checks speak for it.
      ptLower ??= pair.pt.toLowerCase();
      if (someIn(lowerForms, ptLower) || findNear(pair.pt, term.term, term.aliases ?? []).length) continue;
      const at = translationOf(pair.pt, term.term);
      if (at) flags.push(flagAt(this, pair.pt, at.start, at.end, `This is the name "${term.term}" translated: keep it as in the English.`, term.term));
    }
    return flags;
  },
};
