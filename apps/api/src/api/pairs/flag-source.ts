import type { Flag } from "../../contract/index.ts";

type Source = NonNullable<Flag["source"]>;

const WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
const WORD_AFTER = "(?![\\p{L}\\p{N}_])";
/** Names the entity checks quote in their messages: `The English has "Noah Smith"; …`. */
const QUOTED = /"([^"]+)"/g;

/** Parts shorter than this are not looked for alone ("AI" in "Hard AI" is not a name by itself). */
const MIN_PART = 4;

/** The first whole-word occurrence, in the same case if there is one (the English is the model). */
function findName(enText: string, name: string, anyCase = true): Source | null {
  if (!name.trim()) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const flags of anyCase ? ["u", "iu"] : ["u"]) {
    const m = new RegExp(`${WORD_BEFORE}${escaped}${WORD_AFTER}`, flags).exec(enText);
    if (m) return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return null;
}

/**
 * The English an entity flag stands for. The aligner's Flag has no field for it, but every
 * entity check that compares with the English names it: the suggestion is the form to restore
 * (as the English writes it) and the message quotes the English name. Trying those, in that
 * order, against the pair's English finds the name itself rather than a look-alike; a name
 * only the term list knows, which the English lacks, has no source.
 */
export function englishSource(flag: { family: string; text: string; message: string; suggestion: string | null }, enText: string): Source | null {
  if (flag.family !== "entity" || !enText) return null;
  const quoted = [...flag.message.matchAll(QUOTED)].map((m) => m[1]!).filter((q) => q !== flag.text);
  const candidates = [flag.suggestion ?? "", ...quoted];
  for (const candidate of candidates) {
    const found = findName(enText, candidate);
    if (found) return found;
  }
  // The checks match a person by surname alone ("Altman" for "Sam Altman"), so the English may
  // too; parts only in their own case, so "Hard" does not find the adjective "hard".
  for (const candidate of candidates) {
    for (const part of candidate.split(/\s+/u).reverse()) {
      const found = part.length >= MIN_PART ? findName(enText, part, false) : null;
      if (found) return found;
    }
  }
  return null;
}
