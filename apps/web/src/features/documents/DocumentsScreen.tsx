import { useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import { can } from "../auth/permissions.ts";
import { useSession } from "../auth/useSession.ts";
import type { Route } from "../../app/routes.ts";
import type { DocumentSummary } from "../../api/types.ts";
import { ExportDialog } from "../export/ExportDialog.tsx";
import { PageScreen } from "../shell/PageScreen.tsx";
import { DocumentRow } from "./DocumentRow.tsx";
import { ImportDialog } from "./ImportDialog.tsx";
import { ImportMemoryDialog } from "../memory/ImportMemoryDialog.tsx";
import { recheckSummary } from "../recheck/recheckDocuments.ts";
import { useDocuments } from "./useDocuments.ts";

export function DocumentsScreen({ route }: { route: Route }) {
  const { documents, error, reload } = useDocuments();
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState<DocumentSummary | null>(null);
  const [importingMemory, setImportingMemory] = useState(false);
  const [memoryNotice, setMemoryNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [rechecking, setRechecking] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const { user } = useSession();

  async function remove(doc: DocumentSummary) {
    if (!window.confirm(`Move “${doc.title}” with all its pairs and history to the trash? An admin can restore it there for 30 days.`)) return;
    try {
      await api.deleteDocument(doc.id);
      reload();
    } catch (failure) {
      setActionError(describeError(failure));
    }
  }

  async function recheck(doc: DocumentSummary) {
    setRechecking((s) => new Set(s).add(doc.id));
    setNotice(null);
    try {
      const body = await api.recheck(doc.id);
      setNotice(`“${doc.title}”: ${recheckSummary({ done: 1, changedPairs: body.changedPairs, failed: [], documents: [body.document] })}`);
      reload();
    } catch (failure) {
      setActionError(describeError(failure));
    } finally {
      setRechecking((s) => {
        const next = new Set(s);
        next.delete(doc.id);
        return next;
      });
    }
  }

  return (
    <PageScreen
      route={route}
      title="Documents"
      lead={documents ? `${documents.length} documents` : "Loading…"}
      action={(
        <span className="button-row">
          {can(user, "approve") && <button className="button" onClick={() => setImportingMemory(true)}>Import memory (TMX)</button>}
          <button className="button button--primary" onClick={() => setImporting(true)}>Import document</button>
        </span>
      )}
    >
      {(error ?? actionError) && <p className="error" role="alert">{error ?? actionError}</p>}
      {(notice ?? memoryNotice) && <p className="notice notice--success" role="status" data-testid="documents-notice">{notice ?? memoryNotice}</p>}
      {documents && (
        <table className="documents" data-testid="documents">
          <thead>
            <tr>
              <th>Document</th>
              <th className="num">Pairs</th>
              <th>Progress</th>
              <th>Flags</th>
              <th className="num">Low conf.</th>
              <th>Last activity</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <DocumentRow
                key={doc.id}
                document={doc}
                onExport={() => setExporting(doc)}
                rechecking={rechecking.has(doc.id)}
                {...(can(user, "recheck") ? { onRecheck: () => void recheck(doc) } : {})}
                {...(can(user, "delete-document") ? { onDelete: () => void remove(doc) } : {})} />
            ))}
            {!documents.length && (
              <tr><td colSpan={7} className="empty">No documents yet. Import one to start.</td></tr>
            )}
          </tbody>
        </table>
      )}
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(doc) => {
            setImporting(false);
            reload();
            window.location.hash = `#/documents/${encodeURIComponent(doc.id)}`;
          }}
        />
      )}
      {exporting && <ExportDialog document={exporting} onClose={() => setExporting(null)} />}
      {importingMemory && (
        <ImportMemoryDialog onClose={() => setImportingMemory(false)} onImported={(text) => {
          setImportingMemory(false);
          setMemoryNotice(text);
        }} />
      )}
    </PageScreen>
  );
}
