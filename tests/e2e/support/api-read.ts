import type { Page } from "playwright-core";

/** A pair as the API sends it, narrowed to what the browser tests check. */
export interface ApiPair {
  id: string;
  index: number;
  ptText: string;
  enText: string;
  status: string;
  version: number;
  flags: { id: string; family: string; text: string; dismissed: boolean; dismissReason?: string | null; lowConfidence?: boolean }[];
}

/** One pair and its history, read through the API with the page's session: what was stored, not what is shown. */
export async function pairOf(page: Page, baseUrl: string, id: string): Promise<{ pair: ApiPair; edits: { action: string }[] }> {
  return (await (await page.request.get(`${baseUrl}/api/pairs/${id}`)).json()) as { pair: ApiPair; edits: { action: string }[] };
}

export async function allPairs(page: Page, baseUrl: string, documentId: string): Promise<ApiPair[]> {
  const body = (await (await page.request.get(`${baseUrl}/api/documents/${documentId}/pairs?limit=5000`)).json()) as { pairs: ApiPair[] };
  return body.pairs;
}

/**
 * Imports a document through the API as the web app does: POST answers 202 with a job, which is
 * polled until it ends; returns the document the job made.
 */
export async function importThroughApi(page: Page, baseUrl: string, body: { title: string; pt: string; en?: string }, timeoutMs = 60_000): Promise<{ id: string }> {
  const accepted = await page.request.post(`${baseUrl}/api/documents`, { data: body });
  if (accepted.status() !== 202) throw new Error(`import answered ${accepted.status()}: ${await accepted.text()}`);
  const { job } = (await accepted.json()) as { job: { id: string } };
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
    const current = ((await (await page.request.get(`${baseUrl}/api/jobs/${job.id}`)).json()) as { job: { state: string; result: { document: { id: string } } | null; error: unknown } }).job;
    if (current.state === "succeeded") return current.result!.document;
    if (current.state === "failed") throw new Error(`import job failed: ${JSON.stringify(current.error)}`);
  }
  throw new Error(`the import job did not end within ${timeoutMs / 1000} s`);
}
