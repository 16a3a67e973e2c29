import type { BulkSkip } from "../../api/types.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import { Dialog } from "../shell/Dialog.tsx";
import { ReasonForm } from "../shell/ReasonForm.tsx";

/** Pairs listed by number before "and N more": enough to recognise them without a wall of text. */
const LISTED = 12;

/**
 * The QA gate for a bulk approval: the pairs it skipped because an error flag is open on them,
 * with the flags' codes. An editor who has checked them approves them anyway with one reason,
 * which each pair's history keeps (with the codes it passed over); or closes the dialog and
 * fixes them one by one.
 */
export function BulkGateDialog({ review, skipped, comment }: { review: ReviewController; skipped: readonly BulkSkip[]; comment?: string | undefined }) {
  const close = () => review.setOverlay(null);
  const more = skipped.length - LISTED;
  return (
    <Dialog title={`${skipped.length.toLocaleString("en")} ${skipped.length === 1 ? "pair was" : "pairs were"} not approved: open errors`} onClose={close} wide testId="bulk-gate">
      <ul className="qa-gate__flags">
        {skipped.slice(0, LISTED).map((s) => (
          <li key={s.pairId} className="qa-gate__flag" data-pair-id={s.pairId}>
            <button className="button button--small button--ghost" onClick={() => { close(); review.goTo(s.pairId); }} title="Go to this pair">#{(s.index + 1).toLocaleString("en")}</button>
            <span className="small">{s.codes.join(", ")}</span>
          </li>
        ))}
        {more > 0 && <li className="small muted">and {more.toLocaleString("en")} more</li>}
      </ul>
      <ReasonForm label={`Approve ${skipped.length === 1 ? "it" : "them"} anyway: why may ${skipped.length === 1 ? "it" : "they"} pass? (kept in each pair's history)`}
        action={`Approve ${skipped.length.toLocaleString("en")} anyway`} required rows={2} autoFocus={false}
        onSubmit={(reason) => void review.approveAnyway(skipped.map((s) => s.pairId), reason, comment)} onClose={close} />
    </Dialog>
  );
}
