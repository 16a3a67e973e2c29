import { describe, expect, it } from "vitest";
import { listDocuments, loadTerms } from "@alinha/corpus";
import { useTestServer } from "../../test-support/use-test-server.ts";
import { seed } from "../seed.ts";
import { databaseUrl } from "../paths.ts";

const server = useTestServer();

async function snapshot() {
  const { prisma } = server;
  return {
    documents: await prisma.document.count(), pairs: await prisma.pair.count(), edits: await prisma.edit.count(),
    flags: await prisma.flag.count(), terms: await prisma.term.count(), users: await prisma.user.count(),
  };
}

describe("seeding", () => {
  it("loads the built-in documents and the term list once; running it again changes nothing", async () => {
    const first = await seed(server.ctx, {});
    expect(first.documents.sort()).toEqual(listDocuments().map((d) => d.id).sort());
    expect(first.terms).toBe(loadTerms().length);
    const before = await snapshot();
    const again = await seed(server.ctx, {});
    expect(again).toEqual({ terms: 0, documents: [], users: [], rechecked: [] });
    expect(await snapshot()).toEqual(before);
    const list = (await (await server.as("translator")).get("/api/documents")).body.documents;
    expect(list.filter((d: { builtIn: boolean }) => d.builtIn)).toHaveLength(listDocuments().length);
  });

  it("creates the first admin from the environment, and no one with a default password outside the demo", async () => {
    const users = await seed(server.ctx, { ALINHA_ADMIN_USER: "chefe", ALINHA_ADMIN_PASSWORD: "s3gredo-longo" });
    expect(users.users).toEqual(["chefe"]);
    const login = await server.anonymous().post("/api/auth/login", { username: "chefe", password: "s3gredo-longo" });
    expect(login.body.user).toMatchObject({ username: "chefe", role: "admin" });
  });
});

describe("database URL", () => {
  it("defaults to data/alinha.db at the repository root and makes relative file URLs absolute", () => {
    expect(databaseUrl({})).toMatch(/^file:\/.*\/data\/alinha\.db$/);
    expect(databaseUrl({ DATABASE_URL: "file:./x/y.db", INIT_CWD: "/srv/alinha" })).toBe("file:/srv/alinha/x/y.db");
    expect(databaseUrl({ DATABASE_URL: "file:/abs/z.db" })).toBe("file:/abs/z.db");
  });
});
