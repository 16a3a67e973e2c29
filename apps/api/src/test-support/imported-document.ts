import type { Pair } from "../contract/index.ts";
import type { Client } from "./test-server.ts";

/** Imports a document through the API, as the tests' starting point, and lists its pairs. */
export async function importedDocument(client: Client, body: { title: string; pt: string; en?: string }): Promise<{ id: string; pairs: Pair[] }> {
  const res = await client.postJob("/api/documents", body);
  if (res.status !== 201) throw new Error(`import of "${body.title}" failed: ${res.status} ${res.text}`);
  const id = res.body.document.id as string;
  return { id, pairs: (await client.get(`/api/documents/${id}/pairs`)).body.pairs };
}
