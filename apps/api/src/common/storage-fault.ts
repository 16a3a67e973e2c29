// Storage that refuses writes or cannot be reached: a full disk, a read-only file or mount, an
// I/O error, a database server that is down. These are the operator's to fix, not a bug, and not
// the client's fault: the API answers 503 with Retry-After and a title that says what is wrong,
// logs the fault once (not once per request while it lasts), and keeps serving reads.
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { ZodError } from "zod";
import { HttpError } from "./errors.ts";

export type StorageFaultKind = "read-only" | "full" | "io" | "unreachable";

/** Seconds a client should wait before trying again: long enough for an operator to act. */
export const STORAGE_RETRY_AFTER_S = 30;

const TITLES: Record<StorageFaultKind, string> = {
  "read-only": "Storage is read-only",
  full: "Storage is full",
  io: "Storage I/O error",
  unreachable: "Database unreachable",
};

const DETAILS: Record<StorageFaultKind, string> = {
  "read-only": "The database cannot be written (read-only file or file system). Nothing was changed; reading still works. Try again once an administrator has fixed it.",
  full: "The disk (or the database's size limit) is full. Nothing was changed; reading still works. Try again once space has been freed.",
  io: "The database's storage reported an I/O error. Nothing was changed. Try again in a moment.",
  unreachable: "The database server cannot be reached. Nothing was changed. Try again in a moment.",
};

export class StorageFault extends HttpError {
  constructor(readonly kind: StorageFaultKind) {
    super(503, TITLES[kind], DETAILS[kind]);
  }
}

/**
 * SQLite's result codes and messages, PostgreSQL's (SQLSTATE codes and messages, as pg and the
 * Prisma adapter carry them), Node's network codes, Prisma's connection errors.
 */
const PATTERNS: [StorageFaultKind, RegExp][] = [
  ["read-only", /SQLITE_READONLY|attempt to write a readonly database|\bEROFS\b|read-only file system|\b25006\b|in a read-only transaction/i],
  ["full", /SQLITE_FULL|database or disk is full|\bENOSPC\b|\bEDQUOT\b|\bEFBIG\b|no space left on device|\b53100\b|could not extend file/i],
  ["io", /SQLITE_IOERR|disk I\/O error|\bEIO\b|SQLITE_CANTOPEN|unable to open database file|\b58030\b/i],
  ["unreachable", /\bECONNREFUSED\b|\bECONNRESET\b|\bETIMEDOUT\b|\bEHOSTUNREACH\b|\bENOTFOUND\b|Can't reach database server|\bP1001\b|\bP1002\b|\bP1017\b|Connection terminated|server closed the connection|\b57P0[123]\b|\b08006\b|\b08001\b|the database system is (shutting down|starting up)/i],
];

/** The texts an error carries: its code, message, and those of its causes and Prisma metadata. */
function texts(err: unknown, depth = 0): string[] {
  if (depth > 5 || typeof err !== "object" || err === null) return typeof err === "string" ? [err] : [];
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown; kind?: unknown; originalMessage?: unknown; originalCode?: unknown };
  const own = [e.code, e.message, e.kind, e.originalMessage, e.originalCode].filter((v): v is string => typeof v === "string");
  return [...own, ...texts(e.cause, depth + 1), ...(e.meta && typeof e.meta === "object" ? Object.values(e.meta).flatMap((v) => (typeof v === "string" ? [v] : texts(v, depth + 1))) : [])];
}

/** What kind of storage fault `err` is, or undefined for any other error. */
export function storageFaultKind(err: unknown): StorageFaultKind | undefined {
  if (err instanceof StorageFault) return err.kind;
  // Our own answers and validation errors are never storage faults, whatever their text says.
  if (err instanceof HttpError || err instanceof ZodError) return undefined;
  const all = texts(err).join("\n");
  for (const [kind, pattern] of PATTERNS) if (pattern.test(all)) return kind;
  return undefined;
}

/**
 * Remembers whether storage is failing, so the fault is logged once when it starts and once
 * when it ends (the first write that succeeds again), not once per request in between.
 */
export class StorageHealth {
  #failing: StorageFaultKind | undefined;

  constructor(private readonly logger: Logger) {}

  get failing(): StorageFaultKind | undefined {
    return this.#failing;
  }

  fault(kind: StorageFaultKind, err: unknown): void {
    if (this.#failing === kind) return;
    this.#failing = kind;
    this.logger.error({ err, storage: kind }, `storage fault: ${TITLES[kind].toLowerCase()}; writes answer 503 until it is fixed, reads are still served`);
  }

  recovered(): void {
    if (this.#failing === undefined) return;
    this.logger.warn({ storage: this.#failing }, "storage recovered: writes succeed again");
    this.#failing = undefined;
  }
}

/**
 * The error middleware before `problemDetails`: turns a storage fault into a 503 with
 * Retry-After, and notes when writes succeed again.
 */
export function storageFaults(health: StorageHealth): { mapErrors: ErrorRequestHandler; watchRecovery: RequestHandler } {
  return {
    mapErrors: (err, _req, res, next) => {
      const kind = storageFaultKind(err);
      if (kind === undefined) return next(err);
      health.fault(kind, err);
      if (!res.headersSent) res.setHeader("Retry-After", String(STORAGE_RETRY_AFTER_S));
      next(err instanceof StorageFault ? err : new StorageFault(kind));
    },
    watchRecovery: (req, res, next) => {
      if (health.failing !== undefined && req.method !== "GET" && req.method !== "HEAD") {
        res.once("finish", () => {
          if (res.statusCode < 500) health.recovered();
        });
      }
      next();
    },
  };
}
