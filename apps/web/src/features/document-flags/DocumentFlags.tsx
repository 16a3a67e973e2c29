import { useState } from "react";
import type { DocumentFlag } from "../../api/types.ts";
import { DismissDialog } from "../flags/DismissDialog.tsx";
import { familyLabel } from "../flags/families.ts";
import { bulkFix, type BulkFix } from "./bulkFix.ts";
import { dismissedToggleLabel, occurrencesLabel, shownFindings } from "./dismissedFindings.ts";

/**
 * What the checks found about the document as a whole (a text in lower case, spaced hyphens
 * for dashes, a word flagged in many pairs…), whichever checks found it, each with its bulk fix
 * when it carries one. A finding the reviewer dismissed is folded away ("Show N dismissed").
 * @param onFix opens the fix's preview; absent where fixing happens elsewhere (the documents list)
 * @param onDismiss, onRestore dismiss a finding with a reason / take that back; absent: no buttons
 */
export function DocumentFlags({ flags, onFix, onDismiss, onRestore, compact }: {
  flags: readonly DocumentFlag[] | undefined;
  onFix?: (fix: BulkFix) => void;
  onDismiss?: (flag: DocumentFlag, reason: string) => void | Promise<void>;
  onRestore?: (flag: DocumentFlag) => void | Promise<void>;
  compact?: boolean;
}) {
  const [showDismissed, setShowDismissed] = useState(false);
  const [dismissing, setDismissing] = useState<DocumentFlag | null>(null);
  if (!flags?.length) return null;
  const { shown, dismissed } = shownFindings(flags, showDismissed);
  const toggle = dismissedToggleLabel(dismissed, showDismissed);
  return (
    <>
      <ul className={compact ? "document-flags document-flags--compact" : "document-flags"} data-testid="document-flags" aria-label="Findings about the whole document">
        {shown.map((flag) => {
          const fix = flag.dismissed ? null : bulkFix(flag);
          const count = occurrencesLabel(flag);
          return (
            <li key={`${flag.code}\u0000${flag.text}`} className={`document-flags__item document-flags__item--${flag.severity}${flag.dismissed ? " document-flags__item--dismissed" : ""}`}>
              <span className={`chip chip--${flag.family}`} title={flag.code}><span className="chip__dot" />{familyLabel(flag.family)}</span>
              <span className="document-flags__message">{flag.message}</span>
              {count && <span className="document-flags__count" title={`Flagged in ${flag.occurrences} pairs, reported once`}>{count}</span>}
              {flag.dismissed && (
                <span className="muted small">dismissed by {flag.dismissedBy || "someone"}{flag.dismissReason ? `: ${flag.dismissReason}` : ""}</span>
              )}
              {fix?.kind === "replace" && onFix && (
                <button className="button button--small" onClick={() => onFix(fix)} title={`Replace “${fix.find}” with “${fix.replace}” across the document, after a preview`}>
                  Fix all: “{fix.find}” → “{fix.replace}”
                </button>
              )}
              {fix?.kind === "recase" && onFix && (
                <button className="button button--small" onClick={() => onFix(fix)} title="Capitalise sentence starts, and names and acronyms as the English writes them, across the document, after a preview">
                  Fix all: restore capitals…
                </button>
              )}
              {!flag.dismissed && onDismiss && (
                <button className="button button--small button--ghost" onClick={() => setDismissing(flag)} title="A false alarm: dismiss it for this document (it stays dismissed when the checks run again)">Dismiss…</button>
              )}
              {flag.dismissed && onRestore && (
                <button className="button button--small button--ghost" onClick={() => void onRestore(flag)}>Restore</button>
              )}
            </li>
          );
        })}
        {toggle && (
          <li className="document-flags__toggle">
            <button className="button button--small button--ghost" aria-pressed={showDismissed} onClick={() => setShowDismissed((on) => !on)}>{toggle}</button>
          </li>
        )}
      </ul>
      {dismissing && onDismiss && (
        <DismissDialog title="Dismiss this finding" flag={dismissing} onClose={() => setDismissing(null)}
          onDismiss={(reason) => {
            setDismissing(null);
            void onDismiss(dismissing, reason);
          }} />
      )}
    </>
  );
}
