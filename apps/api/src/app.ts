import { existsSync } from "node:fs";
import path from "node:path";
import cookieParser from "cookie-parser";
import express, { type Express } from "express";
import helmet from "helmet";
import { pino, type Logger } from "pino";
import { pinoHttp } from "pino-http";
import { createAppContext } from "./app-context.ts";
import { authRouter } from "./api/auth/auth-router.ts";
import { readSession } from "./api/auth/require-role.ts";
import { SessionStore } from "./api/auth/session-store.ts";
import { checksRouter } from "./api/checks/checks-router.ts";
import { documentsRouter } from "./api/documents/documents-router.ts";
import { pairsRouter } from "./api/pairs/pairs-router.ts";
import { replaceRouter } from "./api/replace/replace-router.ts";
import { settingsRouter } from "./api/settings/settings-router.ts";
import { termsRouter } from "./api/terms/terms-router.ts";
import { memoryRouter } from "./api/memory/memory-router.ts";
import { problemDetails, unknownApiRoute } from "./common/problem-details.ts";
import type { Db } from "./db/client.ts";
import { openApiDocument } from "./openapi.ts";
import { carriesDocument } from "./api/documents/document-json.ts";

export interface AppOptions {
  prisma: Db;
  logger?: Logger;
  /** Failed login attempts per address per 15 minutes. */
  loginLimit?: number;
  /** The built web app (apps/web/dist), served with a fallback to index.html for its routes. */
  webDist?: string;
}

/**
 * Every JSON body but a document's: the largest is a 100,000-character edit or 5,000 ids. A body
 * is read before the route knows who is asking, so this is what anyone may make the server parse.
 */
const JSON_LIMIT = "1mb";

export function createApp(options: AppOptions): Express {
  const logger = options.logger ?? pino({ level: "silent" });
  const ctx = createAppContext(options.prisma);
  const sessions = new SessionStore(options.prisma);
  const app = express();
  // An ETag is a SHA-1 of every JSON answer, saves and approvals included, and the web app never
  // revalidates one; static files keep theirs (express.static sets its own).
  app.set("etag", false);

  // upgrade-insecure-requests would send the web app's own assets to https:// when it is served
  // over plain http on a LAN address (the local install), breaking the page.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  // pino-http costs a child logger and listeners per request even when nothing is written
  // (about 3% of the server's time under the load bench); with the level silent it is left out.
  if (logger.isLevelEnabled("error")) app.use(pinoHttp({
    logger,
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : "info"),
    // One short line per request; never the headers (the session cookie is a credential).
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customProps: (req) => (req.user ? { user: req.user.username } : {}),
  }));
  app.use(cookieParser());
  // Documents (import, re-align) carry whole texts; their router parses them after the role check.
  const json = express.json({ limit: JSON_LIMIT });
  app.use((req, res, next) => (carriesDocument(req) ? next() : json(req, res, next)));
  app.use("/api", readSession(sessions));

  app.use("/api/auth", authRouter(ctx, sessions, { loginLimit: options.loginLimit ?? 20 }));
  app.use("/api/documents", documentsRouter(ctx));
  app.use("/api/pairs", pairsRouter(ctx));
  app.use("/api/terms", termsRouter(ctx));
  app.use("/api/replace", replaceRouter(ctx));
  app.use("/api/checks", checksRouter(ctx));
  app.use("/api/settings", settingsRouter(ctx));
  app.use("/api/memories", memoryRouter(ctx));
  let openapi: unknown;
  app.get("/api/openapi.json", (_req, res) => {
    openapi ??= openApiDocument(ctx.registry);
    res.json(openapi);
  });
  app.use("/api", unknownApiRoute);

  if (options.webDist && existsSync(path.join(options.webDist, "index.html"))) {
    const root = options.webDist;
    app.use(express.static(root, { index: "index.html", maxAge: "1h" }));
    // The web app routes in the browser: any other GET is one of its pages.
    app.get(/.*/, (_req, res) => res.sendFile(path.join(root, "index.html")));
  }

  app.use(problemDetails);
  return app;
}
