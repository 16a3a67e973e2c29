// `pnpm --filter @alinha/api start`: set up (idempotent), then serve the API and the built web
// app on one port. PORT (default 3000), DATABASE_URL, NODE_ENV, TRUST_PROXY and LOG_LEVEL are honoured (README).
import path from "node:path";
import { pino } from "pino";
import { createApp } from "./app.ts";
import { demoBanner, demoWarning, endDemoSessions, findDemoAccounts, isProduction } from "./api/auth/demo-accounts.ts";
import { configuredCost } from "./api/auth/password.ts";
import { parseTrustProxy } from "./common/trust-proxy.ts";
import { startCheckpointer } from "./db/checkpointer.ts";
import { openDatabase, sqlFor } from "./db/client.ts";
import { databaseFile, databaseUrl, REPO_ROOT } from "./db/paths.ts";
import { assertWritable, UnwritableDatabase, unwritable } from "./startup-check.ts";
import { setupDatabase } from "./db/setup-database.ts";
import { warmUp, warmUpDatabase } from "./warm-up.ts";

const logger = pino({ level: process.env["LOG_LEVEL"] ?? "info" });
// A bad ALINHA_SCRYPT_N (or a test value in production) stops the start here, not at the first login.
configuredCost();
const url = databaseUrl();
const where = databaseFile(url) ?? url;

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
  logger.info({ database: url, ...report }, "setup done");
}
const prisma = await orStop(openDatabase(url));
await orStop(assertWritable(sqlFor(prisma), where));
const checkpointer = await startCheckpointer(prisma, url, (err) => logger.error({ err }, "background checkpoints stopped; the connection checkpoints itself again"));
const production = isProduction();
const demoAccounts = await findDemoAccounts(prisma);
if (production && demoAccounts.length > 0) {
  // Refused at login (auth-router.ts); sessions they had from before production end now.
  await endDemoSessions(prisma, demoAccounts);
  logger.warn(`NODE_ENV=production: the demo accounts ${demoAccounts.map((a) => a.username).join(", ")} (password = user name) are refused at login; delete them or change their passwords.`);
} else if (demoAccounts.length > 0) {
  logger.warn({ demoAccounts: demoAccounts.map((a) => a.username) }, demoWarning(demoAccounts));
  process.stderr.write(`${demoBanner(demoAccounts)}\n`);
}
warmUp();
await warmUpDatabase(prisma);
const app = createApp({
  prisma, logger, production, demoAccounts,
  trustProxy: parseTrustProxy(process.env["TRUST_PROXY"]),
  webDist: path.join(REPO_ROOT, "apps", "web", "dist"),
});
const port = Number(process.env["PORT"] ?? 3000);
const server = app.listen(port, () => logger.info(`Alinha on http://localhost:${port}`));

function shutdown(): void {
  server.close(() => void (checkpointer?.stop() ?? Promise.resolve()).then(() => prisma.$disconnect()).then(() => process.exit(0)));
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
