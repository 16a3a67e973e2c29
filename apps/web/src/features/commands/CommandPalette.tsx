import { useMemo, useState, type KeyboardEvent } from "react";
import { availableCommands, commandLabel } from "../../commands/index.ts";
import { fold } from "../filters/filters.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import { Dialog } from "../shell/Dialog.tsx";

/** Ctrl+K: every command available now, filtered as you type, run with Enter. */
export function CommandPalette({ review, onClose }: { review: ReviewController; onClose: () => void }) {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const commands = useMemo(() => {
    const needle = fold(text.trim());
    // Labels that start with what was typed come first, then those with it at a word start.
    const rank = (label: string) => (label.startsWith(needle) ? 0 : label.includes(` ${needle}`) ? 1 : 2);
    return availableCommands(review)
      .map((c) => ({ c, label: fold(commandLabel(c, review)) }))
      .filter(({ c, label }) => c.name !== "command-palette" && label.includes(needle))
      .sort((a, b) => rank(a.label) - rank(b.label))
      .map(({ c }) => c);
  }, [review, text]);

  function run(index: number) {
    const command = commands[index];
    if (!command) return;
    onClose();
    void command.perform(review);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "ArrowDown") setActive((i) => Math.min(commands.length - 1, i + 1));
    else if (event.key === "ArrowUp") setActive((i) => Math.max(0, i - 1));
    else if (event.key === "Enter") run(active);
    else return;
    event.preventDefault();
  }

  return (
    <Dialog title="Commands" onClose={onClose} testId="command-palette">
      <input
        className="palette__input"
        autoFocus
        placeholder="Type a command…"
        aria-label="Command"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette__list" role="listbox">
        {commands.map((c, i) => (
          <li key={c.name} role="option" aria-selected={i === active} className={i === active ? "palette__item palette__item--active" : "palette__item"} onMouseEnter={() => setActive(i)} onClick={() => run(i)}>
            <span>{commandLabel(c, review)}</span>
            <span>{c.keys.slice(0, 1).map((k) => <kbd key={k}>{k}</kbd>)}</span>
          </li>
        ))}
        {!commands.length && <li className="muted palette__item">No command matches.</li>}
      </ul>
    </Dialog>
  );
}
