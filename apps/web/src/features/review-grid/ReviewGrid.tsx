import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { can } from "../auth/permissions.ts";
import { englishCounterpart } from "../flags/englishCounterpart.ts";
import type { Pair } from "../../api/types.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import { splitPoint } from "../review/splitPoint.ts";
import { englishMarks } from "./englishMarks.ts";
import { PairRow } from "./PairRow.tsx";

/** Rows are measured after render; this only sizes the scrollbar before they are. */
const ESTIMATED_ROW_HEIGHT = 64;

/**
 * The side-by-side grid, virtualised: only the rows in view (plus a few) exist in the DOM, so
 * a 5,000-pair document scrolls as lightly as a 50-pair one.
 */
export function ReviewGrid({ review }: { review: ReviewController }) {
  const { pairs, visible, current, currentVisibleIndex, editingId, selection, drafts, focusedFlag, showDiff, user, terms } = review;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
    getItemKey: (i) => pairs[visible[i] ?? -1]?.id ?? i,
  });

  useEffect(() => {
    if (currentVisibleIndex >= 0) virtualizer.scrollToIndex(currentVisibleIndex, { align: "auto" });
  }, [currentVisibleIndex, virtualizer]);

  // Back to the grid after editing, so the next shortcut is not typed into nowhere.
  useEffect(() => {
    if (!editingId && (document.activeElement === document.body || document.activeElement === null)) scrollRef.current?.focus({ preventScroll: true });
  }, [editingId]);

  // Only the current row gets its English marked: the terms matter where the reviewer reads.
  const currentText = current ? drafts.get(current.id)?.text ?? current.ptText : "";
  const enMarks = useMemo(() => (current ? englishMarks(current, currentText, focusedFlag, terms) : []), [current, currentText, focusedFlag, terms]);
  const flagEnglish = useMemo(() => (current && focusedFlag ? englishCounterpart(focusedFlag, current.enText, terms)?.text : undefined), [current, focusedFlag, terms]);

  const canEdit = can(user, "edit");
  const canSelect = can(user, "approve");
  const onEdit = useCallback((id: string) => review.startEditing(id), [review.startEditing]);
  const onInsertMatch = useCallback((n: number) => void review.insertMatch(n), [review.insertMatch]);
  // The English had one sentence there (that is why the aligner joined): it is cut where the split dialog would propose.
  const onUndoPageBreak = useCallback((pair: Pair) => {
    if (pair.pageBreakAt == null) return;
    void review.split(pair.id, pair.pageBreakAt, splitPoint(pair.enText, pair.pageBreakAt / Math.max(1, pair.ptText.length)), "page-break");
  }, [review.split]);

  return (
    <div className="grid" role="grid" aria-rowcount={visible.length} aria-label="Pairs">
      <div className="grid__head" role="row">
        <div>#</div>
        <div>English</div>
        <div>Portuguese</div>
        <div>Status</div>
      </div>
      <div className="grid__scroll" ref={scrollRef} tabIndex={0} data-testid="grid">
        <div className="grid__inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const pair = pairs[visible[item.index] ?? -1];
            if (!pair) return null;
            return (
              <div key={item.key} className="grid__row" data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
                <PairRow
                  pair={pair}
                  draft={drafts.get(pair.id)?.text}
                  current={pair.id === current?.id}
                  editing={pair.id === editingId}
                  selected={selection.has(pair.id)}
                  focusedFlagId={pair.id === current?.id ? focusedFlag?.id ?? null : null}
                  showDiff={showDiff}
                  {...(pair.id === current?.id ? { enMarks, flagEnglish } : {})}
                  canEdit={canEdit}
                  canSelect={canSelect}
                  editedBy={review.editedByOthers.get(pair.id)}
                  onActivate={review.goTo}
                  onEdit={onEdit}
                  onDraft={review.setDraft}
                  onApply={review.applySuggestion}
                  onToggleSelect={review.toggleSelection}
                  onSelectRange={review.selectRange}
                  {...(pair.id === current?.id ? { matches: review.matches, onInsertMatch: onInsertMatch, onUndoPageBreak } : {})}
                />
              </div>
            );
          })}
        </div>
        {!visible.length && !review.loading && <p className="empty">No pair matches these filters.</p>}
      </div>
    </div>
  );
}
