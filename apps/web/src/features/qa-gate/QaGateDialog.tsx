import type { Flag, Pair } from "../../api/types.ts";
import { can } from "../auth/permissions.ts";
import { familyLabel } from "../flags/families.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import { Dialog } from "../shell/Dialog.tsx";
import { ReasonForm } from "../shell/ReasonForm.tsx";

/** The error flags still open on the pair as the grid has it now (a fix or dismissal shows at once). */
function openErrors(pair: Pair | undefined, fallback: readonly Flag[]): Flag[] {
  if (!pair) return [...fallback];
  return pair.flags.filter((f) => f.severity === "error" && !f.dismissed);
}

/**
 * The QA gate: the server refused to confirm (or approve) the pair while error flags are open.
 * Each flag can be fixed (its suggestion) or dismissed with a reason; or the reviewer confirms
 * anyway, saying why, which the pair's history keeps.
 */
export function QaGateDialog({ review, pairId, flags }: { review: ReviewController; pairId: string; flags: readonly Flag[] }) {
  const pair = review.pairs.find((p) => p.id === pairId);
  const open = openErrors(pair, flags);
  const verb = can(review.user, "approve") ? "Approve" : "Confirm";
  const close = () => review.setOverlay(null);
  return (
    <Dialog title={`Pair ${pair ? pair.index + 1 : ""} ${open.length ? "has open errors" : "has no open error left"}`} onClose={close} wide testId="qa-gate">
      {open.length ? (
        <ul className="qa-gate__flags">
          {open.map((flag) => (
            <li key={flag.id} className="qa-gate__flag" data-flag-id={flag.id}>
              <span className={`chip chip--${flag.family}`}><span className="chip__dot" />{familyLabel(flag.family)}</span>
              <span>“{flag.text}” — {flag.message}</span>
              {flag.suggestion != null && pair && can(review.user, "edit") && (
                <button className="button button--small" onClick={() => void review.applySuggestion(pair, flag)}>Fix: “{flag.suggestion || "(remove)"}”</button>
              )}
              <button className="button button--small button--ghost" onClick={() => review.setOverlay({ kind: "dismiss", pairId, flagId: flag.id, fromGate: true })}>Dismiss…</button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="small">No error is open now.</p>
      )}
      {open.length ? (
        <ReasonForm label={`Or ${verb.toLowerCase()} anyway: why may it pass? (kept in the pair's history)`} action={`${verb} anyway`} required rows={2}
          autoFocus={false} onSubmit={(reason) => void review.confirmAnyway(pairId, reason)} onClose={close} />
      ) : (
        <div className="form__actions">
          <button className="button" onClick={close}>Close</button>
          <button className="button button--primary" onClick={() => { close(); void review.confirmAndNext(); }}>{verb}</button>
        </div>
      )}
    </Dialog>
  );
}
