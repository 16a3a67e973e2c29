// Login throttling per account and per address, with growing delays (never a lockout longer
// than the cap), kept in the database: a second server on the same database sees the same counts.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../app.ts";
import { openDatabase } from "../../../db/index.ts";
import { Client, startTestServer, type TestServer } from "../../../test-support/test-server.ts";
import { DEFAULT_POLICIES, delayAfter, LoginThrottle } from "../login-throttle.ts";

let clock = Date.parse("2026-12-06T10:00:00Z");
let server: TestServer;

beforeAll(async () => {
  // TRUST_PROXY=loopback: the test client is the proxy, and X-Forwarded-For names the user.
  server = await startTestServer({ app: { now: () => clock, trustProxy: "loopback" } });
});
afterAll(() => server.close());

function from(address: string, username: string, password: string, base = server.url) {
  return new Client(base).request("POST", "/api/auth/login", { username, password }, { "x-forwarded-for": address });
}

describe("delays", () => {
  it("grow by doubling after the free attempts, up to the cap", () => {
    const account = DEFAULT_POLICIES.account;
    expect([3, 4, 5, 6, 7, 20].map((n) => delayAfter(n, account))).toEqual([0, 0, 1000, 2000, 4000, 60_000]);
    expect(delayAfter(1000, DEFAULT_POLICIES.address)).toBe(15 * 60_000);
  });
});

describe("per account", () => {
  it("slows guesses at one account from many addresses, with growing Retry-After, and lets the owner in after the wait", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await from(`203.0.113.${i + 1}`, "admin", `guess-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await from("203.0.113.99", "admin", "admin");
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(blocked.headers.get("retry-after")).toBe("1");
    clock += 1000;
    expect((await from("203.0.113.6", "admin", "guess-6")).status).toBe(401);
    expect((await from("203.0.113.7", "admin", "guess-7")).headers.get("retry-after")).toBe("2");
    clock += 2000;
    expect((await from("203.0.113.8", "admin", "guess-8")).status).toBe(401);
    expect((await from("203.0.113.9", "admin", "guess-9")).headers.get("retry-after")).toBe("4");
    // Another account is not held up by this one.
    expect((await from("203.0.113.10", "editor", "editor")).status).toBe(200);
    clock += 4000;
    const owner = await from("198.51.100.1", "admin", "admin");
    expect(owner.status).toBe(200);
    // A success starts the account afresh.
    expect((await from("203.0.113.11", "admin", "wrong")).status).toBe(401);
  });

  it("never locks the owner out for longer than the cap, however many guesses", async () => {
    let wait = 0;
    for (let i = 0; i < 30; i++) {
      const res = await from(`192.0.2.${i + 1}`, "translator", `guess-${i}`);
      if (res.status === 429) {
        wait = Number(res.headers.get("retry-after"));
        clock += wait * 1000;
      }
    }
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(DEFAULT_POLICIES.account.maxMs / 1000);
    clock += DEFAULT_POLICIES.account.maxMs;
    expect((await from("192.0.2.200", "translator", "translator")).status).toBe(200);
  });
});

describe("per address", () => {
  it("slows one address guessing across many accounts", async () => {
    clock += 60 * 60_000;
    const statuses: number[] = [];
    for (let i = 0; i < DEFAULT_POLICIES.address.free; i++) statuses.push((await from("198.51.100.66", `user${i}`, "123456")).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    const next = await from("198.51.100.66", "editor", "editor");
    expect(next.status).toBe(429);
    // Other addresses are not affected.
    expect((await from("198.51.100.67", "editor", "editor")).status).toBe(200);
  });

  it("ignores X-Forwarded-For without TRUST_PROXY, so a client cannot pick a fresh address per guess", async () => {
    const direct = await startTestServer({ app: { now: () => clock } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= DEFAULT_POLICIES.address.free; i++) statuses.push((await from(`10.0.0.${i + 1}`, `someone${i}`, "x", direct.url)).status);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await direct.close();
    }
  });
});

describe("shared through the database", () => {
  it("counts guesses made on one server process against the same account on another", async () => {
    clock += 60 * 60_000;
    const db = await openDatabase(server.db.url);
    const other = createApp({ db, now: () => clock, trustProxy: "loopback" }).listen(0, "127.0.0.1");
    await new Promise((resolve) => other.once("listening", resolve));
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      for (let i = 0; i < 5; i++) {
        const res = await from(`172.16.0.${i + 1}`, "editor", `guess-${i}`, i % 2 === 0 ? server.url : otherUrl);
        expect(res.status).toBe(401);
      }
      expect((await from("172.16.0.50", "editor", "editor", otherUrl)).status).toBe(429);
      expect((await from("172.16.0.51", "editor", "editor", server.url)).status).toBe(429);
    } finally {
      await new Promise((resolve) => other.close(resolve));
      await db.close();
    }
  });
});

describe("attempts at the same moment", () => {
  it("lets an attempt whose clock read a little earlier through while no delay applies (concurrent logins from one office)", async () => {
    clock += 60 * 60_000;
    const keys = (user: string) => ({ account: `account:${user}`, address: "address:198.51.100.9" });
    const later = new LoginThrottle(server.prisma, DEFAULT_POLICIES, () => clock + 5);
    const earlier = new LoginThrottle(server.prisma, DEFAULT_POLICIES, () => clock);
    // The attempt that read its clock later commits first; the other, a few milliseconds behind, must not see a block.
    expect(await later.attempt(keys("translator"))).toBe(0);
    expect(await earlier.attempt(keys("editor"))).toBe(0);
    await later.succeeded(keys("translator"));
    expect(await earlier.attempt(keys("admin"))).toBe(0);
  });

  it("still makes a blocked account wait", async () => {
    clock += 60 * 60_000;
    const throttle = new LoginThrottle(server.prisma, DEFAULT_POLICIES, () => clock);
    const keys = { account: "account:blocked-one", address: "address:198.51.100.10" };
    for (let i = 0; i < DEFAULT_POLICIES.account.free; i++) expect(await throttle.attempt(keys)).toBe(0);
    expect(await throttle.attempt(keys)).toBe(DEFAULT_POLICIES.account.baseMs);
  });
});

describe("housekeeping", () => {
  it("drops rows once their failures are forgotten and their delay is over, keeping live ones", async () => {
    clock += 60 * 60_000;
    for (let i = 0; i < 3; i++) expect((await from("192.0.2.77", `inventado${i}`, "x")).status).toBe(401);
    const throttle = new LoginThrottle(server.prisma, DEFAULT_POLICIES, () => clock);
    const keys = async () => (await server.prisma.loginThrottle.findMany({ where: { key: { contains: "inventado" } } })).length;
    expect(await keys()).toBe(3);
    await throttle.prune(); // the earlier tests' rows, an hour old, go
    expect(await keys()).toBe(3);
    expect(await server.prisma.loginThrottle.count({ where: { key: "address:192.0.2.77" } })).toBe(1);
    clock += DEFAULT_POLICIES.account.windowMs + 1;
    expect(await throttle.prune()).toBe(4); // the three names and the address
    expect(await keys()).toBe(0);
  });
});
