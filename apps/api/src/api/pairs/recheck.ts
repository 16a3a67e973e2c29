import { checkPair, pairChecker, type CheckInput, type CheckOptions, type Flag as CheckFlag } from "@alinha/aligner";
import type { FlagRow } from "./pair-dto.ts";

/** A flag as written to the database for one pair (offsets into that pair's ptText). */
export interface NewFlag {
  code: string; family: string; severity: string; start: number; end: number; text: string;
  message: string; suggestion: string | null;
  /** The aligner's flag confidence (0–1); null when the checks gave none. */
  confidence: number | null;
  dismissed: boolean; dismissedBy: string | null; dismissReason: string | null; dismissedAt: Date | null;
}

export interface PairText {
  ptText: string;
  enText: string;
  prevPt?: string;
  nextPt?: string;
  /** The nearest English before and after (the omission checks look for a lone side's text there). */
  prevEn?: string;
  nextEn?: string;
  /** The stored gap before the pair's Portuguese (null: none known). */
  gapBefore?: string | null;
  /** The next Portuguese pair's stored gap before it: what follows this pair in the file (a single line break: the next line of one block). */
  gapAfter?: string | null;
  /**
   * Which side alone has text in the pair just before (after), when that pair is one-sided (as checkInputs finds it at
   * import). Given to the flag confidence only (CheckInput.oneSidedBeside), so a flag's confidence after an edit agrees
   * with a re-check of the whole document; the checks themselves are given what they were given before.
   */
  prevOneSided?: "pt" | "en" | null;
  nextOneSided?: "pt" | "en" | null;
  hasEnglish: boolean;
}

/** Which side alone has text ("pt", "en"), or null when both or neither do: as checkInputs decides it. */
export function oneSided(pair: { ptText: string; enText: string } | undefined): "pt" | "en" | null {
  if (!pair) return null;
  const pt = pair.ptText.trim() !== "";
  const en = pair.enText.trim() !== "";
  return pt && !en ? "pt" : en && !pt ? "en" : null;
}

/**
 * A reviewer who dismissed "Noé" as a false alarm should not see it again after fixing a comma
 * elsewhere in the pair: a new flag with the same check and the same text keeps the dismissal.
 */
export function carryDismissals(found: CheckFlag[], previous: readonly FlagRow[]): NewFlag[] {
  const dismissed = previous.filter((f) => f.dismissed);
  return found.map((f) => {
    const i = dismissed.findIndex((d) => d.code === f.code && d.text === f.text);
    const old = i >= 0 ? dismissed.splice(i, 1)[0] : undefined;
    return {
      code: f.code, family: f.family, severity: f.severity, start: f.start, end: f.end, text: f.text,
      message: f.message, suggestion: f.suggestion ?? null, confidence: f.confidence ?? null,
      dismissed: old !== undefined, dismissedBy: old?.dismissedBy ?? null,
      dismissReason: old?.dismissReason ?? null, dismissedAt: old?.dismissedAt ?? null,
    };
  });
}

/** What the checks get for one stored pair: English only when the document has it. */
export function checkInputOf(text: PairText): CheckInput {
  return {
    pt: text.ptText,
    ...(text.hasEnglish ? { en: text.enText } : {}),
    ...(text.prevPt !== undefined ? { prevPt: text.prevPt } : {}),
    ...(text.nextPt !== undefined ? { nextPt: text.nextPt } : {}),
    ...(text.hasEnglish && text.prevEn !== undefined ? { prevEn: text.prevEn } : {}),
    ...(text.hasEnglish && text.nextEn !== undefined ? { nextEn: text.nextEn } : {}),
    ...(text.gapBefore != null ? { gapBefore: text.gapBefore } : {}),
    ...(text.gapAfter != null ? { gapAfter: text.gapAfter } : {}),
    ...(text.hasEnglish && (text.prevOneSided !== undefined || text.nextOneSided !== undefined) ? { oneSidedBeside: (text.prevOneSided ? 1 : 0) + (text.nextOneSided ? 1 : 0) } : {}),
  };
}

export function recheck(text: PairText, options: CheckOptions, previous: readonly FlagRow[]): NewFlag[] {
  return carryDismissals(checkPair(checkInputOf(text), options), previous);
}

/** The same options: the same fields holding the same objects (a document's options are built anew for each pair read). */
function sameOptions(a: CheckOptions, b: CheckOptions): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof CheckOptions)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** One pair for `Rechecks.run`: its text with its neighbours, its options, its stored flags. */
export interface RecheckItem {
  text: PairText;
  options: CheckOptions;
  previous: readonly FlagRow[];
}

/**
 * `recheck` for many pairs in turn, with the same result for each: pairs checked with the same
 * options share the checks' work (pairChecker), which a check whose flags depend only on what the
 * pairs have in common does once for all of them. Auto-fill checks a Portuguese text in each
 * repetition of its English: the same text, only the neighbours differ.
 */
export class Rechecks {
  #checker: { options: CheckOptions; check: (inputs: readonly CheckInput[]) => CheckFlag[][] } | undefined;

  run(items: readonly RecheckItem[]): NewFlag[][] {
    const found: NewFlag[][] = [];
    for (let from = 0; from < items.length;) {
      const options = items[from]!.options;
      if (!this.#checker || !sameOptions(this.#checker.options, options)) this.#checker = { options, check: pairChecker(options) };
      let to = from + 1;
      while (to < items.length && sameOptions(items[to]!.options, options)) to++;
      const flags = this.#checker.check(items.slice(from, to).map((item) => checkInputOf(item.text)));
      flags.forEach((f, k) => found.push(carryDismissals(f, items[from + k]!.previous)));
      from = to;
    }
    return found;
  }
}

function flagKey(f: Omit<NewFlag, "dismissedAt">): string {
  return [f.code, f.start, f.end, f.text, f.message, f.suggestion, f.confidence, f.severity, f.family, f.dismissed, f.dismissedBy, f.dismissReason].join("\u0000");
}

/**
 * Whether the checks found exactly what is stored already. Most edits change a word the checks
 * do not care about; rewriting identical flags would add two statements to every save.
 */
export function sameFlags(found: readonly NewFlag[], stored: readonly FlagRow[]): boolean {
  if (found.length !== stored.length) return false;
  const a = found.map(flagKey).sort();
  const b = stored.map(flagKey).sort();
  return a.every((k, i) => k === b[i]);
}
