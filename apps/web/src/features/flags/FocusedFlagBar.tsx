import type { Flag } from "../../api/types.ts";
import { ApplySuggestionButton } from "./ApplySuggestionButton.tsx";
import { familyLabel } from "./families.ts";

/**
 * The current pair's focused flag, spelled out under its text. In the row's flow rather than
 * a floating tooltip, so it never covers the next pair while the reviewer reads on. For a
 * name, it also says what the English has, which a CAT tool's QA message leaves to the eye.
 */
export function FocusedFlagBar({ flag, count, english, onApply }: { flag: Flag; count: number; english?: string | undefined; onApply?: (flag: Flag) => void }) {
  return (
    <div className={`focused-flag flag--${flag.family}`} data-testid="focused-flag" role="note">
      <span className="flag__family">{familyLabel(flag.family)}</span>
      <span className="focused-flag__message">
        {flag.message}
        {english && <span className="focused-flag__en"> English: <b lang="en">{english}</b></span>}
      </span>
      <span className="focused-flag__actions">
        {flag.suggestion != null && onApply && (
          <ApplySuggestionButton flag={flag} onApply={onApply} className="focused-flag__apply" />
        )}
        {onApply && <span className="focused-flag__key"><kbd>Ctrl+Shift+X</kbd> dismiss</span>}
        {count > 1 && <span className="focused-flag__key"><kbd>Ctrl+]</kbd> next of {count}</span>}
      </span>
    </div>
  );
}
