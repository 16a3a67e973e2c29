import type { DocumentFlag } from "../../api/types.ts";
import { familyLabel } from "../flags/families.ts";
import { bulkFix, type BulkFix } from "./bulkFix.ts";

/**
 * What the checks found about the document as a whole (a text in lower case, spaced hyphens
 * for dashes…), whichever checks found it, each with its bulk fix when it carries one.
 * @param onFix opens the fix's preview; absent where fixing happens elsewhere (the documents list)
 */
export function DocumentFlags({ flags, onFix, compact }: { flags: readonly DocumentFlag[] | undefined; onFix?: (fix: BulkFix) => void; compact?: boolean }) {
  if (!flags?.length) return null;
  return (
    <ul className={compact ? "document-flags document-flags--compact" : "document-flags"} data-testid="document-flags" aria-label="Findings about the whole document">
      {flags.map((flag, i) => {
        const fix = bulkFix(flag);
        return (
          <li key={`${flag.code}-${i}`} className={`document-flags__item document-flags__item--${flag.severity}`}>
            <span className={`chip chip--${flag.family}`} title={flag.code}><span className="chip__dot" />{familyLabel(flag.family)}</span>
            <span className="document-flags__message">{flag.message}</span>
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
          </li>
        );
      })}
    </ul>
  );
}
