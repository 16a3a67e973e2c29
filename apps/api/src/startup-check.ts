// Starting on a database that cannot be written must fail at once, saying so, rather than serve
// pages whose every save then fails.
import type { SqlDb } from "./db/sql.ts";
import { storageFaultKind, type StorageFaultKind } from "./common/storage-fault.ts";

const REASONS: Record<StorageFaultKind, string> = {
  "read-only": "it is read-only (check the permissions of the file and its folder, and whether the file system is mounted read-only)",
  full: "the disk is full (free some space)",
  io: "the storage reports I/O errors, or the file cannot be opened (check the path, the disk and the permissions)",
  unreachable: "the database server cannot be reached (check DATABASE_URL and that the server is running)",
};

export class UnwritableDatabase extends Error {
  constructor(where: string, readonly kind: StorageFaultKind | undefined, cause: unknown) {
    const reason = kind ? REASONS[kind] : `of ${cause instanceof Error ? cause.message : String(cause)}`;
    super(`Alinha cannot start: the database at ${where} cannot be written, because ${reason}.`, { cause });
  }
}

/** The message for a failure while opening or setting up `where`, or undefined if it is not storage. */
export function unwritable(where: string, err: unknown): UnwritableDatabase | undefined {
  const kind = storageFaultKind(err);
  return kind ? new UnwritableDatabase(where, kind, err) : undefined;
}

/**
 * Writes and deletes one row in one committed transaction: a read-only file, a read-only mount or
 * a full disk refuses it. (Beginning a write transaction alone is not enough: SQLite takes the
 * lock without touching the file.)
 */
export async function assertWritable(sql: SqlDb, where: string): Promise<void> {
  try {
    await sql.transaction(async (tx) => {
      const now = new Date();
      await tx.execute(`INSERT INTO "LoginThrottle" ("key", "failures", "blockedUntil", "lastAttemptAt") VALUES (?, ?, ?, ?)`, ["startup-write-check", 0, now, now]);
      await tx.execute(`DELETE FROM "LoginThrottle" WHERE "key" = ?`, ["startup-write-check"]);
    });
  } catch (err) {
    throw unwritable(where, err) ?? new UnwritableDatabase(where, undefined, err);
  }
}
