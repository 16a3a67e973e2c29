import { existsSync } from "node:fs";
import path from "node:path";
import cookieParser from "cookie-parser";
import express, { type Express } from "express";
import helmet from "helmet";
import { pino, type Logger } from "pino";
import { pinoHttp } from "pino-http";
import { createAppContext, type AppContext } from "./app-context.ts";
import { jobsRouter } from "./api/jobs/jobs-router.ts";
import { healthRouter, type Readiness } from "./readiness.ts";
import { LiveHub } from "./api/live/live-hub.ts";
import { announceSavedPairs, liveRouter } from "./api/live/live-router.ts";
import { authRouter } from "./api/auth/auth-router.ts";
import { isProduction, type DemoAccount } from "./api/auth/demo-accounts.ts";
import type { ThrottlePolicies } from "./api/auth/login-throttle.ts";
import { readSession } from "./api/auth/require-role.ts";
import { SessionStore } from "./api/auth/session-store.ts";
import { checksRouter } from "./api/checks/checks-router.ts";
import { documentsRouter } from "./api/documents/documents-router.ts";
import { pairsRouter } from "./api/pairs/pairs-router.ts";
import { replaceRouter } from "./api/replace/replace-router.ts";
import { settingsRouter } from "./api/settings/settings-router.ts";
import { termsRouter } from "./api/terms/terms-router.ts";
import { memoryRouter } from "./api/memory/memory-router.ts";
import { TrashStore } from "./api/trash/trash-store.ts";
import { trashRouter } from "./api/trash/trash-router.ts";
import { refuseCrossSite } from "./common/cross-site.ts";
import { problemDetails, unknownApiRoute } from "./common/problem-details.ts";
import { StorageHealth, storageFaults } from "./common/storage-fault.ts";
import type { Database } from "./db/index.ts";
import { openApiDocument } from "./openapi.ts";
import { carriesDocument } from "./api/documents/document-json.ts";

export interface AppOptions {
  db: Database;
  /** The context to serve (with its job queue started); one is made when absent (no jobs then). */
  ctx?: AppContext;
  logger?: Logger;
  /** Shared with the process's shutdown: /readyz answers 503 once it drains. */
  readiness?: Readiness;
  /** Login throttling (defaults: login-throttle.ts). */
  loginThrottle?: ThrottlePolicies;
  /** The clock the login throttle and the trash read (tests move it). */
  now?: () => number;
  /** NODE_ENV=production (the default reads it): demo accounts are refused. */
  production?: boolean;
  /** Demo accounts present (main.ts finds them), announced on the login screen. */
  demoAccounts?: readonly DemoAccount[];
  /**
   * Express's "trust proxy" (TRUST_PROXY): which proxies' X-Forwarded-For/-Proto/-Host to believe,
   * for the client address (login throttling) and whether the request came over HTTPS.
   */
  trustProxy?: boolean | number | string;
  /** Tracks storage faults (a test passes its own to watch it); one per app otherwise. */
  storageHealth?: StorageHealth;
  /** Where sessions are looked up (one on options.db otherwise); the start-up rehearsal (warm-up-reviews.ts) brings its own. */
  sessions?: SessionStore;
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
  const ctx = options.ctx ?? createAppContext(options.db);
  const sessions = options.sessions ?? new SessionStore(options.db.prisma, options.db.changes);
  const storage = storageFaults(options.storageHealth ?? new StorageHealth(logger));
  const app = express();
  // An ETag is a SHA-1 of every JSON answer, saves and approvals included, and the web app never
  // revalidates one; static files keep theirs (express.static sets its own).
  app.set("etag", false);
  app.set("trust proxy", options.trustProxy ?? false);

  // upgrade-insecure-requests would send the web app's own assets to https:// when it is served
  // over plain http on a LAN address (the local install), breaking the page. HSTS is sent only
  // over HTTPS (below): a local install on http://host:3000 must not make a browser insist on
  // HTTPS for that host.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } }, strictTransportSecurity: false }));
  app.use((req, res, next) => {
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  });
  // pino-http costs a child logger and listeners per request even when nothing is written
  // (about 3% of the server's time under the load bench); with the level silent it is left out.
  const withUser = <T extends object>(req: { user?: { username: string } }, fields: T) => (req.user ? { ...fields, user: req.user.username } : fields);
  if (logger.isLevelEnabled("error")) app.use(pinoHttp({
    logger,
    // A storage fault's 503s are logged once, by StorageHealth; each such request is only "info".
    customLogLevel: (_req, res, err) => (res.statusCode === 503 ? "info" : err || res.statusCode >= 500 ? "error" : "info"),
    // One short line per request; never the headers (the session cookie is a credential). The
    // serializers read the request and response themselves: wrapped (the default), each first got
    // a copy with every header, which cost more than the line they write.
    wrapSerializers: false,
    serializers: {
      req: (req: { id: unknown; method: string; originalUrl?: string; url: string }) => ({ id: req.id, method: req.method, url: req.originalUrl ?? req.url }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    // The user goes into the line itself: as customProps it made a second child logger per request.
    customSuccessObject: (req, _res, fields) => withUser(req, fields),
    customErrorObject: (req, _res, _err, fields) => withUser(req, fields),
  }));
  app.use(healthRouter(ctx, options.readiness ?? { draining: false }));
  // Before any body is read: a cross-site upload is refused without parsing it.
  app.use("/api", refuseCrossSite);
  app.use("/api", storage.watchRecovery);
  app.use(cookieParser());
  // Documents (import, re-align) carry whole texts; their router parses them after the role check.
  const json = express.json({ limit: JSON_LIMIT });
  app.use((req, res, next) => (carriesDocument(req) ? next() : json(req, res, next)));
  app.use("/api", readSession(sessions));

  const production = options.production ?? isProduction();
  app.use("/api/auth", authRouter(ctx, sessions, {
    production, demoAccounts: production ? [] : options.demoAccounts ?? [],
    ...(options.loginThrottle ? { throttle: options.loginThrottle } : {}), ...(options.now ? { now: options.now } : {}),
  }));
  const live = new LiveHub(ctx);
  // Streams end at shutdown rather than hold it up (main.ts).
  app.locals["live"] = live;
  const trash = new TrashStore(ctx, options.now);
  app.use("/api/documents", liveRouter(ctx, live));
  app.use("/api/documents", documentsRouter(ctx, trash));
  app.use("/api/trash", trashRouter(ctx, trash));
  app.use("/api/pairs", announceSavedPairs(live), pairsRouter(ctx));
  app.use("/api/terms", termsRouter(ctx));
  app.use("/api/replace", replaceRouter(ctx));
  app.use("/api/checks", checksRouter(ctx));
  app.use("/api/settings", settingsRouter(ctx));
  app.use("/api/jobs", jobsRouter(ctx));
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

  app.use(storage.mapErrors);
  app.use(problemDetails);
  return app;
}
