// The QA gate: a pair with an open error-severity flag is not confirmed or approved by accident.
// The reviewer fixes or dismisses the flag, or says why it may pass (an override, kept in the
// history with the codes it passed over). It counts the flags the review screen shows by default:
// a low-confidence flag (under the aligner's FLAG_CONFIDENCE_THRESHOLD) is hidden until asked for,
// and a gate that stopped a confirmation for a flag the reviewer cannot see would be a riddle.
import { FLAG_CONFIDENCE_THRESHOLD } from "@alinha/aligner";
import type { Flag } from "../../contract/index.ts";
import { HttpError } from "../../common/errors.ts";
import { toFlag, type PairRow } from "./pair-dto.ts";

/** 409 with `type` ending in `open-errors` and the flags in `flags`. */
export class OpenErrors extends HttpError {
  constructor(index: number, flags: Flag[]) {
    const codes = [...new Set(flags.map((f) => f.code))].join(", ");
    super(409, "Open errors", `Pair ${index + 1} has ${flags.length} open error ${flags.length === 1 ? "flag" : "flags"} (${codes}): fix or dismiss ${flags.length === 1 ? "it" : "them"}, or send an override with a reason.`, { flags });
  }
}

/** Shown by default: no confidence (stored before the model) or one at or above the threshold. */
export const shownByDefault = (f: { confidence: number | null }): boolean => f.confidence === null || f.confidence >= FLAG_CONFIDENCE_THRESHOLD;

/** The same test in SQL over "Flag", with its one argument. */
export const SHOWN_BY_DEFAULT_SQL = `("confidence" IS NULL OR "confidence" >= ?)`;

/** The error-severity flags nobody has dismissed, of those shown by default. */
export function openErrors(row: PairRow): Flag[] {
  return row.flags.filter((f) => f.severity === "error" && !f.dismissed && shownByDefault(f)).map((f) => toFlag(f, row.enText));
}

/** Throws OpenErrors unless there are none or the request overrides them. */
export function passGate(row: PairRow, override: { reason: string } | undefined): Flag[] {
  const open = openErrors(row);
  if (open.length && !override) throw new OpenErrors(row.index, open);
  return open;
}

/** The history note of an override: the reason, and what it passed over (flags, or their codes). */
export function overrideNote(open: readonly (Flag | string)[], reason: string): string {
  return `QA override (${[...new Set(open.map((f) => (typeof f === "string" ? f : f.code)))].join(", ")}): ${reason}`;
}
