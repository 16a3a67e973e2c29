// `pnpm --filter @alinha/api start`: set up (idempotent), then serve the API and the built web
// app on one port. PORT (default 3000) and DATABASE_URL are honoured.
import path from "node:path";
import { pino } from "pino";
import { createApp } from "./app.ts";
import { openDatabase } from "./db/index.ts";
import { databaseUrl, REPO_ROOT } from "./db/paths.ts";
import { setupDatabase } from "./db/setup-database.ts";
import { warmUp, warmUpDatabase } from "./warm-up.ts";

const logger = pino({ level: process.env["LOG_LEVEL"] ?? "info" });
const url = databaseUrl();
if (process.env["ALINHA_SKIP_SETUP"] !== "1") {
  const report = await setupDatabase(url);
  logger.info({ database: url, ...report }, "setup done");
}
const db = await openDatabase(url);
const upkeep = await db.startUpkeep((err) => logger.error({ err }, "background checkpoints stopped; the connection checkpoints itself again"));
warmUp();
await warmUpDatabase(db);
const app = createApp({ db, logger, webDist: path.join(REPO_ROOT, "apps", "web", "dist") });
const port = Number(process.env["PORT"] ?? 3000);
const server = app.listen(port, () => logger.info(`Alinha on http://localhost:${port}`));

function shutdown(): void {
  server.close(() => void (upkeep?.stop() ?? Promise.resolve()).then(() => db.close()).then(() => process.exit(0)));
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
