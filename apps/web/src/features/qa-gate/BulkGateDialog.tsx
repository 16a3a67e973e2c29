import { useState } from "react";
import type { BulkSkip } from "../../api/types.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import { Dialog } from "../shell/Dialog.tsx";
import { ReasonForm } from "../shell/ReasonForm.tsx";

/**
 * The QA gate for a bulk approval: the pairs it skipped because an error flag is open on them,
 * with the flags' codes, all ticked. An editor who has checked them approves the ticked ones
 * anyway with one reason, which each pair's history keeps (with the codes it passed over); or
 * closes the dialog and fixes them one by one.
 */
export function BulkGateDialog({ review, skipped, comment }: { review: ReviewController; skipped: readonly BulkSkip[]; comment?: string | undefined }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(skipped.map((s) => s.pairId)));
  const close = () => review.setOverlay(null);
  const toggle = (pairId: string) => setChosen((previous) => {
    const next = new Set(previous);
    if (!next.delete(pairId)) next.add(pairId);
    return next;
  });
  const n = chosen.size;
  return (
    <Dialog title={`${skipped.length.toLocaleString("en")} ${skipped.length === 1 ? "pair was" : "pairs were"} not approved: open errors`} onClose={close} wide testId="bulk-gate">
      <ul className="qa-gate__flags qa-gate__flags--scroll">
        {skipped.map((s) => (
          <li key={s.pairId} className="qa-gate__flag" data-pair-id={s.pairId}>
            <input type="checkbox" checked={chosen.has(s.pairId)} onChange={() => toggle(s.pairId)} aria-label={`Approve pair ${(s.index + 1).toLocaleString("en")} anyway`} />
            <button className="button button--small button--ghost" onClick={() => { close(); review.goTo(s.pairId); }} title="Go to this pair (closes this list)">#{(s.index + 1).toLocaleString("en")}</button>
            <span className="small">{s.codes.join(", ")}</span>
          </li>
        ))}
      </ul>
      <ReasonForm label={`Approve the ticked ${n === 1 ? "pair" : "pairs"} anyway: why may ${n === 1 ? "it" : "they"} pass? (kept in each pair's history)`}
        action={`Approve ${n.toLocaleString("en")} anyway`} required rows={2} autoFocus={false}
        onSubmit={(reason) => { if (n) void review.approveAnyway(skipped.filter((s) => chosen.has(s.pairId)).map((s) => s.pairId), reason, comment); }} onClose={close} />
    </Dialog>
  );
}
