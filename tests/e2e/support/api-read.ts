import type { Page } from "playwright-core";

/** A pair as the API sends it, narrowed to what the browser tests check. */
export interface ApiPair {
  id: string;
  index: number;
  ptText: string;
  enText: string;
  status: string;
  version: number;
  flags: { id: string; family: string; text: string; dismissed: boolean; dismissReason?: string | null }[];
}

/** One pair and its history, read through the API with the page's session: what was stored, not what is shown. */
export async function pairOf(page: Page, baseUrl: string, id: string): Promise<{ pair: ApiPair; edits: { action: string }[] }> {
  return (await (await page.request.get(`${baseUrl}/api/pairs/${id}`)).json()) as { pair: ApiPair; edits: { action: string }[] };
}

export async function allPairs(page: Page, baseUrl: string, documentId: string): Promise<ApiPair[]> {
  const body = (await (await page.request.get(`${baseUrl}/api/documents/${documentId}/pairs?limit=5000`)).json()) as { pairs: ApiPair[] };
  return body.pairs;
}
