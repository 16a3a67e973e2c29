// Export files in the database: written whole in the transaction that ends their job (so a file
// is complete or absent, never half there), read back a part at a time, deleted once expired.
// In the database rather than the data folder because the worker that builds a file and the API
// process that serves it may run on different machines (the team server).
import type { Response } from "express";
import type { Db } from "../../db/index.ts";
import type { Sql } from "../../db/sql.ts";

/** Bytes per stored part: small enough that no one value (or query parameter) is a whole file. */
export const PART_BYTES = 512 * 1024;

/** How long a built file may be downloaded (ALINHA_EXPORT_TTL_MINUTES, default 60). */
export function exportTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const minutes = Number(env["ALINHA_EXPORT_TTL_MINUTES"] ?? 60);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 60) * 60_000;
}

export interface StoredFile {
  fileName: string;
  mediaType: string;
  size: number;
  expiresAt: Date;
}

/**
 * Writes the file and its parts inside `sql`'s transaction (the one that marks the job succeeded).
 * Plain SQL, not the Prisma client: through it, each 512 KB part cost ~30 ms of the thread's CPU
 * to write or read (its value conversions), ~1.7 s for a 30 MB file, against ~20 ms this way.
 * SQLite takes the bytes as a BLOB; PostgreSQL's path converts arrays of bytes element by
 * element too, so there they travel as base64 text, decoded by the database.
 */
export async function storeExportFile(sql: Sql, jobId: string, file: Omit<StoredFile, "size">, bytes: Uint8Array): Promise<StoredFile> {
  const stored = { ...file, size: bytes.byteLength };
  await sql.execute(`INSERT INTO "ExportFile" ("jobId", "fileName", "mediaType", "size", "createdAt", "expiresAt") VALUES (?, ?, ?, ?, ?, ?)`, [jobId, stored.fileName, stored.mediaType, stored.size, new Date(), stored.expiresAt]);
  const value = sql.engine === "postgres" ? `decode(?, 'base64')` : "?";
  for (let seq = 0, at = 0; at < bytes.byteLength || seq === 0; seq++, at += PART_BYTES) {
    const part = bytes.subarray(at, at + PART_BYTES);
    const arg = sql.engine === "postgres" ? Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString("base64") : part;
    await sql.execute(`INSERT INTO "ExportFilePart" ("jobId", "seq", "bytes") VALUES (?, ?, ${value})`, [jobId, seq, arg]);
  }
  return stored;
}

/** One part's bytes, or undefined past the last (the same plain SQL, for the same reason). */
async function readPart(sql: Sql, jobId: string, seq: number): Promise<Buffer | undefined> {
  const column = sql.engine === "postgres" ? `encode("bytes", 'base64')` : `"bytes"`;
  const [row] = await sql.query(`SELECT ${column} AS "bytes" FROM "ExportFilePart" WHERE "jobId" = ? AND "seq" = ?`, [jobId, seq]);
  if (!row) return undefined;
  const value = row["bytes"];
  if (typeof value === "string") return Buffer.from(value, "base64");
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new Error(`export file ${jobId}: part ${seq} is not bytes`);
}

export function findExportFile(db: Db, jobId: string): Promise<StoredFile | null> {
  return db.exportFile.findUnique({ where: { jobId }, select: { fileName: true, mediaType: true, size: true, expiresAt: true } });
}

/** Until the socket takes more, or is gone (a download cancelled): listeners removed either way. */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/**
 * Sends the stored file as an attachment, one part read per write, waiting for the socket to
 * drain, so neither the file nor the database's answer for it is held whole.
 */
export async function sendExportFile(sql: Sql, jobId: string, file: StoredFile, res: Response): Promise<void> {
  res.status(200);
  res.setHeader("Content-Type", file.mediaType);
  res.setHeader("Content-Length", String(file.size));
  res.setHeader("Content-Disposition", `attachment; filename="${file.fileName}"`);
  res.setHeader("Cache-Control", "private, no-store");
  for (let seq = 0; ; seq++) {
    const part = await readPart(sql, jobId, seq);
    if (!part) break;
    if (res.destroyed) return;
    if (!res.write(part)) await drainedOrClosed(res);
  }
  res.end();
}

/** Deletes the files whose time is up (their jobs stay, as the history of what was asked). */
export async function removeExpiredExports(db: Db, now = new Date()): Promise<number> {
  const expired = (await db.exportFile.findMany({ where: { expiresAt: { lte: now } }, select: { jobId: true } })).map((f) => f.jobId);
  if (expired.length === 0) return 0;
  // Parts first: the cascade would do it, but only where the connection enforces foreign keys.
  await db.exportFilePart.deleteMany({ where: { jobId: { in: expired } } });
  await db.exportFile.deleteMany({ where: { jobId: { in: expired } } });
  return expired.length;
}
