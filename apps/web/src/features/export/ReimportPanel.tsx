import { useState, type FormEvent } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { DocumentSummary, ReimportResponse } from "../../api/types.ts";

/**
 * Brings back a file exported from this document and edited in another tool (XLIFF, PO, TMX,
 * TSV, CSV): changed targets become edits; pairs changed here since the export are listed as
 * conflicts to settle by hand, and left as they are.
 */
export function ReimportPanel({ document }: { document: DocumentSummary }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReimportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api.reimport(document.id, file));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="field" onSubmit={submit} data-testid="reimport">
      <fieldset className="field">
        <legend>Bring back a file edited elsewhere</legend>
        <input type="file" aria-label="Edited file" accept=".xlf,.xliff,.po,.tmx,.tsv,.csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <button type="submit" className="button" disabled={!file || busy}>{busy ? "Re-importing…" : "Re-import"}</button>
      </fieldset>
      {error && <p className="error" role="alert">{error}</p>}
      {result && (
        <div role="status">
          <p>
            {result.edited.length} pair{result.edited.length === 1 ? "" : "s"} updated from {result.fileName}; {result.unchanged} unchanged
            {result.unknown.length > 0 ? `; ${result.unknown.length} not in this document` : ""}.
          </p>
          {result.conflicts.length > 0 && (
            <>
              <p>{result.conflicts.length} pair{result.conflicts.length === 1 ? " was" : "s were"} changed here since the export and kept as they are: compare and edit by hand.</p>
              <ul className="reimport-conflicts">
                {result.conflicts.map((c) => (
                  <li key={c.pairId}>
                    <strong>Pair {c.index + 1}</strong> — {c.reason}
                    <div lang="pt">Here: {c.ours}</div>
                    <div lang="pt">In the file: {c.theirs}</div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
