// A review session rehearsed through the whole app before the server listens, inside a
// transaction that is rolled back: nothing of it is ever stored or seen.
//
// Why: measured one request at a time on a freshly started API process (bench/first-requests.ts,
// PostgreSQL), its first 200 saves and approvals of a document cost about 1.5 times the CPU of
// the next 200 on the same document; with this rehearsal about 1.2 times (alternating runs on a
// loaded machine, first 200 requests of a fresh process against another document's: ~117 ms of
// CPU less per process, lower in each of four pairs of runs). warmUp and warmUpDatabase call the
// review code directly, so Express, the body parser, helmet, pino-http, the session middleware,
// zod, the answer's JSON and the live announcement stayed cold, and on a database without
// documents (a team server started before the first import) so did the pair reads, the re-check
// of one pair in its document and the writes. Under the 50-reviewer load the first second, when
// every process paid that at once, held nearly all requests of 50 ms or more of the paced run.
// What remains is a document's own first touch in a process (its words are new to the checks'
// spelling memos: the first check of a pair costs about twice the next), which this cannot know.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { Writable } from "node:stream";
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { getDocument, listDocuments } from "@alinha/corpus";
import { pino, type Logger } from "pino";
import { createApp } from "./app.ts";
import type { AppContext } from "./app-context.ts";
import type { User } from "./contract/index.ts";
import { SessionStore } from "./api/auth/session-store.ts";
import { runAlignTask } from "./api/jobs/align-task.ts";
import { writePairs } from "./api/documents/import-document.ts";
import { checksFingerprint } from "./api/checks/checks-fingerprint.ts";
import { checkOptionsFor } from "./api/settings/check-options.ts";
import { LocalChanges, type Changes } from "./db/changes.ts";
import { newId } from "./db/bulk-insert.ts";
import { asNumber, asString, type Sql, type SqlDb } from "./db/sql.ts";

/**
 * Requests rehearsed: saves and approvals in turn (a stale save among them, answered 409). Counted
 * for V8, not for the code's caches: TurboFan optimises a function once it has run enough bytecode,
 * and code that runs once per request (HTTP, streams, pg, routing, validation) needs on the order
 * of a thousand requests. With 240 (where CPU measured one request at a time looked settled),
 * V8's code log (`--log-code`) showed ~260 functions optimised before listening, then ~450 more in
 * bench/load.ts's first paced run, 95% of them never optimised before (~120 in the second run),
 * and per-thread CPU put ~60% of the first run's extra CPU per request on V8's background threads
 * (where it compiles), the rest on the main thread running unoptimised code meanwhile. 1,200 costs
 * each process about 2.5 s more CPU (~3 s wall on two cores) before it listens.
 */
const REHEARSED_REQUESTS = 1200;

/** Thrown to roll the rehearsal's transaction back. */
class Rehearsed extends Error {}

/** Change events that stay inside the rehearsal: its saves are announced to nobody. */
function privateChanges(): Changes {
  const local = new LocalChanges();
  return {
    publish: async (topic, payload = {}) => local.deliver(topic, payload),
    subscribe: (listener) => local.subscribe(listener),
    ready: async () => {},
    close: async () => {},
  };
}

/**
 * The rehearsal's editor, with no session row anywhere. Only the rehearsal knows the token: the
 * scratch server listens on loopback for a moment, and a request from anything else on the
 * machine must get no role (the app then answers 401), whatever it finds on that port.
 */
export class RehearsalSessions extends SessionStore {
  readonly token = randomBytes(32).toString("base64url");

  constructor(ctx: AppContext, private readonly user: User) {
    super(ctx.prisma);
  }

  override async userFor(token: string): Promise<User | undefined> {
    return token.length === this.token.length && timingSafeEqual(Buffer.from(token), Buffer.from(this.token)) ? this.user : undefined;
  }
}

function send(agent: Agent, port: number, cookie: string, method: string, path: string, body: unknown): Promise<{ status: number; body: string }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, agent, headers: { cookie, "content-type": "application/json", "content-length": Buffer.byteLength(text) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(text);
  });
}

/**
 * Imports the smallest built-in document into a transaction, then edits and approves its pairs
 * over HTTP through an app like the one about to serve (the same code, `logger`'s level, its
 * lines written nowhere), and rolls everything back. Runs before the server listens; on SQLite
 * it holds the one connection meanwhile (a fraction of a second). Answers how many requests
 * were answered with each status, and how many repetitions the approvals filled.
 */
export async function warmUpReviews(ctx: AppContext, logger?: Logger): Promise<{ answered: Record<number, number>; filled: number }> {
  const answered: Record<number, number> = {};
  const rehearsed = { filled: 0 };
  const [smallest] = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => a.pt.length - b.pt.length);
  if (!smallest) return { answered, filled: 0 };
  // Read before the transaction: on SQLite a Prisma read inside it would wait for the connection it holds.
  const { spellers: _spellers, ...check } = await checkOptionsFor(ctx, null);
  const aligned = runAlignTask({ pt: smallest.pt, en: smallest.en || undefined, check, speakers: smallest.meta.speakers });
  const quiet = pino({ level: logger?.level ?? "info" }, new Writable({ write: (_chunk, _encoding, done) => done() }));
  try {
    await ctx.sql.transaction(async (tx) => {
      await rehearse(ctx, tx, aligned, smallest.pt, smallest.en || null, quiet, answered, rehearsed);
      throw new Rehearsed();
    });
  } catch (err) {
    if (!(err instanceof Rehearsed)) throw err;
  }
  return { answered, filled: rehearsed.filled };
}

async function rehearse(ctx: AppContext, tx: Sql, aligned: ReturnType<typeof runAlignTask>, pt: string, en: string | null, logger: Logger, answered: Record<number, number>, rehearsed: { filled: number }): Promise<void> {
  const sql: SqlDb = { engine: tx.engine, query: (q, args) => tx.query(q, args), execute: (q, args) => tx.execute(q, args), transaction: (fn) => fn(tx) };
  const now = new Date();
  const user: User = { id: newId(), username: `warm-up-${newId()}`, displayName: "warm-up", role: "editor" };
  // Real rows (inside the transaction): the approvals' comments name their author.
  await tx.execute(`INSERT INTO "User" ("id", "username", "displayName", "role", "passwordHash", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`, [user.id, user.username, user.displayName, user.role, "!", now]);
  const documentId = newId();
  await tx.execute(
    `INSERT INTO "Document" ("id", "title", "variant", "ptSource", "enSource", "hasEnglish", "documentFlags", "alignmentFindings", "checksFingerprint", "checkContext", "createdById", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [documentId, "warm-up", null, pt, aligned.result.en !== undefined ? en : null, aligned.result.en !== undefined, "[]", "[]", checksFingerprint(), aligned.checkContext, user.id, now],
  );
  await writePairs(tx, documentId, aligned.result, aligned.gaps, "import", user, now);
  const pairs = (await tx.query(`SELECT "id", "ptText", "version" FROM "Pair" WHERE "documentId" = ? AND "ptText" <> '' ORDER BY "index"`, [documentId]))
    .map((r) => ({ id: asString(r["id"]), ptText: asString(r["ptText"]), version: asNumber(r["version"]) }));
  if (pairs.length === 0) return;
  await repeatEnglish(tx, pairs.map((p) => p.id));

  // Its own OpenAPI registry: the routes are registered again by this second app.
  // No background warm-up: the rehearsal's document exists only inside its transaction.
  const { warmUp: _warmUp, ...served } = ctx;
  const scratch: AppContext = { ...served, sql, db: { ...ctx.db, sql, changes: privateChanges() }, registry: new OpenAPIRegistry() };
  const sessions = new RehearsalSessions(scratch, user);
  const app = createApp({ db: scratch.db, ctx: scratch, logger, sessions });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const port = (server.address() as AddressInfo).port;
    const cookie = `alinha_session=${sessions.token}`;
    for (let k = 0; k < REHEARSED_REQUESTS / 2; k++) {
      const pair = pairs[k % pairs.length]!;
      const stale = k % 10 === 9;
      const edited = await send(agent, port, cookie, "PATCH", `/api/pairs/${pair.id}`, { ptText: `${pair.ptText} ·${k}`, version: stale ? pair.version + 1 : pair.version });
      pair.version = versionIn(edited.body) ?? pair.version;
      const approved = await send(agent, port, cookie, "POST", `/api/pairs/${pair.id}/approve`, { version: pair.version, comment: `warm-up ${k}` });
      pair.version = versionIn(approved.body) ?? pair.version;
      rehearsed.filled += filledIn(approved.body);
      for (const { status } of [edited, approved]) answered[status] = (answered[status] ?? 0) + 1;
    }
  } finally {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
    (app.locals["live"] as { close(): void }).close();
    sessions.close();
  }
}

/**
 * Pairs in a group of the rehearsal's document that share the English of the group's first. The
 * smallest document repeats no line, so its approvals never filled a repetition (auto-fill.ts):
 * the fills' checks, their write (a statement of its own, prepared on its second run) and the
 * longer answer stayed cold until the first approval of a repeated line under load, where an
 * interview repeats its speakers' names tens of times each.
 */
const REPETITION_GROUP = 6;

/** Gives each group of REPETITION_GROUP pairs (in document order) its first pair's English. */
async function repeatEnglish(tx: Sql, ids: readonly string[]): Promise<void> {
  for (let from = 0; from + 1 < ids.length; from += REPETITION_GROUP) {
    const members = ids.slice(from + 1, from + REPETITION_GROUP);
    if (members.length === 0) continue;
    await tx.execute(`UPDATE "Pair" SET "enText" = (SELECT "enText" FROM "Pair" WHERE "id" = ?), "enHash" = (SELECT "enHash" FROM "Pair" WHERE "id" = ?) WHERE "id" IN (${members.map(() => "?").join(", ")})`, [ids[from]!, ids[from]!, ...members]);
  }
}

/** The repetitions an approval filled (its answer's autoFilled). */
function filledIn(body: string): number {
  try {
    return ((JSON.parse(body) as { autoFilled?: unknown[] }).autoFilled ?? []).length;
  } catch {
    return 0;
  }
}

/** The pair's version in an answer (`pair`) or a 409's body (`current`). */
function versionIn(body: string): number | undefined {
  try {
    const parsed = JSON.parse(body) as { pair?: { version?: number }; current?: { version?: number } };
    return (parsed.pair ?? parsed.current)?.version;
  } catch {
    return undefined;
  }
}
