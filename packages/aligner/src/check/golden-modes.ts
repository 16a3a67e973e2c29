/**
 * The modes in which the golden test (corpus-flags.test.ts) renders the built-in corpus's flags, named once so
 * that the confidence fitter's golden bound (bench/check-data/golden-flags.ts) reads the very flags the golden
 * file guards: the glossary and both dictionaries with the English, the same on the Portuguese alone, and
 * alignDocument's defaults (no dictionaries, no term list). Test and bench support; not part of the package's API.
 */
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { getDocument, loadTerms } from "@alinha/corpus";
import type { CheckOptions } from "../types.ts";
import { createSpeller } from "./index.ts";

export type GoldenDocumentMode = "with English" | "Portuguese alone" | "without dictionaries or terms";

const terms = loadTerms().map((t) => ({ term: t.term, kind: t.kind, ...(t.aliases ? { aliases: t.aliases } : {}) }));
/** The glossary and both dictionaries: what the API checks with. */
export const GOLDEN_OPTIONS: CheckOptions = { variant: "pt-BR", terms, spellers: { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) } };
const bare: CheckOptions = { variant: "pt-BR", terms: [] };

/** A document's modes, each with the English it is checked against (undefined: the Portuguese alone) and its options; a mode needing English the document lacks is left out. */
export function goldenModes(doc: ReturnType<typeof getDocument>): [GoldenDocumentMode, string | undefined, CheckOptions][] {
  const en = doc.en || undefined;
  const modes: [GoldenDocumentMode, string | undefined, CheckOptions][] = [["with English", en, GOLDEN_OPTIONS], ["Portuguese alone", undefined, GOLDEN_OPTIONS], ["without dictionaries or terms", en, bare]];
  return modes.filter(([mode, english]) => mode === "Portuguese alone" || english !== undefined);
}
