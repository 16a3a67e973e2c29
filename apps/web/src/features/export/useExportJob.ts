import { useCallback, useRef, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { ExportFormat, ExportScope } from "../../api/types.ts";

/** Where an export stands: building on the server (with its progress), or failed with the reason. */
export type ExportPhase = { kind: "building"; fraction: number; queued: boolean } | { kind: "failed"; message: string } | null;

/** Saves the file the job built: the browser downloads it (Content-Disposition: attachment). */
function save(url: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = "";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Runs an export as a job on the server (a large DOCX or XLSX takes seconds to build), follows
 * its progress, then downloads the file it built.
 * @param documentId the document to export.
 * @param onSaved called once the download has been handed to the browser (the dialog closes).
 */
export function useExportJob(documentId: string, onSaved: () => void) {
  const [phase, setPhase] = useState<ExportPhase>(null);
  // A second click while one export runs would start a second job for nothing.
  const running = useRef(false);
  const start = useCallback(async (format: ExportFormat, scope: ExportScope) => {
    if (running.current) return;
    running.current = true;
    setPhase({ kind: "building", fraction: 0, queued: true });
    try {
      const { file } = await api.exportFile(documentId, format, scope, (fraction, state) => setPhase({ kind: "building", fraction, queued: state === "queued" }));
      save(file.url);
      setPhase(null);
      onSaved();
    } catch (failure) {
      setPhase({ kind: "failed", message: describeError(failure) });
    } finally {
      running.current = false;
    }
  }, [documentId, onSaved]);
  return { phase, start };
}
