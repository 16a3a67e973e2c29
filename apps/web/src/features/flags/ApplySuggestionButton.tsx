import type { Flag } from "../../api/types.ts";
import { suggestionLabel } from "./suggestionLabel.ts";

/**
 * The one-click fix of a flag, wherever the flag is shown. It keeps the editor's focus
 * (mousedown is swallowed, so a click does not blur the Portuguese being edited) and does not
 * let the click reach the row, which would otherwise take it as "select this pair".
 */
export function ApplySuggestionButton({ flag, onApply, className, testId }: {
  flag: Flag;
  onApply: (flag: Flag) => void;
  className: string;
  testId?: string;
}) {
  return (
    <button
      className={className}
      data-testid={testId}
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => {
        e.stopPropagation();
        onApply(flag);
      }}
    >
      {suggestionLabel(flag)} <kbd>Ctrl+.</kbd>
    </button>
  );
}
