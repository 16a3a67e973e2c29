import { describe, expect, it } from "vitest";
import { afterRedo, afterUndo, EMPTY_STACKS, recorded } from "./undoStack.ts";
import type { UndoEntry } from "./undoEntry.ts";

const edit = (after: string): UndoEntry => ({ kind: "text", label: "edit", pairId: "p", before: "", after });
const render = (s: { done: readonly UndoEntry[]; undone: readonly UndoEntry[] }) =>
  `${s.done.map((e) => (e.kind === "text" ? e.after : e.kind)).join(",")} | ${s.undone.map((e) => (e.kind === "text" ? e.after : e.kind)).join(",")}`;

describe("undo stacks", () => {
  it("undoes the last step first and redoes it", () => {
    const two = recorded(recorded(EMPTY_STACKS, edit("a")), edit("b"));
    expect(render(afterUndo(two))).toBe("a | b");
    expect(render(afterRedo(afterUndo(two)))).toBe("a,b | ");
  });
  it("forgets what was undone once something new is done", () => {
    expect(render(recorded(afterUndo(recorded(EMPTY_STACKS, edit("a"))), edit("c")))).toBe("c | ");
  });
  it("does nothing with nothing to undo or redo", () => {
    expect(afterUndo(EMPTY_STACKS)).toBe(EMPTY_STACKS);
    expect(afterRedo(EMPTY_STACKS)).toBe(EMPTY_STACKS);
  });
});
