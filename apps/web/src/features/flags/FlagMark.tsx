import type { Flag } from "../../api/types.ts";
import { ApplySuggestionButton } from "./ApplySuggestionButton.tsx";
import { familyLabel } from "./families.ts";

/**
 * One flagged span, coloured by family. The tooltip is a child of the mark so it opens on
 * hover and on keyboard focus (the focused flag keeps it open) and its button stays clickable.
 */
export function FlagMark({ flag, text, focused, onApply }: {
  flag: Flag;
  text: string;
  focused: boolean;
  onApply?: (flag: Flag) => void;
}) {
  return (
    <mark
      className={`flag flag--${flag.family} flag--${flag.severity}${focused ? " flag--focused" : ""}`}
      data-flag-id={flag.id}
      data-family={flag.family}
      aria-label={`${familyLabel(flag.family)}: ${flag.message}`}
    >
      {text}
      <span className="flag__tip" role="tooltip">
        <span className={`flag__family chip--${flag.family}`}>{familyLabel(flag.family)}</span>
        <span className="flag__message">{flag.message}</span>
        {flag.suggestion != null && onApply && (
          <ApplySuggestionButton flag={flag} onApply={onApply} className="flag__apply" testId="apply-suggestion" />
        )}
      </span>
    </mark>
  );
}
