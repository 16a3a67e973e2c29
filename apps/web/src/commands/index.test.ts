import { describe, expect, it } from "vitest";
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
  ["leave-editing", key({ key: "Escape" })],
  ["show-shortcuts", key({ key: "?", shiftKey: true })],
  ["command-palette", key({ key: "k", ctrlKey: true })],
];

describe("the command list", () => {
  it("has unique names, and every key shown in the help is a key that works", () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const command of COMMANDS) expect(command.keys.length > 0).toBe(!!command.keyTest);
  });
  it.each(PRESSES)("sends the key press to exactly %s", (name, event) => {
    expect(COMMANDS.filter((c) => c.keyTest?.(event)).map((c) => c.name)).toEqual([name]);
  });
});
