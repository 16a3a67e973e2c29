import { useState, type FormEvent } from "react";
import { describeError } from "../../api/problem.ts";
import type { DocumentSummary } from "../../api/types.ts";
import { uploadDocument, type UploadPhase } from "../../api/upload.ts";
import { titleFromFileName } from "./titleFromFileName.ts";
import { Dialog } from "../shell/Dialog.tsx";
import { checkTextFile, MAX_UPLOAD_BYTES } from "./checkTextFile.ts";

type Mode = "upload" | "paste";

/** Texts, and the files other tools align (the server recognises them by content, not by name). */
const BITEXT_ACCEPT = ".txt,.md,.tmx,.xlf,.xliff,.xlz,.po,.pot,.tsv,.csv,text/plain";

export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (doc: DocumentSummary) => void }) {
  const [mode, setMode] = useState<Mode>("upload");
  const [title, setTitle] = useState("");
  const [ptText, setPtText] = useState("");
  const [enText, setEnText] = useState("");
  const [ptFile, setPtFile] = useState<File | null>(null);
  const [enFile, setEnFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const name = title.trim() || (ptFile ? titleFromFileName(ptFile.name) : "") || "Untitled";
    try {
      let body: FormData | { title: string; pt: string; en?: string };
      if (mode === "upload") {
        if (!ptFile) throw new Error("Choose the Portuguese file.");
        for (const file of [ptFile, enFile]) {
          const problem = file && (await checkTextFile(file));
          if (problem) throw new Error(problem);
        }
        body = new FormData();
        body.set("title", name);
        body.set("pt", ptFile);
        if (enFile) body.set("en", enFile);
      } else {
        if (!ptText.trim()) throw new Error("Paste the Portuguese text.");
        body = enText.trim() ? { title: name, pt: ptText, en: enText } : { title: name, pt: ptText };
      }
      const document = await uploadDocument(body, setPhase);
      onImported(document);
    } catch (failure) {
      setError(describeError(failure));
      setPhase(null);
    }
  }

  const busy = phase !== null;
  return (
    <Dialog title="Import a document" onClose={busy ? () => {} : onClose} wide testId="import-dialog">
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>Title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Taken from the file name when empty" />
        </label>
        <div className="segmented" role="tablist">
          <button type="button" role="tab" aria-selected={mode === "upload"} onClick={() => setMode("upload")}>Upload files</button>
          <button type="button" role="tab" aria-selected={mode === "paste"} onClick={() => setMode("paste")}>Paste text</button>
        </div>
        {mode === "upload" ? (
          <div className="form__columns">
            <label className="field">
              <span>Portuguese text (required), or one TMX, XLIFF, PO, TSV or CSV file with both languages</span>
              <input type="file" accept={BITEXT_ACCEPT} onChange={(e) => setPtFile(e.target.files?.[0] ?? null)} />
            </label>
            <label className="field">
              <span>English original or draft (optional)</span>
              <input type="file" accept=".txt,.md,text/plain" onChange={(e) => setEnFile(e.target.files?.[0] ?? null)} />
            </label>
          </div>
        ) : (
          <div className="form__columns">
            <label className="field">
              <span>Portuguese (required)</span>
              <textarea rows={10} lang="pt" value={ptText} onChange={(e) => setPtText(e.target.value)} />
            </label>
            <label className="field">
              <span>English (optional)</span>
              <textarea rows={10} lang="en" value={enText} onChange={(e) => setEnText(e.target.value)} />
            </label>
          </div>
        )}
        <p className="muted small">Up to {MAX_UPLOAD_BYTES / 1024 / 1024} MB per file. A TMX, XLIFF (1.0–2.0), PO or TSV/CSV file is recognised by its content and imported as it is aligned, with its statuses and notes; leave the English empty then. Without English, the pairs hold the Portuguese alone and the checks that compare with the source are skipped.</p>
        {phase && (
          <div className="import-progress" role="status" aria-live="polite">
            {phase.kind === "sending" ? (
              <>
                <progress max={1} value={phase.fraction} /> Sending… {Math.round(phase.fraction * 100)}%
              </>
            ) : (
              <>
                <progress max={1} value={phase.fraction} data-testid="import-job-progress" />{" "}
                {phase.queued ? "Queued…" : `Aligning and checking… ${Math.round(phase.fraction * 100)}%`}
              </>
            )}
          </div>
        )}
        {error && <p className="error" role="alert">{error}</p>}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={busy}>Import</button>
        </div>
      </form>
    </Dialog>
  );
}
