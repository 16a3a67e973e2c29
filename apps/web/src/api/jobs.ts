import { request } from "./http.ts";
import { ApiProblem } from "./problem.ts";

/** A background job as GET /api/jobs/:id gives it (imports, re-alignments, re-checks). */
export interface Job<R = Record<string, unknown>> {
  id: string;
  kind: string;
  state: "queued" | "running" | "succeeded" | "failed";
  progress: number;
  result: R | null;
  error: Record<string, unknown> & { status: number } | null;
}

const POLL_MS = 300;

/**
 * Follows a job the API accepted (202) until it ends: its result, or its error thrown as the
 * ApiProblem the request itself would have failed with. `onProgress` hears each poll (0 to 1).
 */
export async function followJob<R>(job: Job<R>, onProgress?: (fraction: number, state: Job["state"]) => void): Promise<R> {
  let current = job;
  for (;;) {
    onProgress?.(current.progress, current.state);
    if (current.state === "succeeded") return current.result as R;
    if (current.state === "failed") throw new ApiProblem(current.error?.status ?? 500, current.error ?? {});
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = (await request<{ job: Job<R> }>("GET", `/jobs/${encodeURIComponent(current.id)}`)).job;
  }
}

/** POSTs a request the API answers with a job, and waits for the job's result. */
export async function requestJob<R>(path: string, body?: unknown, onProgress?: (fraction: number, state: Job["state"]) => void): Promise<R> {
  const { job } = await request<{ job: Job<R> }>("POST", path, body);
  return followJob(job, onProgress);
}
