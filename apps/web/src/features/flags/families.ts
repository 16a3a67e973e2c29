import type { FlagFamily } from "../../api/types.ts";

/**
 * How each artefact family is named and coloured. Colours are CSS variables in base.css so
 * the grid, the legend and the counts agree; the order is the order reviewers triage in.
 */
export const FAMILIES: readonly { family: FlagFamily; label: string }[] = [
  { family: "entity", label: "Entity" },
  { family: "untranslated", label: "Untranslated" },
  { family: "omission", label: "Omission" },
  { family: "number", label: "Number" },
  { family: "mistranslation", label: "Mistranslation" },
  { family: "broken", label: "Broken sentence" },
  { family: "casing", label: "Casing" },
  { family: "foreign", label: "Foreign word" },
  { family: "variant", label: "PT-PT / PT-BR" },
  { family: "markup", label: "Markup" },
  { family: "junk", label: "Page junk" },
  { family: "repetition", label: "Repetition" },
  { family: "punctuation", label: "Punctuation" },
  { family: "spelling", label: "Spelling" },
  { family: "consistency", label: "Consistency" },
];

export function familyLabel(family: FlagFamily | string): string {
  return FAMILIES.find((f) => f.family === family)?.label ?? family;
}
