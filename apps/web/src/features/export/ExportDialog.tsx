import { useState } from "react";
import { api } from "../../api/client.ts";
import type { DocumentSummary, ExportFormat, ExportScope } from "../../api/types.ts";
import { Dialog } from "../shell/Dialog.tsx";

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: "tmx", label: "TMX 1.4b (translation memory)" },
  { format: "xliff", label: "XLIFF 2.0" },
  { format: "tsv", label: "TSV (spreadsheet)" },
  { format: "html", label: "HTML, side by side" },
  { format: "md", label: "Markdown, side by side" },
  { format: "txt", label: "Cleaned Portuguese text" },
];

export function ExportDialog({ document, onClose }: { document: DocumentSummary; onClose: () => void }) {
  const [format, setFormat] = useState<ExportFormat>("tmx");
  const approved = document.statusCounts.approved ?? 0;
  // Before anything is approved, "approved only" would download an empty file.
  const [scope, setScope] = useState<ExportScope>(approved > 0 ? "approved" : "all");
  return (
    <Dialog
      title={`Export “${document.title}”`}
      onClose={onClose}
      testId="export-dialog"
      footer={
        <>
          <button className="button" onClick={onClose}>Cancel</button>
          {/* A plain link: the browser handles Content-Disposition and the download itself. */}
          <a className="button button--primary" href={api.exportUrl(document.id, format, scope)} download onClick={() => setTimeout(onClose, 0)}>
            Download
          </a>
        </>
      }
    >
      <fieldset className="field">
        <legend>Format</legend>
        <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {FORMATS.map((f) => <option key={f.format} value={f.format}>{f.label}</option>)}
        </select>
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
    </Dialog>
  );
}
