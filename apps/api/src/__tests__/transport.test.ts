// HTTPS behind a proxy: with TRUST_PROXY the proxy's X-Forwarded-Proto makes the session cookie
// Secure and turns HSTS on; over plain HTTP (the local install) neither is sent; without
// TRUST_PROXY a client cannot claim HTTPS with a header of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTrustProxy } from "../common/trust-proxy.ts";
import { Client, startTestServer, type TestServer } from "../test-support/test-server.ts";

let proxied: TestServer;
let direct: TestServer;

beforeAll(async () => {
  [proxied, direct] = await Promise.all([startTestServer({ app: { trustProxy: "loopback" } }), startTestServer()]);
});
afterAll(async () => {
  await Promise.all([proxied.close(), direct.close()]);
});

const login = (server: TestServer, headers: Record<string, string>) =>
  new Client(server.url).request("POST", "/api/auth/login", { username: "editor", password: "editor" }, headers);

describe("TRUST_PROXY", () => {
  it("parses the setting as Express's trust proxy", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("true")).toBe(true);
    expect(parseTrustProxy("loopback, 10.0.0.0/8")).toBe("loopback, 10.0.0.0/8");
  });

  it("makes the cookie Secure and sends HSTS when the trusted proxy says the request came over HTTPS", async () => {
    const res = await login(proxied, { "x-forwarded-proto": "https" });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const page = await new Client(proxied.url).request("GET", "/api/auth/options", undefined, { "x-forwarded-proto": "https" });
    expect(page.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("sends neither over plain HTTP", async () => {
    const res = await login(proxied, { "x-forwarded-proto": "http" });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("ignores X-Forwarded-Proto from a client when no proxy is trusted", async () => {
    const res = await login(direct, { "x-forwarded-proto": "https" });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});
