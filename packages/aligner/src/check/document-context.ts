import type { CheckInput, DocumentContext, Flag, Spellers } from "../types.ts";
import { flaggedWordRepeats } from "./flagged-word-repeats.ts";
import { repeatedFindingKeys } from "./repeated-findings.ts";
import { isAllLowerCase } from "./casing/casing-lowercase-document.ts";
import { lengthNorm } from "./omission/omission-length-ratio.ts";
import { hyphenListItems, usesHyphenAsDash } from "./punctuation/punctuation-hyphen-dash.ts";
import { spacesPunctuation } from "./punctuation/punctuation-spacing.ts";
import { boldsLabels } from "./markup/markup-emphasis.ts";
import { usualRenderings } from "./consistency/consistency-rendering.ts";
import { calledNames, lowerAfterLabels } from "./casing/casing-sentence-start.ts";
import { capitalisedPhrases, capitalisedWords, coinedNames, englishLowerForms } from "./casing/name-habits.ts";
import { documentEnglishNames } from "./entity/entity-added.ts";
import { inDocumentPass } from "../document-pass.ts";
import { substitutedNumbers } from "./number/substituted-values.ts";
import { labelOffset } from "./number/label-offset.ts";
import { omissionPassages } from "./omission/omission-empty-side.ts";
import { memoSpeller } from "./check.ts";
import { withPreReform } from "./text/pre-reform.ts";
import { statementCommands } from "./text/statement-line.ts";
import { codeNames } from "./text/code-names.ts";

/**
 * What the document checks learn from all of a document's pairs, kept so that `checkPair` on
 * one pair (after an edit) gives the flags `checkDocument` gives it: a lower-case document
 * does not flag every sentence start, and lengths are judged by the document's own ratio.
 * Compute it from the same inputs `checkDocument` gets, at import, and again when many pairs change.
 * `pairFlags`: the pair flags `checkDocument` gave those inputs; with them the context keeps how often their
 * words recur (flagged-word-repeats.ts), so a flag re-checked alone gets the confidence the document pass gave it.
 * `documentFlags`: the document flags it gave; with them the context keeps which (check, text) the document reports
 * once (repeated-findings.ts), so a pair re-checked alone does not flag that text again.
 */
export function documentContext(inputs: readonly CheckInput[], spellers?: Spellers, pairFlags?: readonly (readonly Flag[])[], documentFlags?: readonly Flag[]): DocumentContext {
  const context = inDocumentPass(() => learnDocument(inputs, spellers));
  const repeated = documentFlags ? repeatedFindingKeys(documentFlags) : [];
  return {
    ...context,
    ...(pairFlags ? { flaggedWordRepeats: flaggedWordRepeats(inputs, pairFlags) } : {}),
    ...(repeated.length ? { repeatedFindings: repeated } : {}),
  };
}

/** The spellers as the checks get them (check/index.ts): the omission check's passages must be the ones the document pass finds. */
const checkSpellers = (spellers: Spellers | undefined): Spellers => ({ pt: memoSpeller(withPreReform(spellers?.pt)), en: memoSpeller(spellers?.en) });

function labelOffsetOf(inputs: readonly CheckInput[]): { labelOffset?: number } {
  const offset = labelOffset(inputs);
  return offset === undefined ? {} : { labelOffset: offset };
}

function learnDocument(inputs: readonly CheckInput[], spellers?: Spellers): DocumentContext {
  const { pairedElsewhere: elsewhere, loneBlocks, ...passages } = omissionPassages(inputs, checkSpellers(spellers));
  const lowerAfterLabel = lowerAfterLabels(inputs, spellers?.pt, spellers?.en);
  const listItems = hyphenListItems(inputs);
  return { allLowerCase: isAllLowerCase(inputs, spellers?.pt), lengthRatio: lengthNorm(inputs), hyphenAsDash: usesHyphenAsDash(inputs, listItems), ...(boldsLabels(inputs) ? { boldLabels: true } : {}), ...(listItems.size ? { hyphenListItems: [...listItems] } : {}), spacedPunctuation: spacesPunctuation(inputs), renderings: usualRenderings(inputs), ...(lowerAfterLabel !== undefined ? { lowerAfterLabel } : {}), calledNames: calledNames(inputs), capitalisedWords: capitalisedWords(inputs), capitalisedPhrases: capitalisedPhrases(inputs), englishLowerForms: englishLowerForms(inputs), englishNames: [...documentEnglishNames(inputs)], substitutedNumbers: substitutedNumbers(inputs), ...labelOffsetOf(inputs), statementCommands: statementCommands(inputs), codeNames: codeNames(inputs), omissionPassages: passages, ...(elsewhere.length ? { pairedElsewhere: elsewhere } : {}), ...(loneBlocks.length ? { omissionLoneBlocks: loneBlocks } : {}), ...(spellers?.pt ? { coinedNames: coinedNames(inputs, (w) => spellers.pt!.correct(w)) } : {}) };
}
