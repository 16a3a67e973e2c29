import type { Term } from "../../types.ts";

/** Every accepted spelling of a glossary term: its own form first, then its aliases. */
export function termForms(term: Term): string[] {
  return [term.term, ...(term.aliases ?? [])];
}
