import type { CheckFamily, CheckInput, DocumentContext, Flag, PortugueseVariant, Severity, Speller, Spellers, Term } from "../types.ts";

/** What every check may consult besides the pair itself: the project's settings. */
export interface CheckContext {
  variant: PortugueseVariant;
  terms: readonly Term[];
  spellers: Spellers;
  /** The pair's document as a whole, when `checkPair` is told (see `documentContext`). */
  document?: DocumentContext;
}

/** Flags a document-wide check found: per pair (by index) and about the whole document. */
export interface DocumentFindings {
  pairFlags: Flag[][];
  documentFlags: Flag[];
}

/**
 * A rule in code (house style 7). `run` looks at one pair; `runDocument` at the whole
 * document when the rule needs a norm or a sequence (a lower-case document, length ratios,
 * a block of related-article links). A check may have either or both.
 */
export interface Check<Id extends string = string> {
  id: Id;
  family: CheckFamily;
  severity: Severity;
  name: string;
  description: string;
  run?: (pair: CheckInput, context: CheckContext) => Flag[];
  runDocument?: (pairs: readonly CheckInput[], context: CheckContext) => DocumentFindings;
  /**
   * When this check raises a document flag, these checks' pair flags say nothing new and are dropped. `checkDocument`
   * then does not run another check of this list on the document at all: such a check has pair flags only.
   */
  supersedes?: readonly Id[];
  /** Whether the document flag is raised on a document with this context: `checkPair` then drops what it supersedes too. */
  raisedIn?: (document: DocumentContext) => boolean;
}

type FlagSource = Pick<Check, "id" | "family" | "severity">;

/** A flag from `check` over `text.slice(start, end)`. */
export function flagAt(check: FlagSource, text: string, start: number, end: number, message: string, suggestion?: string): Flag {
  const flag: Flag = { code: check.id, family: check.family, severity: check.severity, start, end, text: text.slice(start, end), message };
  if (suggestion !== undefined) flag.suggestion = suggestion;
  return flag;
}

const memos = new WeakMap<Speller, Speller>();

/**
 * Answers remembered per speller before the memo starts again: far more distinct words than a long
 * document has (a few MB), while a server that keeps its spellers for months does not keep every
 * word it was ever asked about.
 */
const MAX_MEMO_ANSWERS = 200_000;

/**
 * The same words are looked up many times per document and across edits: remember each
 * answer for as long as the speller itself lives (a project keeps its dictionaries loaded).
 */
export function memoSpeller(speller: Speller | undefined): Speller | undefined {
  if (!speller) return undefined;
  const known = memos.get(speller);
  if (known) return known;
  const seen = new Map<string, boolean>();
  const memo: Speller = {
    correct(word) {
      let answer = seen.get(word);
      if (answer === undefined) {
        if (seen.size >= MAX_MEMO_ANSWERS) seen.clear();
        seen.set(word, (answer = speller.correct(word)));
      }
      return answer;
    },
  };
  memos.set(speller, memo);
  return memo;
}
