import { useCallback, useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { TrashedDocument } from "../../api/types.ts";
import type { Route } from "../../app/routes.ts";
import { PageScreen } from "../shell/PageScreen.tsx";

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** Deleted documents (admins only): restore one whole, or delete it for good. */
export function TrashScreen({ route }: { route: Route }) {
  const [documents, setDocuments] = useState<TrashedDocument[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setDocuments((await api.trash()).documents);
    } catch (failure) {
      setError(describeError(failure));
    }
  }, []);
  useEffect(() => { void load(); }, [load]);

  async function act(doc: TrashedDocument, action: "restore" | "purge") {
    if (action === "purge" && !window.confirm(`Delete “${doc.title}” for good? Its pairs, history and comments cannot be restored afterwards.`)) return;
    setBusy(doc.id);
    setError(null);
    try {
      if (action === "restore") await api.restoreDocument(doc.id);
      else await api.purgeDocument(doc.id);
      setNotice(action === "restore" ? `Restored “${doc.title}”: it is back in Documents.` : `Deleted “${doc.title}” for good.`);
      await load();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <PageScreen route={route} title="Trash" lead="Deleted documents stay here for 30 days; restoring one brings back its pairs, history and comments.">
      {error && <p className="error" role="alert">{error}</p>}
      {notice && <p className="notice notice--success" role="status">{notice}</p>}
      {documents && documents.length === 0 && <p className="muted">The trash is empty.</p>}
      {documents && documents.length > 0 && (
        <table className="trash-table">
          <thead>
            <tr><th>Document</th><th>Pairs</th><th>Deleted</th><th>Purged on</th><th aria-label="Actions" /></tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.id} data-testid="trashed-document">
                <td>{doc.title}</td>
                <td>{doc.pairCount}</td>
                <td>{dateTime.format(new Date(doc.deletedAt))} by {doc.deletedBy}</td>
                <td>{day.format(new Date(doc.purgeAt))}</td>
                <td className="trash-table__actions">
                  <button className="button" disabled={busy === doc.id} onClick={() => void act(doc, "restore")} aria-label={`Restore ${doc.title}`}>Restore</button>
                  <button className="button button--ghost" disabled={busy === doc.id} onClick={() => void act(doc, "purge")} aria-label={`Delete ${doc.title} for good`}>Delete for good</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PageScreen>
  );
}
