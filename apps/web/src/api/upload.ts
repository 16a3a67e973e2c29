import { ApiProblem } from "./problem.ts";
import type { DocumentSummary } from "./types.ts";

export type UploadPhase = { kind: "sending"; fraction: number } | { kind: "processing" };

/**
 * Sends an import (multipart files or pasted JSON). XMLHttpRequest rather than fetch because only it reports upload
 * progress; once the bytes are sent the server aligns and checks, which has no progress to
 * report, so the caller shows an indeterminate "processing" state.
 */
export function uploadDocument(
  body: FormData | { title: string; pt: string; en?: string },
  onPhase: (phase: UploadPhase) => void,
): Promise<DocumentSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/documents");
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onPhase({ kind: "sending", fraction: event.loaded / event.total });
    };
    xhr.upload.onload = () => onPhase({ kind: "processing" });
    xhr.onerror = () => reject(new TypeError("network"));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        body = { title: xhr.statusText || `HTTP ${xhr.status}` };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve((body as { document: DocumentSummary }).document);
      else reject(new ApiProblem(xhr.status, body));
    };
    onPhase({ kind: "sending", fraction: 0 });
    if (body instanceof FormData) xhr.send(body);
    else {
      xhr.setRequestHeader("Content-Type", "application/json");
      xhr.send(JSON.stringify(body));
    }
  });
}
