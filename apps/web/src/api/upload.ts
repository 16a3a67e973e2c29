import { followJob, type Job } from "./jobs.ts";
import { ApiProblem } from "./problem.ts";
import type { DocumentSummary } from "./types.ts";

export type UploadPhase = { kind: "sending"; fraction: number } | { kind: "processing"; fraction: number; queued: boolean };

/**
 * Sends an import (multipart files or pasted JSON). XMLHttpRequest rather than fetch because only it reports upload
 * progress; once the bytes are sent the server answers 202 with a job (aligning and checking
 * run in the background), which is then followed to its end, its progress reported as it goes.
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
    xhr.upload.onload = () => onPhase({ kind: "processing", fraction: 0, queued: true });
    xhr.onerror = () => reject(new TypeError("network"));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        body = { title: xhr.statusText || `HTTP ${xhr.status}` };
      }
      if (xhr.status === 202) {
        const job = (body as { job: Job<{ document: DocumentSummary }> }).job;
        followJob(job, (fraction, state) => onPhase({ kind: "processing", fraction, queued: state === "queued" }))
          .then((result) => resolve(result.document), reject);
      } else if (xhr.status >= 200 && xhr.status < 300) resolve((body as { document: DocumentSummary }).document);
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
