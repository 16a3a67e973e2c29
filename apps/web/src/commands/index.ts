import type { ReviewController } from "../features/review/ReviewController.ts";
import { applySuggestion } from "./apply-suggestion.ts";
import { approveSelection } from "./approve-selection.ts";
import { approveWithComment } from "./approve-with-comment.ts";
import { commandPalette } from "./command-palette.ts";
import { confirmAndNext } from "./confirm-and-next.ts";
import { dismissFlag } from "./dismiss-flag.ts";
import { exportDocument } from "./export.ts";
import { firstPair } from "./first-pair.ts";
import { focusSearch } from "./focus-search.ts";
import { goToDocuments } from "./go-to-documents.ts";
import { lastPair } from "./last-pair.ts";
import { leaveEditing } from "./leave-editing.ts";
import { mergeNext } from "./merge-next.ts";
import { moveEnToNext } from "./move-en-to-next.ts";
import { moveEnToPrevious } from "./move-en-to-previous.ts";
import { movePtToNext } from "./move-pt-to-next.ts";
import { movePtToPrevious } from "./move-pt-to-previous.ts";
import { nextFlag } from "./next-flag.ts";
import { nextPair } from "./next-pair.ts";
import { openSettings } from "./open-settings.ts";
import { previousFlag } from "./previous-flag.ts";
import { previousPair } from "./previous-pair.ts";
import { realignDocument } from "./realign-document.ts";
import { recheckDocument } from "./recheck-document.ts";
import { reject } from "./reject.ts";
import { saveDraft } from "./save-draft.ts";
import { searchReplace } from "./search-replace.ts";
import { showShortcuts } from "./show-shortcuts.ts";
import { splitPair } from "./split-pair.ts";
import { startEditing } from "./start-editing.ts";
import { toggleDiff } from "./toggle-diff.ts";
import { toggleSelection } from "./toggle-selection.ts";
import { toggleSidePanel } from "./toggle-side-panel.ts";
import { concordance } from "./concordance.ts";
import { copySource } from "./copy-source.ts";
import { dismissPropagation } from "./dismiss-propagation.ts";
import { nextFlaggedPair } from "./next-flagged-pair.ts";
import { nextNeedingWork } from "./next-needing-work.ts";
import { previousFlaggedPair } from "./previous-flagged-pair.ts";
import { previousNeedingWork } from "./previous-needing-work.ts";
import { propagateFix } from "./propagate-fix.ts";
import { showQaSummary } from "./show-qa-summary.ts";
import { insertMatch1 } from "./insert-match-1.ts";
import { insertMatch2 } from "./insert-match-2.ts";
import { insertMatch3 } from "./insert-match-3.ts";
import { redo } from "./redo.ts";
import { reopenPair } from "./reopen-pair.ts";
import { selectAllShown } from "./select-all-shown.ts";
import { undo } from "./undo.ts";
import type { Command } from "./types.ts";

/** Every command, in the order the help overlay and the palette list them. */
export const COMMANDS: readonly Command[] = [
  confirmAndNext, approveWithComment, reject, reopenPair, toggleSelection, selectAllShown, approveSelection,
  nextPair, previousPair, nextNeedingWork, previousNeedingWork, nextFlaggedPair, previousFlaggedPair, firstPair, lastPair, goToDocuments, openSettings,
  startEditing, leaveEditing, saveDraft, undo, redo, copySource, insertMatch1, insertMatch2, insertMatch3, propagateFix, dismissPropagation, searchReplace,
  applySuggestion, nextFlag, previousFlag, dismissFlag, recheckDocument,
  mergeNext, splitPair, movePtToPrevious, movePtToNext, moveEnToPrevious, moveEnToNext, realignDocument,
  focusSearch, concordance, showQaSummary, toggleSidePanel, toggleDiff, exportDocument, showShortcuts, commandPalette,
];

export function availableCommands(review: ReviewController): Command[] {
  return COMMANDS.filter((command) => !command.predicate || command.predicate(review));
}

/** The command a key press triggers, if any; `editing` is true while typing Portuguese. */
export function commandForKey(event: KeyboardEvent, review: ReviewController, editing: boolean): Command | undefined {
  return COMMANDS.find((command) =>
    command.keyTest?.(event) && (!editing || command.whileEditing) && (!command.predicate || command.predicate(review)));
}

export { commandLabel } from "./types.ts";
export type { Command, CommandName } from "./types.ts";
