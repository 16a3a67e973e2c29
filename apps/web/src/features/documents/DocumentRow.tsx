import type { DocumentSummary } from "../../api/types.ts";
import { FlagCounts } from "../flags/FlagCounts.tsx";
import { StatusProgress } from "../status/StatusProgress.tsx";
import { relativeTime } from "./relativeTime.ts";
import { DocumentFlags } from "../document-flags/DocumentFlags.tsx";

export function DocumentRow({ document, onExport, onRecheck, rechecking = false, onDelete }: {
  document: DocumentSummary;
  onExport: () => void;
  /** Present for editors: runs the checks again on this document. */
  onRecheck?: () => void;
  rechecking?: boolean;
  onDelete?: () => void;
}) {
  const href = `#/documents/${encodeURIComponent(document.id)}`;
  return (
    <tr data-document-id={document.id}>
      <td>
        <a className="documents__title" href={href}>{document.title}</a>
        <div className="documents__meta">
          {document.builtIn && <span className="tag">built-in</span>}
          {!document.hasEnglish && <span className="tag tag--warn">no English</span>}
        </div>
        {/* Fixed from the review screen, where the preview of a bulk fix can be checked. */}
        <DocumentFlags flags={document.documentFlags} compact />
      </td>
      <td className="num">{document.pairCount.toLocaleString("en")}</td>
      <td className="documents__progress"><StatusProgress wordCounts={document.wordCounts} /></td>
      <td><FlagCounts counts={document.flagCounts} /></td>
      <td className="num">{document.lowConfidenceCount || <span className="muted">0</span>}</td>
      <td className="nowrap" title={new Date(document.lastActivityAt).toLocaleString()}>{relativeTime(document.lastActivityAt)}</td>
      <td className="documents__actions">
        <a className="button" href={href}>Review</a>
        <button className="button button--ghost" onClick={onExport}>Export</button>
        {onRecheck && (
          <button className="button button--ghost" onClick={onRecheck} disabled={rechecking} aria-label={`Re-run checks on ${document.title}`} title="Run every check again, e.g. after the glossary changed">
            {rechecking ? "Re-checking…" : "Re-run checks"}
          </button>
        )}
        {onDelete && <button className="button button--ghost" onClick={onDelete} aria-label={`Delete ${document.title}`}>Delete</button>}
      </td>
    </tr>
  );
}
