import { useState } from "react";
import { api } from "../../api/client.ts";
import type { DocumentSummary, ExportFormat, ExportScope } from "../../api/types.ts";
import { Dialog } from "../shell/Dialog.tsx";
import { ReimportPanel } from "./ReimportPanel.tsx";
import { useExportJob } from "./useExportJob.ts";

/** `needsEnglish`: a translation-memory format pairs each English sentence with its translation. */
const FORMATS: { format: ExportFormat; label: string; needsEnglish?: boolean }[] = [
  { format: "tmx", label: "TMX 1.4b (translation memory)", needsEnglish: true },
  { format: "xliff", label: "XLIFF 2.0", needsEnglish: true },
  { format: "xliff12", label: "XLIFF 1.2 (most CAT tools, translate-toolkit)", needsEnglish: true },
  { format: "po", label: "PO (gettext)", needsEnglish: true },
  { format: "xlsx", label: "Excel workbook (XLSX)" },
  { format: "csv", label: "CSV (spreadsheet)" },
  { format: "tsv", label: "TSV (spreadsheet)" },
  { format: "html", label: "HTML, side by side" },
  { format: "docx-side", label: "Word, side by side (DOCX)" },
  { format: "md", label: "Markdown, side by side" },
  { format: "txt", label: "Cleaned Portuguese text" },
  { format: "docx", label: "Cleaned Portuguese in Word (DOCX)" },
];

export function ExportDialog({ document, onClose }: { document: DocumentSummary; onClose: () => void }) {
  const [format, setFormat] = useState<ExportFormat>(document.hasEnglish ? "tmx" : "txt");
  const approved = document.statusCounts.approved ?? 0;
  // Before anything is approved, "approved only" would download an empty file.
  const [scope, setScope] = useState<ExportScope>(approved > 0 ? "approved" : "all");
  const { phase, start } = useExportJob(document.id, onClose);
  const building = phase?.kind === "building";
  return (
    <Dialog
      title={`Export “${document.title}”`}
      onClose={onClose}
      testId="export-dialog"
      footer={
        <>
          <button className="button" onClick={onClose}>Cancel</button>
          {/* The file is built on the server as a job (a large DOCX takes seconds), then downloaded.
              The href is the direct download, which small documents get without the script. */}
          <a
            className="button button--primary"
            href={api.exportUrl(document.id, format, scope)}
            download
            aria-disabled={building}
            onClick={(event) => {
              event.preventDefault();
              void start(format, scope);
            }}
          >
            {building ? "Preparing…" : "Download"}
          </a>
        </>
      }
    >
      <fieldset className="field">
        <legend>Format</legend>
        <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {FORMATS.map((f) => (
            <option key={f.format} value={f.format} disabled={f.needsEnglish && !document.hasEnglish}>
              {f.label}{f.needsEnglish && !document.hasEnglish ? " — needs the English" : ""}
            </option>
          ))}
        </select>
        {!document.hasEnglish && <p className="muted small">This document has only Portuguese: translation-memory formats pair each English sentence with its translation, so they wait until the English is added.</p>}
      </fieldset>
      <fieldset className="field">
        <legend>Pairs</legend>
        <label className="radio">
          <input type="radio" name="scope" checked={scope === "approved"} onChange={() => setScope("approved")} />
          Approved only ({approved.toLocaleString("en")})
        </label>
        <label className="radio">
          <input type="radio" name="scope" checked={scope === "all"} onChange={() => setScope("all")} />
          All pairs ({document.pairCount.toLocaleString("en")})
        </label>
      </fieldset>
      {phase && (
        <div className="import-progress" role={phase.kind === "failed" ? "alert" : "status"} aria-live="polite" data-testid="export-progress">
          {phase.kind === "building" ? (
            <>
              <progress max={1} value={phase.fraction} data-testid="export-job-progress" />{" "}
              {phase.queued ? "Queued…" : `Building the file… ${Math.round(phase.fraction * 100)}%`}
            </>
          ) : (
            <span className="error">The export failed: {phase.message}</span>
          )}
        </div>
      )}
      <ReimportPanel document={document} />
    </Dialog>
  );
}
