import { describe, expect, it } from "vitest";
import type { ReviewController } from "../features/review/ReviewController.ts";
import { COMMANDS } from "./index.ts";

function key(init: KeyboardEventInit & { key: string }): KeyboardEvent {
  // Enough of a KeyboardEvent for keyTest, without a DOM.
  return { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, code: "", ...init } as KeyboardEvent;
}

const PRESSES: [string, KeyboardEvent][] = [
  ["confirm-and-next", key({ key: "Enter", ctrlKey: true })],
  ["reject", key({ key: "Enter", ctrlKey: true, shiftKey: true })],
  ["next-pair", key({ key: "ArrowDown", altKey: true })],
  ["next-pair", key({ key: "ArrowDown", metaKey: true })],
  ["previous-pair", key({ key: "ArrowUp", altKey: true })],
  ["apply-suggestion", key({ key: ".", code: "Period", ctrlKey: true })],
  ["next-needing-work", key({ key: "ArrowDown", ctrlKey: true, shiftKey: true })],
  ["next-flagged-pair", key({ key: "F8" })],
  ["previous-flagged-pair", key({ key: "F8", shiftKey: true })],
  ["merge-next", key({ key: "Â", code: "KeyM", altKey: true, shiftKey: true })],
  ["split-pair", key({ key: "S", code: "KeyS", altKey: true, shiftKey: true })],
  ["move-pt-to-next", key({ key: "ArrowDown", altKey: true, shiftKey: true })],
  ["move-en-to-previous", key({ key: "PageUp", altKey: true, shiftKey: true })],
  ["copy-source", key({ key: "Insert", ctrlKey: true, shiftKey: true })],
  ["concordance", key({ key: "F", ctrlKey: true, shiftKey: true })],
  ["propagate-fix", key({ key: "Enter", altKey: true })],
  ["show-shortcuts", key({ key: "?", shiftKey: true })],
  ["command-palette", key({ key: "k", ctrlKey: true })],
  ["undo", key({ key: "z", ctrlKey: true })],
  ["redo", key({ key: "Z", ctrlKey: true, shiftKey: true })],
  ["redo", key({ key: "y", ctrlKey: true })],
  ["insert-match-1", key({ key: "1", ctrlKey: true })],
  ["insert-match-3", key({ key: "¡", code: "Digit3", altKey: true })],
  ["select-all-shown", key({ key: "a", ctrlKey: true })],
];

describe("the command list", () => {
  it("has unique names, and every key shown in the help is a key that works", () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const command of COMMANDS) expect(command.keys.length > 0).toBe(!!command.keyTest);
  });
  it.each(PRESSES)("sends the key press to exactly %s", (name, event) => {
    expect(COMMANDS.filter((c) => c.keyTest?.(event)).map((c) => c.name)).toEqual([name]);
  });
  it("gives Esc to the editor while editing and to the fix offer otherwise, never both", () => {
    const esc = key({ key: "Escape" });
    expect(COMMANDS.filter((c) => c.keyTest?.(esc)).map((c) => c.name).sort()).toEqual(["dismiss-propagation", "leave-editing"]);
    const offer = { find: "a", replace: "b", fromPairId: "p", flagCode: null, matches: [], total: 0, chosen: new Set<string>(), applying: false };
    const review = (editingId: string | null) => ({ editingId, propagation: offer }) as unknown as ReviewController;
    expect(COMMANDS.filter((c) => c.keyTest?.(esc) && c.predicate?.(review("p"))).map((c) => c.name)).toEqual(["leave-editing"]);
    expect(COMMANDS.filter((c) => c.keyTest?.(esc) && c.predicate?.(review(null))).map((c) => c.name)).toEqual(["dismiss-propagation"]);
  });
});
