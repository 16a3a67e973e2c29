import { COMMANDS, commandLabel, type Command } from "../../commands/index.ts";
import type { CommandGroup } from "../../commands/types.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import { Dialog } from "../shell/Dialog.tsx";

const GROUPS: CommandGroup[] = ["Review", "Navigate", "Edit", "Flags", "Alignment", "View"];

/** The "?" help, built from the registered commands; those a role may not use are left out. */
export function ShortcutsOverlay({ review, onClose }: { review: ReviewController; onClose: () => void }) {
  const allowed = (c: Command) => c.keys.length > 0 && roleAllows(c, review);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} wide testId="shortcuts">
      <div className="shortcuts">
        {GROUPS.map((group) => {
          const commands = COMMANDS.filter((c) => c.group === group && allowed(c));
          if (!commands.length) return null;
          return (
            <section key={group}>
              <h3>{group}</h3>
              <dl>
                {commands.map((c) => (
                  <div key={c.name} className="shortcuts__row">
                    <dt>{c.keys.map((k) => <kbd key={k}>{k}</kbd>)}</dt>
                    <dd>{commandLabel(c, review)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
      <p className="muted small">Ctrl+K opens the command palette, which also lists commands without a key.</p>
    </Dialog>
  );
}

/**
 * The help lists a command even when it is not available this instant (no flag focused, not
 * editing), but never one the user's role forbids: that is judged with a pair and a flag.
 */
function roleAllows(command: Command, review: ReviewController): boolean {
  if (!command.predicate) return true;
  const probePair = review.current ?? review.pairs[0];
  const probe: ReviewController = {
    ...review,
    // With English, so a command that needs some (copy the English) is judged by role alone.
    current: probePair ? { ...probePair, enText: probePair.enText || "probe" } : null,
    editingId: null,
    focusedFlag: review.focusedFlag ?? { id: "", code: "", family: "entity", severity: "info", start: 0, end: 0, text: "", message: "", suggestion: "", dismissed: false },
    selection: new Set(["probe"]),
    propagation: review.propagation ?? { find: "", replace: "", fromPairId: "", flagCode: null, matches: [], total: 0, chosen: new Set(["probe"]), applying: false },
    // Three matches, so Ctrl+1..3 are listed whether or not this pair has any.
    matches: [0, 1, 2].map(() => ({ score: 1, enText: "", ptText: "", documentId: null, pairId: null, status: null, source: "" })),
  };
  return command.predicate(probe) || command.name === "leave-editing";
}
