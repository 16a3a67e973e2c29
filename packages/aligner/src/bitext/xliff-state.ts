import type { PairStatus } from "../types.ts";

/**
 * XLIFF 2.0 has four segment states (§4.3.1.29); Alinha has five statuses. The state carries
 * the meaning another tool understands, and `subState` ("alinha:<status>", the extension point
 * §4.3.1.30 provides for exactly this) carries ours, so a round trip loses nothing:
 *
 *   new       → initial     nobody has looked at the machine translation
 *   edited    → translated  a person has written the Portuguese, nobody has reviewed it
 *   confirmed → reviewed    a reviewer has checked it
 *   approved  → final       an editor has approved it
 *   rejected  → initial     sent back: it needs translating again (plus a note saying so)
 */
export type Xliff2State = "initial" | "translated" | "reviewed" | "final";

export const XLIFF2_STATE: Record<PairStatus, Xliff2State> = {
  new: "initial",
  edited: "translated",
  confirmed: "reviewed",
  approved: "final",
  rejected: "initial",
};

export const SUBSTATE_PREFIX = "alinha:";

const PAIR_STATUSES: readonly PairStatus[] = ["new", "edited", "confirmed", "approved", "rejected"];

export function isPairStatus(value: string): value is PairStatus {
  return (PAIR_STATUSES as readonly string[]).includes(value);
}

const FROM_XLIFF2: Record<Xliff2State, PairStatus> = {
  initial: "new",
  translated: "edited",
  reviewed: "confirmed",
  final: "approved",
};

/** Our own subState wins; another tool's file falls back on the state. Undefined for an unknown state. */
export function statusFromXliff2(state: string | undefined, subState: string | undefined): PairStatus | undefined {
  if (subState?.startsWith(SUBSTATE_PREFIX)) {
    const ours = subState.slice(SUBSTATE_PREFIX.length);
    if (isPairStatus(ours)) return ours;
  }
  // §4.3.1.29: a segment without a state is "initial".
  if (state === undefined) return "new";
  return Object.hasOwn(FROM_XLIFF2, state) ? FROM_XLIFF2[state as Xliff2State] : undefined;
}

/**
 * XLIFF 1.2 (§2.6 state values), read only. `approved="yes"` on the trans-unit outranks the
 * target's state; "signed-off" is a reviewer's sign-off, "final" the end of the workflow.
 */
export function statusFromXliff12(approved: string | undefined, state: string | undefined, qualifier?: string): PairStatus | undefined {
  if (approved === "yes") return "approved";
  // Machine translation nobody has looked at yet (what Alinha's "new" is, §2.6 state-qualifier).
  if (qualifier === "mt-suggestion" && state === "needs-review-translation") return "new";
  if (state === undefined) return "new";
  if (state.startsWith(`x-${SUBSTATE_PREFIX}`)) {
    const ours = state.slice(`x-${SUBSTATE_PREFIX}`.length);
    return isPairStatus(ours) ? ours : undefined;
  }
  if (state === "final") return "approved";
  if (state === "signed-off") return "confirmed";
  if (state === "translated" || state.startsWith("needs-review-")) return "edited";
  if (state === "new" || state.startsWith("needs-")) return "new";
  return undefined;
}
