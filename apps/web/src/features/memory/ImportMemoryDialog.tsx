import { useState, type FormEvent } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import { titleFromFileName } from "../documents/titleFromFileName.ts";
import { Dialog } from "../shell/Dialog.tsx";

/**
 * Imports a TMX file as a named translation memory (or adds its units to one): its units are
 * matched beside every pair from then on, with the memory's name as their source.
 */
export function ImportMemoryDialog({ onClose, onImported }: { onClose: () => void; onImported: (text: string) => void }) {
  const [name, setName] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const memory = name.trim() || titleFromFileName(file.name);
    setBusy(true);
    setError(null);
    try {
      const body = await api.importMemory(memory, await file.text());
      onImported(`Memory “${body.memory.name}” now has ${body.memory.units.toLocaleString("en")} ${body.memory.units === 1 ? "unit" : "units"}${body.warnings.length ? ` (${body.warnings.length} warnings: ${body.warnings[0]}…)` : ""}.`);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="Import a translation memory (TMX)" onClose={busy ? () => {} : onClose} testId="import-memory-dialog">
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>Memory name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Taken from the file name when empty" />
        </label>
        <label className="field">
          <span>TMX file</span>
          <input type="file" accept=".tmx,.xml,application/xml" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={!file || busy}>{busy ? "Importing…" : "Import"}</button>
        </div>
      </form>
    </Dialog>
  );
}
