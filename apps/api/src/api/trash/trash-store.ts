// The documents' trash. Deleting a document takes its rows (pairs, history, flags, comments) out
// of the live tables and keeps them, as they were, in one TrashedDocument row for 30 days; an
// admin can restore it whole, under the same ids, until then. Purging drops that row and
// compacts the database file (VACUUM): SQLite never gives freed pages back to the disk by itself
// (a workspace grew to 297 MB and stayed there after deletes; VACUUM gave 5.5 MB).
//
// Why a snapshot rather than a "deleted" mark on the document: every query that reads documents,
// pairs, flags or history would have to remember the mark, and one that forgot would leak a
// deleted document into a search or an export. Moved out, it cannot.
import { englishKey } from "../pairs/english-key.ts";
import type { AppContext } from "../../app-context.ts";
import { TRASH_DAYS, type TrashedDocument, type User } from "../../contract/index.ts";
import { Conflict, NotFound } from "../../common/errors.ts";
import type { Row, Sql, SqlValue } from "../../db/sql.ts";

const DAY_MS = 24 * 3600 * 1000;
/** SQLite allows 32766 bound parameters per statement; the widest table has under 20 columns. */
const PARAMETERS_PER_STATEMENT = 30_000;

interface Snapshot {
  document: Row;
  pairs: Row[];
  edits: Row[];
  flags: Row[];
  comments: Row[];
}

/** Rows as read (SQLite's own values), written back as they were. */
async function insertRows(sql: Sql, table: string, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length));
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await sql.execute(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")}`,
      chunk.flatMap((row) => columns.map((c) => row[c] as SqlValue)),
    );
  }
}

function toTrashed(row: Row): TrashedDocument {
  const deletedAt = new Date(row["deletedAt"] as string | number);
  return {
    id: String(row["id"]), title: String(row["title"]), pairCount: Number(row["pairCount"]), deletedBy: String(row["deletedBy"]),
    deletedAt: deletedAt.toISOString(), purgeAt: new Date(deletedAt.getTime() + TRASH_DAYS * DAY_MS).toISOString(),
  };
}

export class TrashStore {
  constructor(
    private readonly ctx: AppContext,
    private readonly now: () => number = Date.now,
  ) {}

  /** Moves a document and everything that belongs to it into the trash, in one transaction. */
  async trash(documentId: string, user: User): Promise<void> {
    await this.ctx.sql.transaction(async (tx) => {
      const [document] = await tx.query(`SELECT * FROM "Document" WHERE "id" = ?`, [documentId]);
      if (!document) throw new NotFound("document", documentId);
      const snapshot: Snapshot = {
        document,
        pairs: await tx.query(`SELECT * FROM "Pair" WHERE "documentId" = ?`, [documentId]),
        edits: await tx.query(`SELECT * FROM "Edit" WHERE "documentId" = ?`, [documentId]),
        flags: await tx.query(`SELECT * FROM "Flag" WHERE "documentId" = ?`, [documentId]),
        comments: await tx.query(`SELECT c.* FROM "Comment" c JOIN "Pair" p ON p."id" = c."pairId" WHERE p."documentId" = ?`, [documentId]),
      };
      const pairCount = snapshot.pairs.filter((p) => !p["removed"]).length;
      await tx.execute(`DELETE FROM "TrashedDocument" WHERE "id" = ?`, [documentId]);
      await tx.execute(
        `INSERT INTO "TrashedDocument" ("id", "title", "snapshot", "pairCount", "deletedAt", "deletedById", "deletedBy") VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [documentId, String(document["title"]), JSON.stringify(snapshot), pairCount, new Date(this.now()), user.id, user.displayName],
      );
      // Pairs, edits, flags and comments go with it (ON DELETE CASCADE).
      await tx.execute(`DELETE FROM "Document" WHERE "id" = ?`, [documentId]);
    });
    await this.purgeExpired();
  }

  async list(): Promise<TrashedDocument[]> {
    await this.purgeExpired();
    const rows = await this.ctx.sql.query(`SELECT "id", "title", "pairCount", "deletedAt", "deletedBy" FROM "TrashedDocument" ORDER BY "deletedAt" DESC`);
    return rows.map(toTrashed);
  }

  /** Puts the document back as it was deleted, under the same ids. */
  async restore(documentId: string): Promise<void> {
    await this.purgeExpired();
    await this.ctx.sql.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT "snapshot" FROM "TrashedDocument" WHERE "id" = ?`, [documentId]);
      if (!row) throw new NotFound("document in the trash", documentId);
      const [live] = await tx.query(`SELECT "id" FROM "Document" WHERE "id" = ?`, [documentId]);
      if (live) throw new Conflict(`A document with id "${documentId}" exists already.`);
      const snapshot = JSON.parse(String(row["snapshot"])) as Snapshot;
      await insertRows(tx, "Document", [snapshot.document]);
      // A snapshot taken before Pair.enHash existed has none: its pairs get their key back here.
      await insertRows(tx, "Pair", snapshot.pairs.map((p) => ({ ...p, enHash: englishKey(String(p["enText"] ?? "")) })));
      await insertRows(tx, "Edit", snapshot.edits);
      await insertRows(tx, "Flag", snapshot.flags);
      await insertRows(tx, "Comment", snapshot.comments);
      await tx.execute(`DELETE FROM "TrashedDocument" WHERE "id" = ?`, [documentId]);
    });
  }

  /** Deletes it for good and gives the space back to the disk. */
  async purge(documentId: string): Promise<void> {
    const removed = await this.ctx.sql.execute(`DELETE FROM "TrashedDocument" WHERE "id" = ?`, [documentId]);
    if (removed === 0) throw new NotFound("document in the trash", documentId);
    await this.compact();
  }

  /** Purges what has waited longer than TRASH_DAYS (run whenever the trash is touched). */
  async purgeExpired(): Promise<number> {
    const cutoff = new Date(this.now() - TRASH_DAYS * DAY_MS);
    const removed = await this.ctx.sql.execute(`DELETE FROM "TrashedDocument" WHERE "deletedAt" < ?`, [cutoff]);
    if (removed > 0) await this.compact();
    return removed;
  }

  /**
   * VACUUM rewrites the database without its free pages; in WAL mode the rewrite lands in the
   * WAL, so a TRUNCATE checkpoint then copies it into the file and empties the WAL. SQLite only:
   * PostgreSQL's autovacuum reclaims the room by itself.
   */
  private async compact(): Promise<void> {
    if (this.ctx.db.engine !== "sqlite") return;
    await this.ctx.sql.execute("VACUUM");
    await this.ctx.sql.query("PRAGMA wal_checkpoint(TRUNCATE)");
  }
}
