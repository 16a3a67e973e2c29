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
 *   stop the segmenter split without a space ("aumentam.amodei") is still caught
 *   (`checkInputs(pairs, hasEnglish, ptText)` fills it). `checkDocument` derives each pair's
 *   `gapAfter` from the next pair's `gapBefore`.
 * - `options.document`: for `checkPair`, `documentContext(inputs)` of the pair's document.
 */
import type { CheckFamily, CheckInput, CheckOptions, Flag } from "../types.ts";
import { memoSpeller, type Check, type CheckContext, type DocumentFindings } from "./check.ts";
import { checks } from "./registry.ts";
import { withPreReform } from "./text/pre-reform.ts";
import { dropProseOverLiterals } from "./prose-filter.ts";
import { applyRecasing, RECASING_CHECKS } from "./casing/recase.ts";
import { inDocumentPass } from "../document-pass.ts";
import { withConfidence } from "./flag-confidence.ts";
import { flaggedWordRepeats } from "./flagged-word-repeats.ts";
import { dropRepeatedFindings, groupRepeatedFindings } from "./repeated-findings.ts";
import { ReadMemo } from "./read-memo.ts";

export type { Check, CheckContext, DocumentFindings } from "./check.ts";
export { checks, describeChecks, getCheck, type CheckId, type CheckInfo } from "./registry.ts";
export { createSpeller } from "./text/speller.ts";
export { documentContext } from "./document-context.ts";
export { flaggedWordRepeats } from "./flagged-word-repeats.ts";
export { groupsByText, MIN_REPEATED_PAIRS, repeatedFindingKeys } from "./repeated-findings.ts";
export { FLAG_CONFIDENCE_THRESHOLD, flagConfidence, flagFeatures, isShownByDefault } from "./flag-confidence.ts";

function contextOf(options: CheckOptions): CheckContext {
  return {
    variant: options.variant,
    terms: options.terms,
    spellers: {
      pt: memoSpeller(withPreReform(options.spellers?.pt)),
      en: memoSpeller(options.spellers?.en),
      es: memoSpeller(options.spellers?.es),
      it: memoSpeller(options.spellers?.it),
      fr: memoSpeller(options.spellers?.fr),
    },
    ...(options.document ? { document: options.document } : {}),
  };
}

const enabled = (options: CheckOptions): Check[] => checks.filter((c) => !options.disabled?.includes(c.id)) as Check[];

const inside = (a: Flag, b: Flag): boolean => b.start <= a.start && a.end <= b.end;
const overlap = (a: Flag, b: Flag): boolean => a.start < b.end && b.start < a.end;

/**
 * One finding, one flag: overlapping flags of one family keep the first check's (the registry
 * lists the more specific checks first), and a lower-case name inside a mangled name ("smith"
 * in "noé smith") is the entity flag's business, as a line of junk having no English is the junk flag's.
 */
function dedupe(flags: Flag[]): Flag[] {
  return flags.filter((f, i) =>
    !flags.some((g, j) => j !== i && (
      (g.family === f.family && j < i && (overlap(f, g) || (g.start === f.start && g.end === f.end))) ||
      (f.family === "casing" && (g.code === "entity-mangled" || g.code === "entity-term") && inside(f, g)) ||
      // Not under a related-article block: only the document pass sees one, and a pair checked alone must agree with it.
      (f.family === "omission" && g.family === "junk" && g.code !== "junk-related-articles" && inside(f, g))
    )));
}

/** How runPair runs one check on the pair: as it is, or through a ReadMemo (pairChecker). */
type RunCheck = (check: Check, input: CheckInput, context: CheckContext) => Flag[];
const runCheck: RunCheck = (check, input, context) => check.run!(input, context);

function runPair(input: CheckInput, active: readonly Check[], context: CheckContext, run: RunCheck = runCheck): Flag[] {
  let flags: Flag[] = [];
  for (const c of active) {
    if (!c.run) continue;
    // Most checks find nothing in most pairs: no iterator over an empty list.
    const found = run(c, input, context);
    for (let k = 0; k < found.length; k++) flags.push(found[k]!);
  }
  flags = dropProseOverLiterals(input, flags);
  // Most pairs raise no flag or one: nothing to dedupe or order.
  return flags.length < 2 ? flags : dedupe(flags).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The flags of one pair, offsets relative to `input.pt`. The API calls this after every edit.
 * With `options.document` (see `documentContext`) they are the flags `checkDocument` gives the
 * pair: what a raised document flag supersedes is dropped here too.
 */
export function checkPair(input: CheckInput, options: CheckOptions): Flag[] {
  const active = enabled(options);
  const flags = inDocumentPass(() => runPair(input, active, contextOf(options)));
  return finishPair(input, flags, active, options);
}

/**
 * What checkPair does with a pair's flags once its checks ran: drops what a document flag supersedes, weighs each
 * flag, then drops what a document finding of repeated text stands for (weighed first, as checkDocument does).
 */
function finishPair(input: CheckInput, flags: Flag[], active: readonly Check[], options: CheckOptions): Flag[] {
  const document = options.document;
  if (!document) return withConfidence(input, flags);
  const dropped = new Set<string>(active.flatMap((c) => (c.raisedIn?.(document) ? c.supersedes ?? [] : [])));
  return dropRepeatedFindings(withConfidence(input, dropped.size ? flags.filter((f) => !dropped.has(f.code)) : flags, document.flaggedWordRepeats), document);
}

/**
 * `checkPair` with `options`, for many inputs in turn: the same flags, found for less where the
 * inputs share text. A check's flags for one input are given again for a later one that agrees in
 * every field that check read (read-memo.ts): the repetitions of one English filled with the same
 * Portuguese (the API's auto-fill) differ only in their neighbours, which few checks read, so most
 * checks run once for all of them. Keep it only while the options (and what they hold) stay the same.
 */
export function pairChecker(options: CheckOptions): (inputs: readonly CheckInput[]) => Flag[][] {
  const active = enabled(options);
  const context = contextOf(options);
  const memo = new ReadMemo<Check>();
  const run: RunCheck = (check, input, context) => memo.run(check, input, (seen) => check.run!(seen, context));
  // The inputs of one call are checked in one pass, as a document's are: what the checks work out
  // from a text (its words, its literal spans) is worked out once for all of them.
  return (inputs) => inDocumentPass(() => inputs.map((input) => finishPair(input, runPair(input, active, context, run), active, options)));
}

/** What `checkDocument` finds. */
export interface DocumentCheck {
  /** Per pair, offsets relative to the pair's Portuguese. */
  pairFlags: Flag[][];
  /** About the whole document: the document checks' flags, then the findings of repeated text (repeated-findings.ts). */
  documentFlags: Flag[];
  /**
   * Per pair, the flags a finding of repeated text stands for, dropped from `pairFlags` (offsets as there): where
   * each such finding occurs, for a caller that points at it (the benches match injected artefacts against them).
   */
  repeatedOccurrences: Flag[][];
}

/**
 * The flags of a whole document: per pair (offsets relative to each pair's Portuguese) and
 * about the document. Document checks run on all pairs together; a document flag drops the
 * pair flags it supersedes, so a lower-case document is reported once, and one check's flag on
 * the same text in many pairs is reported once too (repeated-findings.ts).
 */
export function checkDocument(inputs: CheckInput[], options: CheckOptions): DocumentCheck {
  return inDocumentPass(() => checkAll(inputs, options));
}

/**
 * Each input with `gapAfter`, the next Portuguese pair's `gapBefore` (pairs with no Portuguese have
 * none and are passed over): whoever built the inputs, the document's own gaps say what follows a pair.
 */
function withGapsAfter(inputs: readonly CheckInput[]): CheckInput[] {
  const out = inputs.slice();
  let next: string | undefined;
  for (let k = inputs.length - 1; k >= 0; k--) {
    const input = inputs[k]!;
    if (next !== undefined && input.gapAfter === undefined) out[k] = { ...input, gapAfter: next };
    if (input.gapBefore !== undefined) next = input.gapBefore;
  }
  return out;
}

function checkAll(given: CheckInput[], options: CheckOptions): DocumentCheck {
  const inputs = withGapsAfter(given);
  const active = enabled(options);
  const context = contextOf(options);
  // A check with a document pass uses the document's norm instead of its single-pair fallback.
  const pairwise = active.filter((c) => !c.runDocument);
  const pairFlags = inputs.map((input) => runPair(input, pairwise, context));
  const documentFlags: Flag[] = [];
  const dropped = new Set<string>();
  // The checks that may drop others' pair flags run first, so that a check whose pair flags a raised document flag
  // drops is not run at all: a document in lower case has a lower-case start in every pair, and the sentence-start
  // check weighed every one of them for nothing. (Their findings are still taken in registry order below.)
  const early = new Map<Check, DocumentFindings>();
  const droppedEarly = new Set<string>();
  for (const check of active) {
    if (!check.runDocument || !check.supersedes) continue;
    const found = check.runDocument(inputs, context);
    early.set(check, found);
    if (found.documentFlags.length) for (const id of check.supersedes) if (id !== check.id) droppedEarly.add(id);
  }
  for (const check of active) {
    if (!check.runDocument) continue;
    if (!early.has(check) && droppedEarly.has(check.id)) continue;
    const found = early.get(check) ?? check.runDocument(inputs, context);
    // A document pass's pair flags meet the literal filter every pair pass meets: a spaced stop after an
    // option, a rendering inside a file name is no finding here either (and checkPair would drop it).
    found.pairFlags.forEach((flags, k) => { if (flags.length) pairFlags[k]?.push(...dropProseOverLiterals(inputs[k]!, flags)); });
    documentFlags.push(...found.documentFlags);
    if (found.documentFlags.length) for (const id of check.supersedes ?? []) dropped.add(id);
  }
  const final = pairFlags.map((flags) => {
    const kept = dropped.size ? flags.filter((f) => !dropped.has(f.code)) : flags;
    return kept.length < 2 ? kept : dedupe(kept).sort((a, b) => a.start - b.start || a.end - b.end);
  });
  // Each flag's confidence reads the pair's final flags and how often the document repeats their words
  // (flag-confidence.ts), as checkPair's do with the counts documentContext kept.
  const repeats = flaggedWordRepeats(inputs, final);
  // Grouped once weighed: only flags shown by default make a text repeated, and checkPair weighs before it drops.
  const repeated = groupRepeatedFindings(final.map((flags, k) => withConfidence(inputs[k]!, flags, repeats)));
  return { pairFlags: repeated.pairFlags, documentFlags: [...documentFlags, ...repeated.documentFlags], repeatedOccurrences: repeated.occurrences };
}

/**
 * The pair's Portuguese with its lost capitals restored: sentence starts, and names and acronyms
 * as the English (or the glossary, or the acronym list) writes them. What the casing checks would
 * suggest on this pair, all at once; it differs from `input.pt` in letter case only. The bulk fix
 * of a document in lower case (`casing-lowercase-document`) offers this for every pair.
 */
export function recasePair(input: CheckInput, options: CheckOptions): string {
  const active = RECASING_CHECKS.filter((c) => !options.disabled?.includes(c.id));
  return applyRecasing(input.pt, runPair(input, active, contextOf(options)));
}
