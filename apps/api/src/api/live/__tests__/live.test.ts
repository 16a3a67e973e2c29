// Live review over Server-Sent Events: a second reviewer sees who else is on the document, on
// which pair and whether editing, and hears of their saved changes, without asking.
import { describe, expect, it } from "vitest";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import type { Client } from "../../../test-support/test-server.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

interface Stream {
  next(event: string, where?: (data: any) => boolean, ms?: number): Promise<any>;
  close(): void;
}

async function openStream(client: Client, documentId: string): Promise<Stream> {
  const controller = new AbortController();
  const res = await fetch(`${server.url}/api/documents/${documentId}/events`, { headers: { cookie: client.cookie }, signal: controller.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
  const events: { event: string; data: any }[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // Aborted.
    }
  })();
  return {
    async next(event, where = () => true, ms = 1000) {
      const started = Date.now();
      for (;;) {
        const found = [...events].reverse().find((e) => e.event === event && where(e.data));
        if (found) return found.data;
        if (Date.now() - started > ms) throw new Error(`no matching "${event}" event within ${ms} ms; got ${JSON.stringify(events)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => controller.abort(),
  };
}

describe("live review", () => {
  it("shows who else is on the document and on which pair, and their saved edit, within a second", async () => {
    const doc = await importedDocument(translator, { title: "Ao vivo", pt: SAMPLE_PT, en: SAMPLE_EN });
    const seenByEditor = await openStream(editor, doc.id);
    const mine = await seenByEditor.next("hello");
    const translatorStream = await openStream(translator, doc.id);
    const { key } = await translatorStream.next("hello");

    // The translator arrives, then starts editing the first pair.
    await seenByEditor.next("presence", (d) => d.viewers.some((v: any) => v.displayName === "Test translator"));
    expect((await translator.post(`/api/documents/${doc.id}/presence`, { key, pairId: doc.pairs[0]!.id, editing: true })).status).toBe(204);
    const editing = await seenByEditor.next("presence", (d) => d.viewers.some((v: any) => v.displayName === "Test translator" && v.pairId === doc.pairs[0]!.id && v.editing));
    expect(editing.viewers.map((v: any) => v.key)).toContain(mine.key);

    // Their save reaches the editor's stream, named and versioned.
    const saved = await translator.patch(`/api/pairs/${doc.pairs[0]!.id}`, { ptText: "O economista Noah Smith escreveu sobre a IA.", version: 1 });
    expect(saved.status).toBe(200);
    const event = await seenByEditor.next("pairs", (d) => d.pairs.some((p: any) => p.id === doc.pairs[0]!.id));
    expect(event).toMatchObject({ documentId: doc.id, structural: false, byName: "Test translator", pairs: [{ id: doc.pairs[0]!.id, version: 2 }] });

    // Leaving takes them off the list.
    translatorStream.close();
    await seenByEditor.next("presence", (d) => !d.viewers.some((v: any) => v.displayName === "Test translator"));
    seenByEditor.close();
  });

  it("refuses a stream for a document that does not exist, and presence for a stream that is not yours", async () => {
    expect((await editor.get("/api/documents/nope/events")).status).toBe(404);
    expect((await editor.post("/api/documents/nope/presence", { key: "x", pairId: null })).status).toBe(404);
    expect((await server.anonymous().get("/api/documents/nope/events")).status).toBe(401);
  });
});
