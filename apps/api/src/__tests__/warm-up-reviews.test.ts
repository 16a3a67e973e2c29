import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-support/use-test-server.ts";
import { warmUpDatabase } from "../warm-up.ts";
import { RehearsalSessions, warmUpReviews } from "../warm-up-reviews.ts";

const server = useTestServer("editor");

async function counts() {
  const p = server.prisma;
  return { documents: await p.document.count(), pairs: await p.pair.count(), edits: await p.edit.count(), flags: await p.flag.count(), comments: await p.comment.count(), users: await p.user.count(), sessions: await p.session.count() };
}

describe("what a process does before it listens", () => {
  it("reads the pairs of the documents worked on last without changing anything", async () => {
    const before = await counts();
    await warmUpDatabase(server.ctx);
    expect(await counts()).toEqual(before);
  });

  it("rehearses a review session that stores nothing, announces nothing, and leaves the server answering as before", async () => {
    const before = await counts();
    const heard: string[] = [];
    const unsubscribe = server.db.changes.subscribe((topic) => heard.push(topic));
    const { answered, filled } = await warmUpReviews(server.ctx);
    unsubscribe();
    // It did rehearse: saves and approvals went through, and the stale saves among them were refused.
    expect(answered[200]).toBeGreaterThan(100);
    expect(answered[409]).toBeGreaterThan(0);
    // Approvals filled repetitions (its document's English is repeated for the rehearsal), as approvals under load do.
    expect(filled).toBeGreaterThan(20);
    expect(await counts()).toEqual(before);
    expect(heard).toEqual([]);
    const docs = await server.editor.get("/api/documents");
    expect(docs.status).toBe(200);
    expect(JSON.stringify(docs.body)).not.toContain("warm-up");
  });

  it("gives the rehearsal's editor role only to the rehearsal's own token, never to another request on its port", async () => {
    const user = { id: "u", username: "warm-up", displayName: "warm-up", role: "editor" as const };
    const sessions = new RehearsalSessions(server.ctx, user);
    try {
      expect(await sessions.userFor(sessions.token)).toEqual(user);
      expect(await sessions.userFor("warm-up")).toBeUndefined();
      expect(await sessions.userFor(`${sessions.token.slice(0, -1)}${sessions.token.endsWith("A") ? "B" : "A"}`)).toBeUndefined();
      expect(await sessions.userFor("")).toBeUndefined();
    } finally {
      sessions.close();
    }
  });
});
