// `pnpm --filter @alinha/api start`: set up (idempotent), then serve the API and the built web
// app on one port. PORT (default 3000) and DATABASE_URL are honoured.
import path from "node:path";
import { pino } from "pino";
import { createApp } from "./app.ts";
import { startCheckpointer } from "./db/checkpointer.ts";
import { openDatabase, sqlFor } from "./db/client.ts";
import { databaseFile, databaseUrl, REPO_ROOT } from "./db/paths.ts";
import { assertWritable, UnwritableDatabase, unwritable } from "./startup-check.ts";
import { setupDatabase } from "./db/setup-database.ts";
import { warmUp, warmUpDatabase } from "./warm-up.ts";

const logger = pino({ level: process.env["LOG_LEVEL"] ?? "info" });
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
warmUp();
await warmUpDatabase(prisma);
const app = createApp({ prisma, logger, webDist: path.join(REPO_ROOT, "apps", "web", "dist") });
const port = Number(process.env["PORT"] ?? 3000);
const server = app.listen(port, () => logger.info(`Alinha on http://localhost:${port}`));

function shutdown(): void {
  server.close(() => void (checkpointer?.stop() ?? Promise.resolve()).then(() => prisma.$disconnect()).then(() => process.exit(0)));
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
