import type { Flag } from "../../api/types.ts";
import { familyLabel } from "./families.ts";
import { suggestionLabel } from "./suggestionLabel.ts";

/**
 * The current pair's focused flag, spelled out under its text. In the row's flow rather than
 * a floating tooltip, so it never covers the next pair while the reviewer reads on.
 */
export function FocusedFlagBar({ flag, count, onApply }: { flag: Flag; count: number; onApply?: (flag: Flag) => void }) {
  return (
    <div className={`focused-flag flag--${flag.family}`} data-testid="focused-flag">
      <span className="flag__family">{familyLabel(flag.family)}</span>
      <span className="focused-flag__message">{flag.message}</span>
      {flag.suggestion != null && onApply && (
        <button
          className="focused-flag__apply"
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => {
            e.stopPropagation();
            onApply(flag);
          }}
        >
          {suggestionLabel(flag)} <kbd>Ctrl+.</kbd>
        </button>
      )}
      {count > 1 && <span className="focused-flag__more">Ctrl+] next of {count}</span>}
    </div>
  );
}
