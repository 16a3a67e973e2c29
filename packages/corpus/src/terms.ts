import { readFileSync } from "node:fs";

export type TermKind = "person" | "organisation" | "product" | "model" | "publication";

/** One entry of the project's term list: a name as a careful translator writes it. */
export interface CorpusTerm {
  /** The correct form, as in the English (e.g. "Noah Smith", "DeepSeek", "GPT-4o"). */
  term: string;
  kind: TermKind;
  /** Other correct forms (e.g. "Anthropic's" is not one; "OpenAI o3" for "o3" is). */
  aliases?: string[];
  /** Ids of the built-in documents it occurs in. */
  documents: string[];
}

export function loadTerms(): CorpusTerm[] {
  const url = new URL("../data/terms.json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as CorpusTerm[];
}
