// `pnpm --filter @alinha/api start`: set up (idempotent), then serve the API and the built web
// app on one port. PORT (default 3000), DATABASE_URL, NODE_ENV, TRUST_PROXY and LOG_LEVEL are
// honoured (README). On SQLite (the default) this process also runs the jobs, aligning in worker
// threads; on PostgreSQL it queues them for `pnpm worker` processes.
import path from "node:path";
import { pino } from "pino";
import { createApp } from "./app.ts";
import { createAppContext } from "./app-context.ts";
import { startAlignPool } from "./api/jobs/align-pool.ts";
import { startJobs } from "./api/jobs/start-jobs.ts";
import { demoBanner, demoWarning, endDemoSessions, findDemoAccounts, isProduction } from "./api/auth/demo-accounts.ts";
import { configuredCost } from "./api/auth/password.ts";
import { parseTrustProxy } from "./common/trust-proxy.ts";
import { openDatabase } from "./db/index.ts";
import { databaseFile, databaseUrl, REPO_ROOT } from "./db/paths.ts";
import { assertWritable, UnwritableDatabase, unwritable } from "./startup-check.ts";
import { setupDatabase } from "./db/setup-database.ts";
import type { Readiness } from "./readiness.ts";
import { warmUp, warmUpDatabase } from "./warm-up.ts";
import { fillEnglishKeys } from "./api/pairs/english-key.ts";
import { warmUpReviews } from "./warm-up-reviews.ts";
import { documentWarmUpWanted, DocumentWarmUp } from "./api/pairs/document-warm-up.ts";
import { yieldBackgroundThreads } from "./background-threads.ts";

/** How long SIGTERM waits for requests in flight before closing them. */
const DRAIN_MS = Number(process.env["ALINHA_DRAIN_MS"] ?? 10_000);

// First thing, while only Node's platform threads exist (background-threads.ts).
const backgroundThreads = yieldBackgroundThreads();
const logger = pino({ level: process.env["LOG_LEVEL"] ?? "info" });
if (backgroundThreads.failed) logger.warn({ reason: backgroundThreads.failed }, "could not lower the priority of V8's background threads (ALINHA_BACKGROUND_NICE)");
// A bad ALINHA_SCRYPT_N (or a test value in production) stops the start here, not at the first login.
configuredCost();
const url = databaseUrl();
/** The database as logs and messages show it (a PostgreSQL URL without its password). */
const shown = url.replace(/\/\/[^@/]*@/, "//…@");
const where = databaseFile(url) ?? shown;

/** Storage that cannot be written stops the start at once, with a message that says why. */
async function orStop<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (err) {
    const fault = unwritable(where, err);
    if (!fault && !(err instanceof UnwritableDatabase)) throw err;
    const message = (fault ?? (err as UnwritableDatabase)).message;
    logger.fatal(message);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
}

if (process.env["ALINHA_SKIP_SETUP"] !== "1") {
  const report = await orStop(setupDatabase(url));
  logger.info({ database: shown, ...report }, "setup done");
}
const db = await orStop(openDatabase(url));
await orStop(assertWritable(db.sql, where));
const upkeep = await db.startUpkeep((err) => logger.error({ err }, "background checkpoints stopped; the connection checkpoints itself again"));
const production = isProduction();
const demoAccounts = await findDemoAccounts(db.prisma);
if (production && demoAccounts.length > 0) {
  // Refused at login (auth-router.ts); sessions they had from before production end now.
  await endDemoSessions(db.prisma, demoAccounts);
  logger.warn(`NODE_ENV=production: the demo accounts ${demoAccounts.map((a) => a.username).join(", ")} (password = user name) are refused at login; delete them or change their passwords.`);
} else if (demoAccounts.length > 0) {
  logger.warn({ demoAccounts: demoAccounts.map((a) => a.username) }, demoWarning(demoAccounts));
  process.stderr.write(`${demoBanner(demoAccounts)}\n`);
}
const pool = db.engine === "sqlite" ? startAlignPool() : undefined;
const ctx = createAppContext(db, { ...(pool ? { align: pool.align, buildFile: pool.buildFile } : {}), log: (err, context) => logger.error({ err }, context) });
const readiness: Readiness = { draining: false };
let app: ReturnType<typeof createApp> | undefined;
let server: ReturnType<ReturnType<typeof createApp>["listen"]> | undefined;

let stopping = false;
/**
 * SIGTERM/SIGINT: stop accepting connections and say so on /readyz, let the requests in flight
 * finish (idle keep-alive connections are closed at once), hand unfinished jobs back to the
 * queue, then close the database.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  readiness.draining = true;
  logger.info({ signal }, "draining");
  if (server) {
    const listening = server;
    const closed = new Promise<void>((resolve) => listening.close(() => resolve()));
    (app?.locals["live"] as { close(): void } | undefined)?.close();
    listening.closeIdleConnections();
    const timer = setTimeout(() => listening.closeAllConnections(), DRAIN_MS);
    await closed;
    clearTimeout(timer);
  }
  ctx.warmUp?.close();
  await ctx.jobs.close();
  await pool?.close();
  await upkeep?.stop();
  await db.close();
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

// Pairs written before Pair.enHash existed get their key before anything is served (english-key.ts).
const keyed = await fillEnglishKeys(ctx.sql);
if (keyed > 0) logger.info({ pairs: keyed }, "keyed the English of pairs written before the key");
// Jobs start once SIGTERM is handled: a job picked up at start is handed back, not cut off.
await startJobs(ctx);
warmUp();
await warmUpDatabase(ctx);
// Only ever a warm-up: a failed rehearsal leaves a server that works, its first requests slower.
// PostgreSQL only: there its transaction holds one pooled connection of many. On SQLite it would
// hold the only one, so any read outside it (a cache refilled after a change event) would wait
// for it for ever and the start would hang; the embedded server met its latency goal without it.
if (db.engine === "postgres") await warmUpReviews(ctx, logger).catch((err: unknown) => logger.warn({ err }, "the start-up rehearsal of a review session failed; serving without it"));
// From here on, documents imported, opened or saved are checked ahead in the background.
if (documentWarmUpWanted()) ctx.warmUp = new DocumentWarmUp(ctx);
const served = createApp({
  db, ctx, logger, readiness, production, demoAccounts,
  trustProxy: parseTrustProxy(process.env["TRUST_PROXY"]),
  webDist: path.join(REPO_ROOT, "apps", "web", "dist"),
});
app = served;
const port = Number(process.env["PORT"] ?? 3000);
server = served.listen(port, () => logger.info(`Alinha on http://localhost:${port} (${db.engine})`));

