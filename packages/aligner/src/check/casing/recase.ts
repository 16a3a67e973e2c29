import type { Flag } from "../../types.ts";
import type { Check } from "../check.ts";
import { casingName } from "./casing-name.ts";
import { casingSentenceStart } from "./casing-sentence-start.ts";

/**
 * The checks whose suggestions put a lost capital back, in the order their flags win an overlap:
 * a name first, so "openai" opening a sentence becomes "OpenAI" and not "Openai", and "ceo"
 * becomes "CEO" and not "Ceo".
 */
export const RECASING_CHECKS: readonly Check[] = [casingName as Check, casingSentenceStart as Check];

/** Whether a suggestion changes only the case of its text: a recasing never rewrites a word. */
const onlyCase = (text: string, suggestion: string): boolean =>
  suggestion !== text && suggestion.length === text.length && suggestion.toLocaleLowerCase("pt") === text.toLocaleLowerCase("pt");

/**
 * `pt` with the recasing flags' suggestions in place (the flags of `RECASING_CHECKS` on this
 * pair, offsets into `pt`). A suggestion that would change more than letter case, or overlaps one
 * taken already, is left out: the text that comes back differs from `pt` in case only.
 */
export function applyRecasing(pt: string, flags: readonly Flag[]): string {
  const taken: Flag[] = [];
  for (const f of flags) {
    if (f.suggestion === undefined || !onlyCase(f.text, f.suggestion) || pt.slice(f.start, f.end) !== f.text) continue;
    if (taken.some((t) => t.start < f.end && f.start < t.end)) continue;
    taken.push(f);
  }
  let out = pt;
  // From the end, so the offsets of the earlier ones still hold (they would anyway: same lengths).
  for (const f of taken.sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + f.suggestion! + out.slice(f.end);
  return out;
}
