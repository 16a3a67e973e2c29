// A real server on a real port over a real database of its own (a SQLite file in a temporary
// directory, or a fresh PostgreSQL database: test-database.ts).
import type { AddressInfo } from "node:net";
import { createAppContext, type AppContext } from "../app-context.ts";
import { createApp, type AppOptions } from "../app.ts";
import type { Role } from "../contract/index.ts";
import { openDatabase, type Database, type Db } from "../db/index.ts";
import { ensureUser } from "../db/seed.ts";
import { startJobs } from "../api/jobs/start-jobs.ts";
import { freshDatabase } from "./test-database.ts";

export interface TestServer {
  url: string;
  db: Database;
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
    let res: Response;
    try {
      res = await fetch(base + url, init);
    } catch (err) {
      // A kept-alive connection the server closed just as this request went out (its event loop
      // was busy past the keep-alive timeout): a GET is safe to send again, on a new connection.
      if (method !== "GET") throw err;
      res = await fetch(base + url, init);
    }
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const text = await res.text();
    let parsed: unknown = undefined;
    try { parsed = JSON.parse(text); } catch { /* not JSON (exports) */ }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get<T = any>(url: string) { return this.request<T>("GET", url); }

  /**
   * A request answered with a job (202): follows the job to its end and answers as the
   * synchronous API did: the job's result with 201 (an import) or 200, or its error's status and
   * problem+json. Any other answer (403, 413, 422 before queuing) is returned as it came.
   */
  async postJob<T = any>(url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const accepted = await this.request("POST", url, body ?? {}, headers);
    if (accepted.status !== 202) return accepted;
    if (accepted.headers.get("location") !== `/api/jobs/${accepted.body.job.id}`) throw new Error(`202 without the job's Location: ${accepted.headers.get("location")}`);
    const job = await this.waitForJob(accepted.body.job.id);
    if (job.state === "succeeded") return { status: job.kind === "import" ? 201 : 200, headers: accepted.headers, body: job.result, text: JSON.stringify(job.result) };
    return { status: job.error.status, headers: accepted.headers, body: job.error, text: JSON.stringify(job.error) };
  }

  /** Polls GET /api/jobs/:id until the job succeeded or failed. */
  async waitForJob(id: string, timeoutMs = 60_000): Promise<any> {
    for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 25))) {
      const res = await this.get(`/api/jobs/${id}`);
      if (res.status !== 200) throw new Error(`GET /api/jobs/${id}: ${res.status} ${res.text}`);
      if (res.body.job.state === "succeeded" || res.body.job.state === "failed") return res.body.job;
    }
    throw new Error(`job ${id} did not finish in ${timeoutMs} ms`);
  }
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

/**
 * @param options.sameDatabaseAs another test server whose database this one shares (a second
 *   API process on the same database); it is dropped by that server's close(), not this one's.
 * @param options.app options for createApp (a login throttle, a clock, a storage-health tracker…).
 */
export async function startTestServer(options: { app?: Partial<AppOptions>; sameDatabaseAs?: TestServer } = {}): Promise<TestServer> {
  const database = options.sameDatabaseAs ? { url: options.sameDatabaseAs.db.url, drop: async () => {} } : await freshDatabase();
  const db = await openDatabase(database.url);
  const prisma = db.prisma;
  const ctx = createAppContext(db, { log: (err, context) => console.error(`[test server] ${context}:`, err) });
  // On PostgreSQL the test server is its own worker (pg-boss), as `pnpm worker` would be.
  await startJobs(ctx, { work: true });
  // Listening before the first request, so no other process's change can slip by.
  await db.changes.ready();
  if (!options.sameDatabaseAs) for (const role of ["translator", "editor", "admin"] as const) {
    await ensureUser(ctx, { username: role, displayName: `Test ${role}`, role, password: role });
  }
  const app = createApp({ db, ctx, ...options.app });
  const server = app.listen(0, "127.0.0.1");
  // Node closes an idle connection after 5 s and fetch keeps one for 4 s, timed by its own event
  // loop: a test that computes for seconds (aligning the largest document to compare) sends its
  // next POST on a socket the server has just closed, and a POST cannot be safely sent again. The
  // server waiting far longer than any test idles leaves the closing to the client.
  server.keepAliveTimeout = 120_000;
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, db, prisma, ctx,
    as: (role) => logIn(new Client(url), role),
    anonymous: () => new Client(url),
    async close() {
      (app.locals["live"] as { close(): void }).close();
      await new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); });
      await ctx.jobs.close();
      await db.close();
      await database.drop();
    },
  };
}
