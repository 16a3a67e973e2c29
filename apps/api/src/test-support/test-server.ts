// A real server on a real port over a real SQLite file in a temporary directory.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createAppContext, type AppContext } from "../app-context.ts";
import { createApp, type AppOptions } from "../app.ts";
import type { Role } from "../contract/index.ts";
import { openDatabase, type Db } from "../db/client.ts";
import { ensureUser } from "../db/seed.ts";

export interface TestServer {
  url: string;
  /** The SQLite file behind it (a second connection may open it, as another process would). */
  file: string;
  prisma: Db;
  ctx: AppContext;
  /** A client logged in as the demo user of that role (password = role name). */
  as(role: Role): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export class Client {
  cookie = "";
  /** `base` may be a function: a client made before its server starts learns the port at its first request. */
  constructor(private readonly base: string | (() => string)) {}

  async request<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...headers, ...(this.cookie ? { cookie: this.cookie } : {}) } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    const base = typeof this.base === "string" ? this.base : this.base();
    const res = await fetch(base + url, init);
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const text = await res.text();
    let parsed: unknown = undefined;
    try { parsed = JSON.parse(text); } catch { /* not JSON (exports) */ }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get<T = any>(url: string) { return this.request<T>("GET", url); }
  post<T = any>(url: string, body?: unknown) { return this.request<T>("POST", url, body ?? {}); }
  patch<T = any>(url: string, body: unknown) { return this.request<T>("PATCH", url, body); }
  delete<T = any>(url: string) { return this.request<T>("DELETE", url); }
}

/** Logs `client` in as the demo user of that role (password = role name). */
export async function logIn(client: Client, role: Role): Promise<Client> {
  const res = await client.post("/api/auth/login", { username: role, password: role });
  if (res.status !== 200) throw new Error(`login as ${role} failed: ${res.status} ${res.text}`);
  return client;
}

export async function startTestServer(options: { app?: Partial<AppOptions> } = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "alinha-api-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(inject("templateDb"), file);
  const prisma = await openDatabase(`file:${file}`);
  const ctx = createAppContext(prisma);
  for (const role of ["translator", "editor", "admin"] as const) {
    await ensureUser(ctx, { username: role, displayName: `Test ${role}`, role, password: role });
  }
  const app = createApp({ prisma, ...options.app });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, file, prisma, ctx,
    as: (role) => logIn(new Client(url), role),
    anonymous: () => new Client(url),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
