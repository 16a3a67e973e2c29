import type { ReviewController } from "../features/review/ReviewController.ts";

/** Every command's name; a closed union so a typo in a registration is a compile error. */
export type CommandName =
  | "confirm-and-next" | "next-pair" | "previous-pair" | "first-pair" | "last-pair"
  | "start-editing" | "leave-editing" | "save-draft"
  | "apply-suggestion" | "next-flag" | "previous-flag" | "dismiss-flag"
  | "reject" | "toggle-selection" | "approve-selection" | "approve-with-comment"
  | "focus-search" | "search-replace" | "toggle-side-panel" | "toggle-diff"
  | "merge-next" | "split-pair" | "move-pt-to-previous" | "move-pt-to-next" | "move-en-to-previous" | "move-en-to-next" | "realign-document" | "recheck-document"
  | "export" | "show-shortcuts" | "command-palette" | "go-to-documents" | "open-settings"
  | "propagate-fix" | "dismiss-propagation" | "copy-source" | "concordance" | "show-qa-summary"
  | "next-needing-work" | "previous-needing-work" | "next-flagged-pair" | "previous-flagged-pair"
  | "undo" | "redo" | "insert-match-1" | "insert-match-2" | "insert-match-3" | "reopen-pair" | "select-all-shown";

export type CommandGroup = "Navigate" | "Edit" | "Flags" | "Review" | "Alignment" | "View";

/**
 * A keyboard command as data (the excalidraw action shape): the shortcut help and the command
 * palette are both built from the registered list, so neither can drift from what keys do.
 */
export interface Command {
  name: CommandName;
  group: CommandGroup;
  /** Shown in the palette and the help; a function when it depends on the role. */
  label: string | ((review: ReviewController) => string);
  /** Key combinations as shown to the user, e.g. "Ctrl+Enter". Empty: palette only. */
  keys: readonly string[];
  keyTest?: (event: KeyboardEvent) => boolean;
  /** Whether the keys also work while typing in the Portuguese editor. */
  whileEditing?: boolean;
  /** Whether the command is available now (role, a current pair, …); hidden when false. */
  predicate?: (review: ReviewController) => boolean;
  perform: (review: ReviewController) => void | Promise<void>;
}

export function commandLabel(command: Command, review: ReviewController): string {
  return typeof command.label === "function" ? command.label(review) : command.label;
}
