// /healthz and /readyz: what a load balancer or systemd asks before sending traffic.
import { readdirSync } from "node:fs";
import path from "node:path";
import { Router } from "express";
import type { AppContext } from "./app-context.ts";
import { REPO_ROOT } from "./db/paths.ts";
import { asString } from "./db/sql.ts";

/** The committed migrations of the engine in use, which /readyz wants all applied. */
function expectedMigrations(engine: "sqlite" | "postgres"): string[] {
  const dir = engine === "postgres" ? path.join(REPO_ROOT, "prisma", "postgres", "migrations") : path.join(REPO_ROOT, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
}

export interface Readiness {
  /** Set when the process starts shutting down: /readyz answers 503 so no new traffic comes. */
  draining: boolean;
}

export function healthRouter(ctx: AppContext, state: Readiness): Router {
  const router = Router();
  const expected = expectedMigrations(ctx.db.engine);
  // Alive: the process answers. Nothing else is asked, so a slow database never gets it restarted.
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  // Ready: the database answers and has every migration this code expects; not shutting down.
  router.get("/readyz", async (_req, res) => {
    if (state.draining) {
      res.status(503).json({ status: "draining" });
      return;
    }
    try {
      const rows = await ctx.sql.query(`SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`);
      const applied = new Set(rows.map((r) => asString(r["migration_name"])));
      const missing = expected.filter((m) => !applied.has(m));
      if (missing.length > 0) {
        res.status(503).json({ status: "migrations pending", missing });
        return;
      }
      res.json({ status: "ready", engine: ctx.db.engine, migrations: expected.length });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });
  return router;
}
