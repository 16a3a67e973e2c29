import { describe, expect, it } from "vitest";
import type { Db } from "../../../db/index.ts";
import { LocalChanges, type Changes } from "../../../db/changes.ts";
import { SessionStore } from "../session-store.ts";

/** A session table of one row whose reads are counted and answered only when `answer()` is called. */
function slowSessions() {
  let reads = 0;
  const waiting: (() => void)[] = [];
  const row = { id: "h", expiresAt: new Date(Date.now() + 3_600_000), user: { id: "u1", username: "ana", displayName: "Ana", role: "editor" } };
  let present = true;
  const prisma = {
    session: {
      findUnique: () => {
        reads++;
        const found = present ? row : null;
        return new Promise((resolve) => waiting.push(() => resolve(found)));
      },
      deleteMany: async () => { present = false; },
    },
  } as unknown as Db;
  return { prisma, reads: () => reads, answer: () => waiting.splice(0).forEach((go) => go()) };
}

function localChanges(): Changes {
  const local = new LocalChanges();
  return { publish: async (topic, payload = {}) => local.deliver(topic, payload), subscribe: (fn) => local.subscribe(fn), ready: async () => {}, close: async () => {} };
}

describe("session lookups", () => {
  it("reads a session this process has not seen once, however many requests bring it at the same time", async () => {
    const table = slowSessions();
    const store = new SessionStore(table.prisma);
    const users = Array.from({ length: 25 }, () => store.userFor("token"));
    table.answer();
    expect((await Promise.all(users)).map((u) => u?.username)).toEqual(Array(25).fill("ana"));
    expect(table.reads()).toBe(1);
    // Cached afterwards: no read at all.
    expect((await store.userFor("token"))?.username).toBe("ana");
    expect(table.reads()).toBe(1);
  });

  it("does not hand a request made after a logout the read that was on its way before it", async () => {
    const table = slowSessions();
    const store = new SessionStore(table.prisma, localChanges());
    const before = store.userFor("token");
    await store.destroy("token");
    const after = store.userFor("token");
    table.answer();
    await before;
    expect(await after).toBeUndefined();
    expect(table.reads()).toBe(2);
  });
});
