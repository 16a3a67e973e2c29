import { useMemo } from "react";
import type { Route } from "../../app/routes.ts";
import { useSession } from "../auth/useSession.ts";
import { CommandPalette } from "../commands/CommandPalette.tsx";
import { ShortcutsOverlay } from "../commands/ShortcutsOverlay.tsx";
import { useKeyboardCommands } from "../commands/useKeyboardCommands.ts";
import { ConflictDialog } from "../conflict/ConflictDialog.tsx";
import { DocumentProgress } from "../counts/DocumentProgress.tsx";
import { ExportDialog } from "../export/ExportDialog.tsx";
import { DismissDialog } from "../flags/DismissDialog.tsx";
import { PropagateBar } from "../propagate/PropagateBar.tsx";
import { FilterBar } from "../filters/FilterBar.tsx";
import { SidePanel } from "../history/SidePanel.tsx";
import { ReplaceDialog } from "../replace/ReplaceDialog.tsx";
import { ReviewGrid } from "../review-grid/ReviewGrid.tsx";
import { TopBar } from "../shell/TopBar.tsx";
import { PresenceBar } from "../live/PresenceBar.tsx";
import { AlignmentFindings } from "./AlignmentFindings.tsx";
import { ReasonDialog } from "./ReasonDialog.tsx";
import { DocumentFlags } from "../document-flags/DocumentFlags.tsx";
import { documentFlagActions } from "../document-flags/documentFlagActions.ts";
import { RecaseDialog } from "../document-flags/RecaseDialog.tsx";
import { QaGateDialog } from "../qa-gate/QaGateDialog.tsx";
import { BulkGateDialog } from "../qa-gate/BulkGateDialog.tsx";
import { ReviewToolbar } from "./ReviewToolbar.tsx";
import { SplitDialog } from "./SplitDialog.tsx";
import { StatusLine } from "./StatusLine.tsx";
import { useReviewController } from "./useReviewController.ts";

export function ReviewScreen({ route }: { route: Extract<Route, { screen: "review" }> }) {
  const { user } = useSession();
  const review = useReviewController(user, route.documentId, route.pairId);
  useKeyboardCommands(review);
  const { overlay, setOverlay, conflict } = review;
  const close = () => setOverlay(null);
  const splitPair = overlay?.kind === "split" ? review.pairs.find((p) => p.id === overlay.pairId) : undefined;
  // A flag dismissed from the QA gate returns to the gate: what is still open, or the sign-off itself.
  const backToGate = () => overlay?.kind === "dismiss" && setOverlay({ kind: "qa-gate", pairId: overlay.pairId, flags: [] });
  const authors = useMemo(() => [...new Set(review.pairs.map((p) => p.updatedBy).filter((a): a is string => !!a))].sort(), [review.pairs]);

  return (
    <div className="screen screen--review">
      <TopBar route={route}>
        <span className="crumb">/</span>
        <h1 className="topbar__doc" title={review.document?.title}>{review.document?.title ?? "…"}</h1>
        <DocumentProgress wordCounts={review.document?.wordCounts} />
      </TopBar>
      <DocumentFlags flags={review.document?.documentFlags} compact {...documentFlagActions(review)} />
      <ReviewToolbar review={review} />
      <PresenceBar others={review.others} pairs={review.pairs} />
      <FilterBar filters={review.filters} onChange={review.setFilters} shown={review.visible.length} total={review.total} authors={authors} />
      {review.error && <p className="error banner" role="alert">{review.error}</p>}
      <AlignmentFindings document={review.document} />
      <div className={review.panelOpen ? "workspace workspace--panel" : "workspace"}>
        <ReviewGrid review={review} />
        {review.panelOpen && <SidePanel review={review} />}
      </div>
      <PropagateBar review={review} />
      <StatusLine review={review} />

      {overlay?.kind === "shortcuts" && <ShortcutsOverlay review={review} onClose={close} />}
      {overlay?.kind === "palette" && <CommandPalette review={review} onClose={close} />}
      {overlay?.kind === "export" && review.document && <ExportDialog document={review.document} onClose={close} />}
      {overlay?.kind === "replace" && (
        <ReplaceDialog documentId={review.documentId} onClose={close} onApplied={() => void review.reloadPairs()}
          {...(overlay.find ? { initial: { find: overlay.find, replace: overlay.replaceWith ?? "" } } : {})} />
      )}
      {overlay?.kind === "recase" && <RecaseDialog review={review} onClose={close} />}
      {overlay?.kind === "bulk-gate" && <BulkGateDialog review={review} skipped={overlay.skipped} comment={overlay.comment} />}
      {overlay?.kind === "qa-gate" && <QaGateDialog review={review} pairId={overlay.pairId} flags={overlay.flags} />}
      {overlay?.kind === "split" && splitPair && (
        <SplitDialog pair={splitPair} onClose={close} onSplit={(ptAt, enAt) => void review.split(splitPair.id, ptAt, enAt)} />
      )}
      {overlay?.kind === "reject" && (
        <ReasonDialog
          title={overlay.pairIds.length > 1 ? `Reject ${overlay.pairIds.length} pairs` : "Reject this pair"}
          label="What should the translator fix? (required)"
          action="Reject"
          required
          onClose={close}
          onSubmit={(comment) => void review.reject(overlay.pairIds, comment)}
        />
      )}
      {overlay?.kind === "approve" && (
        <ReasonDialog
          title={overlay.pairIds.length > 1 ? `Approve ${overlay.pairIds.length} pairs` : "Approve this pair"}
          label="Comment for the translator (optional)"
          action="Approve"
          required={false}
          onClose={close}
          onSubmit={(comment) => void review.approve(overlay.pairIds, comment)}
        />
      )}
      {overlay?.kind === "dismiss" && (
        <DismissDialog
          flag={review.pairs.find((p) => p.id === overlay.pairId)?.flags.find((f) => f.id === overlay.flagId)}
          onClose={overlay.fromGate ? backToGate : close}
          onDismiss={(reason) => void review.dismissFlag(overlay.pairId, overlay.flagId, reason).then(() => overlay.fromGate && backToGate())}
        />
      )}
      {conflict && <ConflictDialog key={conflict.pairId + conflict.theirs.version} conflict={conflict} onResolve={(choice) => void review.resolveConflict(choice)} />}
    </div>
  );
}
