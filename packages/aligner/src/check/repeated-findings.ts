/**
 * One check flagging the same text in many pairs of a document, reported once (issue 12, "document-level
 * findings"): a word the document writes the same way throughout ("caracter" nine times, "script-fu" in lower
 * case six times) is one decision of the translator, or one consistent habit of the machine translation, so it
 * is one finding with one fix-all and one dismissal, not a flag on every pair. The document pass (`checkDocument`)
 * groups the pair flags once their confidences are known; `documentContext` keeps the grouped (check, text) keys
 * from the document flags, so `checkPair` after an edit drops the same pair flags the document pass dropped.
 *
 * The checks that already report a habit of their own (a spaced hyphen for a dash, a space before punctuation, a
 * document in lower case) flag spans with no letter or digit, or raise their own document flag: they are left to it.
 */
import type { CheckFamily, DocumentContext, Flag, RepeatedFinding } from "../types.ts";
import { isShownByDefault } from "./flag-confidence.ts";

/** A document finding stands for a check's flags on one text when that many pairs show one by default. */
export const MIN_REPEATED_PAIRS = 3;

/**
 * Families where each flag is about its own pair's content, whatever its text: the same flagged text in three
 * pairs is three findings, and a replace-all of it is no fix.
 * - omission: each one-sided passage or short rendering is a different piece of text missing;
 * - number: each figure is checked against its own pair's English ("2" wrong here says nothing of "2" there);
 * - markup: each stub is the markup the source format left at that place, fixed there;
 * - junk: each block of page furniture is removed where it is, not replaced;
 * - consistency: the flag already reads the whole document (a rendering apart from the document's usual one);
 * - broken: each cut is where a page break fell;
 * - repetition: a doubled word is a slip of editing at its place, not a way of writing the word.
 */
const PLACE_FAMILIES: ReadonlySet<CheckFamily> = new Set<CheckFamily>(["omission", "number", "markup", "junk", "consistency", "broken", "repetition"]);

/**
 * Checks of the other families whose flag is about where the text stands, not about how it is written: a word in
 * lower case at a sentence start is right inside a sentence, so a fix-all capitalising it everywhere would be wrong.
 */
const PLACE_CHECKS: ReadonlySet<string> = new Set(["casing-sentence-start"]);

/** A text with a letter or a digit: a span of spaces and punctuation is a habit its own check reports (see above). */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Whether the flag's text, repeated through a document, is one way of writing it: a finding the document can report once.
 * Never an error: the QA gate stops each pair with an open error until it is fixed, dismissed or passed with a reason
 * (apps/api qa-gate.ts), and a mangled name or a sentence left in English in eight pairs must stop all eight.
 */
export function groupsByText(flag: Pick<Flag, "code" | "family" | "text" | "severity">): boolean {
  return flag.severity !== "error" && !PLACE_FAMILIES.has(flag.family) && !PLACE_CHECKS.has(flag.code) && HAS_WORD.test(flag.text);
}

const keyOf = (f: RepeatedFinding): string => `${f.code}\u0000${f.text}`;

export interface RepeatedFindings {
  /** The pair flags, less those a document finding stands for. */
  pairFlags: Flag[][];
  /** One finding per grouped (check, text), in the order of their first occurrence. */
  documentFlags: Flag[];
  /** Per pair, the flags dropped from `pairFlags`: where each document finding occurs (offsets relative to the pair). */
  occurrences: Flag[][];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `text` stands in `suggestion` as a whole word ("Llama" in "Llama 4", not "caracter" in "caractere"). The
 * review screen's fix-all replaces the text wherever it stands as a whole word, so such a suggestion would rewrite
 * the occurrences already written right ("Llama 4" → "Llama 4 4"): the finding then offers no fix-all.
 */
function standsIn(text: string, suggestion: string): boolean {
  for (let at = suggestion.indexOf(text); at >= 0; at = suggestion.indexOf(text, at + 1)) {
    const before = suggestion[at - 1];
    const after = suggestion[at + text.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** Characters of the text a message quotes: a sentence left in English is named, not copied whole (the finding keeps it). */
const QUOTED = 60;

/** The message of a finding that stands for `members` (one check, one text). */
function findingMessage(text: string, members: readonly Flag[]): string {
  const cut = text.slice(0, QUOTED);
  const space = cut.lastIndexOf(" ");
  const quoted = text.length > QUOTED ? `${(space > QUOTED / 2 ? cut.slice(0, space) : cut).trimEnd()}…` : text;
  return `«${quoted}» is flagged ${members.length} times in this document: reported once; ${members[0]!.message}`;
}

/**
 * Groups the flags of a document (`pairFlags[k]`: the final flags of pair k, with their confidences). A (check,
 * text) shown by default in at least MIN_REPEATED_PAIRS pairs becomes one document finding with the check's code,
 * family and severity, the text, and the members' suggestion when they all give the same one (the review screen
 * offers it as a replace-all) and it does not hold the text as a word (see `standsIn`); every flag of that check on that text is dropped from its pair, shown or not: the
 * finding speaks for all of them. Offsets 0–0: the finding is about the document, as the other document flags.
 */
export function groupRepeatedFindings(pairFlags: readonly Flag[][]): RepeatedFindings {
  const shownIn = new Map<string, number>();
  pairFlags.forEach((flags) => {
    const keys = new Set<string>();
    for (const f of flags) if (isShownByDefault(f) && groupsByText(f)) keys.add(keyOf(f));
    for (const key of keys) shownIn.set(key, (shownIn.get(key) ?? 0) + 1);
  });
  const grouped = new Set([...shownIn].filter(([, n]) => n >= MIN_REPEATED_PAIRS).map(([key]) => key));
  if (!grouped.size) return { pairFlags: pairFlags as Flag[][], documentFlags: [], occurrences: pairFlags.map(() => []) };
  const members = new Map<string, Flag[]>();
  const occurrences: Flag[][] = [];
  const kept = pairFlags.map((flags) => {
    const here: Flag[] = [];
    const rest = flags.filter((f) => {
      if (!grouped.has(keyOf(f))) return true;
      here.push(f);
      const list = members.get(keyOf(f));
      if (list) list.push(f);
      else members.set(keyOf(f), [f]);
      return false;
    });
    occurrences.push(here);
    return here.length ? rest : flags;
  });
  const documentFlags = [...members.values()].map((list): Flag => {
    const first = list[0]!;
    const suggestion = first.suggestion;
    const agreed = suggestion !== undefined && list.every((f) => f.suggestion === suggestion) && !standsIn(first.text, suggestion);
    return {
      code: first.code, family: first.family, severity: first.severity, start: 0, end: 0, text: first.text,
      message: findingMessage(first.text, list), ...(agreed ? { suggestion } : {}), occurrences: list.length,
    };
  });
  return { pairFlags: kept, documentFlags, occurrences };
}

/** The grouped (check, text) keys of a document's flags, for its DocumentContext: the findings that carry `occurrences`. */
export function repeatedFindingKeys(documentFlags: readonly Flag[]): RepeatedFinding[] {
  return documentFlags.filter((f) => f.occurrences !== undefined).map((f) => ({ code: f.code, text: f.text }));
}

/** The keys of a context's grouped findings, worked out once per context (pairChecker finishes many pairs with one). */
const keysOf = new WeakMap<readonly RepeatedFinding[], ReadonlySet<string>>();

/** A pair's flags less those a finding of its document's context stands for (`checkPair` after an edit). */
export function dropRepeatedFindings(flags: Flag[], document: DocumentContext): Flag[] {
  const found = document.repeatedFindings;
  if (!found?.length || !flags.length) return flags;
  let keys = keysOf.get(found);
  if (!keys) keysOf.set(found, (keys = new Set(found.map(keyOf))));
  return flags.filter((f) => !keys.has(keyOf(f)));
}
