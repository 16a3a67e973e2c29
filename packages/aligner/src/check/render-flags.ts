import type { CheckInput, Flag } from "../types.ts";
import type { Check, CheckContext } from "./check.ts";

/** A flag as one readable line for test tables: `text→suggestion`, or just `text`. */
export const renderFlag = (f: Flag): string => (f.suggestion === undefined ? f.text : `${f.text}→${f.suggestion}`);

export const DEFAULT_CONTEXT: CheckContext = { variant: "pt-BR", terms: [], spellers: {} };

/** What one check flags on one pair, rendered; the span is verified against the text on the way. */
export function runCheck(check: Check, pair: CheckInput, context: Partial<CheckContext> = {}): string[] {
  const flags = check.run?.(pair, { ...DEFAULT_CONTEXT, ...context }) ?? [];
  for (const f of flags) {
    if (pair.pt.slice(f.start, f.end) !== f.text) throw new Error(`span ${f.start}-${f.end} does not slice to "${f.text}"`);
    if (f.code !== check.id || f.family !== check.family) throw new Error(`flag ${f.code} from check ${check.id}`);
  }
  return flags.map(renderFlag);
}
