// The demo accounts (password = user name): created for the local demo and announced in the log
// and on the login screen; with NODE_ENV=production never created and refused at login, the
// first admin coming from ALINHA_ADMIN_USER / ALINHA_ADMIN_PASSWORD.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppContext } from "../../../app-context.ts";
import { seedUsers } from "../../../db/seed.ts";
import { Client, startTestServer, type TestServer } from "../../../test-support/test-server.ts";
import { demoBanner, demoWarning, endDemoSessions, findDemoAccounts } from "../demo-accounts.ts";

// Each server's database has the test users translator/editor/admin with password = user name.
let demo: TestServer;
let production: TestServer;

beforeAll(async () => {
  [demo, production] = await Promise.all([startTestServer(), startTestServer({ app: { production: true } })]);
});
afterAll(async () => {
  await Promise.all([demo.close(), production.close()]);
});

describe("outside production", () => {
  it("finds the demo accounts whose password is still the user name, and names them in the log banner", async () => {
    const accounts = await findDemoAccounts(demo.prisma);
    expect(accounts).toEqual([{ username: "admin", role: "admin" }, { username: "editor", role: "editor" }, { username: "translator", role: "translator" }]);
    for (const text of [demoBanner(accounts), demoWarning(accounts)]) {
      expect(text).toMatch(/DEMO ACCOUNTS ARE ACTIVE: admin\/admin, editor\/editor, translator\/translator/);
      expect(text).toMatch(/NODE_ENV=production/);
    }
  });

  it("does not count an account whose password was changed", async () => {
    const ctx = createAppContext(demo.db);
    await seedUsers(ctx, { ALINHA_DEMO: "1" });
    const { hashPassword } = await import("../password.ts");
    await demo.prisma.user.update({ where: { username: "editor" }, data: { passwordHash: await hashPassword("outra-senha") } });
    expect((await findDemoAccounts(demo.prisma)).map((a) => a.username)).toEqual(["admin", "translator"]);
  });

  it("tells the login screen which demo accounts exist", async () => {
    const { createApp } = await import("../../../app.ts");
    const app = createApp({ db: demo.db, demoAccounts: [{ username: "admin", role: "admin" }] });
    const listening = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => listening.once("listening", resolve));
    try {
      const port = (listening.address() as { port: number }).port;
      const res = await new Client(`http://127.0.0.1:${port}`).get("/api/auth/options");
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ demoAccounts: [{ username: "admin", role: "admin" }] });
    } finally {
      await new Promise((resolve) => listening.close(resolve));
    }
    expect((await demo.anonymous().get("/api/auth/options")).body).toEqual({ demoAccounts: [] });
  });
});

describe("with NODE_ENV=production", () => {
  it("never creates demo accounts, even with ALINHA_DEMO=1, and creates the first admin from the environment", async () => {
    const ctx = createAppContext(production.db);
    await production.prisma.user.deleteMany({});
    const added = await seedUsers(ctx, { NODE_ENV: "production", ALINHA_DEMO: "1", ALINHA_ADMIN_USER: "chefe", ALINHA_ADMIN_PASSWORD: "uma senha longa e boa" });
    expect(added).toEqual(["chefe"]);
    expect((await production.prisma.user.findMany()).map((u) => [u.username, u.role])).toEqual([["chefe", "admin"]]);
    await expect(seedUsers(ctx, { NODE_ENV: "production", ALINHA_ADMIN_USER: "root", ALINHA_ADMIN_PASSWORD: "root" })).rejects.toThrow(/must not be the user name/);
    const login = await production.anonymous().post("/api/auth/login", { username: "chefe", password: "uma senha longa e boa" });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ username: "chefe", role: "admin" });
  });

  it("refuses existing demo accounts at login with 403, and lists none on the login screen", async () => {
    const ctx = createAppContext(production.db);
    await seedUsers(ctx, { ALINHA_DEMO: "1" }); // a database made by the demo, now run in production
    for (const name of ["admin", "editor", "translator"]) {
      const res = await production.anonymous().post("/api/auth/login", { username: name, password: name });
      expect(res.status).toBe(403);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(res.body.title).toBe("Demo account refused");
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    expect((await production.anonymous().get("/api/auth/options")).body).toEqual({ demoAccounts: [] });
  });

  it("ends the sessions demo accounts had from before (as the server does when it starts in production)", async () => {
    const translator = new Client(demo.url);
    await translator.post("/api/auth/login", { username: "translator", password: "translator" });
    expect((await translator.get("/api/auth/me")).status).toBe(200);
    const accounts = await findDemoAccounts(demo.prisma);
    expect(await endDemoSessions(demo.prisma, accounts)).toBeGreaterThan(0);
    // A fresh server on this database (the session cache is per process) no longer knows the cookie.
    const restarted = await import("../../../app.ts").then((m) => m.createApp({ db: demo.db, production: true }).listen(0, "127.0.0.1"));
    await new Promise((resolve) => restarted.once("listening", resolve));
    try {
      const again = new Client(`http://127.0.0.1:${(restarted.address() as { port: number }).port}`);
      again.cookie = translator.cookie;
      expect((await again.get("/api/auth/me")).status).toBe(401);
    } finally {
      await new Promise((resolve) => restarted.close(resolve));
    }
  });
});
