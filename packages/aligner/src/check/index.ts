/**
 * The artefact checks: a registry of rules (one file each under check/<family>/), run on one
 * pair by `checkPair` (the API, after every edit) or on a whole document by `checkDocument`
 * (alignDocument, with one input per aligned pair).
 *
 * What the edges hand in:
 * - `options.spellers`: the core reads no files, so the edge loads the hunspell dictionaries
 *   once and builds spellers with `createSpeller(dictionary)` (`import pt from "dictionary-pt"`,
 *   `import en from "dictionary-en"`); about 1-2 s for Portuguese, then kept for the project.
 *   Without them the foreign-word check uses its word list only and the untranslated checks
 *   their English word list.
 * - `input.gapBefore`: the text between the previous pair's Portuguese and this one's, so a
 *   stop the segmenter split without a space ("aumentam.amodei") is still caught.
 */
import type { CheckInput, CheckOptions, Flag } from "../types.ts";
import { memoSpeller, type Check, type CheckContext } from "./check.ts";
import { casingLowercaseDocument } from "./casing/casing-lowercase-document.ts";
import { casingName } from "./casing/casing-name.ts";
import { casingSentenceStart } from "./casing/casing-sentence-start.ts";
import { entityMangled } from "./entity/entity-mangled.ts";
import { entityAdded } from "./entity/entity-added.ts";
import { entityTerm } from "./entity/entity-term.ts";
import { entityTranslated } from "./entity/entity-translated.ts";
import { junkFurniture } from "./junk/junk-furniture.ts";
import { junkOtherScript } from "./junk/junk-other-script.ts";
import { junkRelatedArticles } from "./junk/junk-related-articles.ts";
import { markupEmphasis } from "./markup/markup-emphasis.ts";
import { markupLink } from "./markup/markup-link.ts";
import { markupSourceStub } from "./markup/markup-source-stub.ts";
import { punctuationHyphenDash } from "./punctuation/punctuation-hyphen-dash.ts";
import { punctuationMissingSpace } from "./punctuation/punctuation-missing-space.ts";
import { punctuationSpacing } from "./punctuation/punctuation-spacing.ts";
import { punctuationStrayStop } from "./punctuation/punctuation-stray-stop.ts";
import { punctuationUnbalanced } from "./punctuation/punctuation-unbalanced.ts";
import { brokenPageBreak } from "./broken/broken-page-break.ts";
import { foreignWord } from "./foreign/foreign-word.ts";
import { numberMismatch } from "./number/number-mismatch.ts";
import { omissionEmptySide } from "./omission/omission-empty-side.ts";
import { omissionLengthRatio } from "./omission/omission-length-ratio.ts";
import { repetitionDoubled } from "./repetition/repetition-doubled.ts";
import { untranslatedIdentical } from "./untranslated/untranslated-identical.ts";
import { untranslatedLanguage } from "./untranslated/untranslated-language.ts";
import { untranslatedWords } from "./untranslated/untranslated-words.ts";
import { variantForm } from "./variant/variant-form.ts";
import { variantProgressive } from "./variant/variant-progressive.ts";

export type { Check, CheckContext, DocumentFindings } from "./check.ts";
export { createSpeller } from "./text/speller.ts";

/** Every check, in the order its flags are listed; an earlier flag wins a tie on the same span. */
export const checks = [
  entityMangled,
  entityTerm,
  entityAdded,
  entityTranslated,
  casingName,
  casingSentenceStart,
  casingLowercaseDocument,
  untranslatedIdentical,
  untranslatedLanguage,
  untranslatedWords,
  foreignWord,
  variantForm,
  variantProgressive,
  markupSourceStub,
  markupLink,
  markupEmphasis,
  junkOtherScript,
  junkFurniture,
  junkRelatedArticles,
  punctuationMissingSpace,
  punctuationStrayStop,
  punctuationSpacing,
  punctuationHyphenDash,
  punctuationUnbalanced,
  repetitionDoubled,
  brokenPageBreak,
  numberMismatch,
  omissionEmptySide,
  omissionLengthRatio,
] as const;

/** The stable id of a check, as the API, ignore lists and settings name it. */
export type CheckId = (typeof checks)[number]["id"];

/** What the UI and the API's settings show of a check: plain data, safe to send as JSON. */
export interface CheckInfo {
  id: CheckId;
  family: Check["family"];
  severity: Check["severity"];
  name: string;
  description: string;
  /** Needs the English partner to say anything (entity names, numbers, identical text, lengths). */
  needsEnglish: boolean;
}

// Checks that compare with the English, and so stay silent on a document imported without it.
const NEEDS_ENGLISH: ReadonlySet<string> = new Set(["entity-mangled", "entity-added", "entity-translated", "untranslated-identical", "number-mismatch", "omission-empty-side", "omission-length-ratio"]);

export function describeChecks(): CheckInfo[] {
  return checks.map((c) => ({ id: c.id, family: c.family, severity: c.severity, name: c.name, description: c.description, needsEnglish: NEEDS_ENGLISH.has(c.id) }));
}

const byId = new Map<string, Check>(checks.map((c) => [c.id, c as Check]));

export function getCheck(id: string): Check | undefined {
  return byId.get(id);
}

function contextOf(options: CheckOptions): CheckContext {
  return {
    variant: options.variant,
    terms: options.terms,
    spellers: { pt: memoSpeller(options.spellers?.pt), en: memoSpeller(options.spellers?.en) },
  };
}

const enabled = (options: CheckOptions): Check[] => checks.filter((c) => !options.disabled?.includes(c.id)) as Check[];

const inside = (a: Flag, b: Flag): boolean => b.start <= a.start && a.end <= b.end;
const overlap = (a: Flag, b: Flag): boolean => a.start < b.end && b.start < a.end;

/**
 * One finding, one flag: overlapping flags of one family keep the first check's (the registry
 * lists the more specific checks first), and a lower-case name inside a mangled name ("smith"
 * in "noé smith") is the entity flag's business.
 */
function dedupe(flags: Flag[]): Flag[] {
  return flags.filter((f, i) =>
    !flags.some((g, j) => j !== i && (
      (g.family === f.family && j < i && (overlap(f, g) || (g.start === f.start && g.end === f.end))) ||
      (f.family === "casing" && (g.code === "entity-mangled" || g.code === "entity-term") && inside(f, g))
    )));
}

function runPair(input: CheckInput, active: readonly Check[], context: CheckContext): Flag[] {
  const flags = active.flatMap((c) => c.run?.(input, context) ?? []);
  return dedupe(flags).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The flags of one pair, offsets relative to `input.pt`. The API calls this after every edit. */
export function checkPair(input: CheckInput, options: CheckOptions): Flag[] {
  return runPair(input, enabled(options), contextOf(options));
}

/**
 * The flags of a whole document: per pair (offsets relative to each pair's Portuguese) and
 * about the document. Document checks run on all pairs together; a document flag drops the
 * pair flags it supersedes, so a lower-case document is reported once.
 */
export function checkDocument(inputs: CheckInput[], options: CheckOptions): { pairFlags: Flag[][]; documentFlags: Flag[] } {
  const active = enabled(options);
  const context = contextOf(options);
  // A check with a document pass uses the document's norm instead of its single-pair fallback.
  const pairwise = active.filter((c) => !c.runDocument);
  const pairFlags = inputs.map((input) => runPair(input, pairwise, context));
  const documentFlags: Flag[] = [];
  const dropped = new Set<string>();
  for (const check of active) {
    if (!check.runDocument) continue;
    const found = check.runDocument(inputs, context);
    found.pairFlags.forEach((flags, k) => pairFlags[k]?.push(...flags));
    documentFlags.push(...found.documentFlags);
    if (found.documentFlags.length) for (const id of check.supersedes ?? []) dropped.add(id);
  }
  return {
    pairFlags: pairFlags.map((flags) => dedupe(flags.filter((f) => !dropped.has(f.code))).sort((a, b) => a.start - b.start || a.end - b.end)),
    documentFlags,
  };
}
