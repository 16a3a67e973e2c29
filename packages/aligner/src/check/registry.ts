import type { Check } from "./check.ts";
import { brokenPageBreak } from "./broken/broken-page-break.ts";
import { casingLowercaseDocument } from "./casing/casing-lowercase-document.ts";
import { casingName } from "./casing/casing-name.ts";
import { casingSentenceStart } from "./casing/casing-sentence-start.ts";
import { entityAdded } from "./entity/entity-added.ts";
import { entityMangled } from "./entity/entity-mangled.ts";
import { entityTerm } from "./entity/entity-term.ts";
import { entityTranslated } from "./entity/entity-translated.ts";
import { entityToken } from "./entity/entity-token.ts";
import { foreignWord } from "./foreign/foreign-word.ts";
import { junkAssistantNote } from "./junk/junk-assistant-note.ts";
import { junkFurniture } from "./junk/junk-furniture.ts";
import { junkOtherScript } from "./junk/junk-other-script.ts";
import { junkRelatedArticles } from "./junk/junk-related-articles.ts";
import { markupEmphasis } from "./markup/markup-emphasis.ts";
import { markupHtmlTag } from "./markup/markup-html-tag.ts";
import { markupLink } from "./markup/markup-link.ts";
import { markupSourceStub } from "./markup/markup-source-stub.ts";
import { numberMismatch } from "./number/number-mismatch.ts";
import { numberMissing } from "./number/number-missing.ts";
import { omissionEmptySide } from "./omission/omission-empty-side.ts";
import { omissionLengthRatio } from "./omission/omission-length-ratio.ts";
import { punctuationHyphenDash } from "./punctuation/punctuation-hyphen-dash.ts";
import { punctuationMissingSpace } from "./punctuation/punctuation-missing-space.ts";
import { punctuationSpacing } from "./punctuation/punctuation-spacing.ts";
import { punctuationStrayStop } from "./punctuation/punctuation-stray-stop.ts";
import { punctuationUnbalanced } from "./punctuation/punctuation-unbalanced.ts";
import { repetitionDoubled } from "./repetition/repetition-doubled.ts";
import { untranslatedIdentical } from "./untranslated/untranslated-identical.ts";
import { untranslatedLanguage } from "./untranslated/untranslated-language.ts";
import { untranslatedWords } from "./untranslated/untranslated-words.ts";
import { variantForm } from "./variant/variant-form.ts";
import { variantProgressive } from "./variant/variant-progressive.ts";
import { spellingTypo } from "./spelling/spelling-typo.ts";
import { consistencyGlossary } from "./consistency/consistency-glossary.ts";
import { consistencyRendering } from "./consistency/consistency-rendering.ts";

/** Every check, in the order its flags are listed; an earlier flag wins a tie on the same span. */
export const checks = [
  entityMangled,
  entityTerm,
  entityAdded,
  entityTranslated,
  entityToken,
  casingName,
  casingSentenceStart,
  casingLowercaseDocument,
  untranslatedIdentical,
  untranslatedLanguage,
  untranslatedWords,
  foreignWord,
  spellingTypo,
  variantForm,
  variantProgressive,
  markupSourceStub,
  markupLink,
  markupEmphasis,
  markupHtmlTag,
  junkOtherScript,
  junkFurniture,
  junkRelatedArticles,
  junkAssistantNote,
  punctuationMissingSpace,
  punctuationStrayStop,
  punctuationSpacing,
  punctuationHyphenDash,
  punctuationUnbalanced,
  repetitionDoubled,
  brokenPageBreak,
  numberMismatch,
  numberMissing,
  omissionEmptySide,
  omissionLengthRatio,
  consistencyGlossary,
  consistencyRendering,
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
const NEEDS_ENGLISH: ReadonlySet<string> = new Set(["entity-mangled", "entity-added", "entity-translated", "entity-token", "untranslated-identical", "number-mismatch", "number-missing", "omission-empty-side", "omission-length-ratio"]);

export function describeChecks(): CheckInfo[] {
  return checks.map((c) => ({ id: c.id, family: c.family, severity: c.severity, name: c.name, description: c.description, needsEnglish: NEEDS_ENGLISH.has(c.id) }));
}

const byId = new Map<string, Check>(checks.map((c) => [c.id, c as Check]));

export function getCheck(id: string): Check | undefined {
  return byId.get(id);
}
