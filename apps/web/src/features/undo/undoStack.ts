import type { UndoEntry } from "./undoEntry.ts";

/** How many steps back the grid remembers; a session's worth, not the whole history (that is the server's). */
const DEPTH = 100;

/**
 * The undo and redo stacks, as data: doing something new clears the redo stack, as in every
 * editor; undoing moves an entry across.
 */
export interface UndoStacks {
  done: readonly UndoEntry[];
  undone: readonly UndoEntry[];
}

export const EMPTY_STACKS: UndoStacks = { done: [], undone: [] };

export function recorded(stacks: UndoStacks, entry: UndoEntry): UndoStacks {
  return { done: [...stacks.done, entry].slice(-DEPTH), undone: [] };
}

export function afterUndo(stacks: UndoStacks): UndoStacks {
  const entry = stacks.done.at(-1);
  return entry ? { done: stacks.done.slice(0, -1), undone: [...stacks.undone, entry] } : stacks;
}

export function afterRedo(stacks: UndoStacks): UndoStacks {
  const entry = stacks.undone.at(-1);
  return entry ? { done: [...stacks.done, entry], undone: stacks.undone.slice(0, -1) } : stacks;
}
