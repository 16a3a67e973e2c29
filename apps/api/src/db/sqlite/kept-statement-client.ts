// The embedded database connection under Prisma's libSQL adapter, keeping prepared statements.
//
// Why not @libsql/client's own: it prepares every statement anew and asks SQLite for its column
// metadata twice each time. Profiled under the review load (50 clients saving and approving),
// prepare + column metadata + row objects were about a fifth of the API's CPU, more than the
// SQLite work itself. The review hot path runs the same dozen statements over and over, so they
// are prepared once and kept (SQLite re-prepares a kept statement itself if the schema changes).
//
// It implements the part of @libsql/client's `Client` that the adapter calls (execute,
// transaction, executeMultiple, close), with the same value mapping (integers as numbers,
// booleans as 0/1, dates as epoch milliseconds), over the same native `libsql` driver.
//
// The review hot path also calls it directly (client-sql.ts), beside the adapter, so the client keeps
// its own lock: while a transaction is open, from either side, every other statement waits for
// it instead of landing inside it.
import { Mutex } from "async-mutex";
import Database from "libsql";
import { LRUCache } from "lru-cache";

type Value = null | string | number | bigint | ArrayBuffer;
type InValue = Value | boolean | Uint8Array | Date;

export interface Statement {
  sql: string;
  args?: InValue[] | Record<string, InValue>;
}

/** The shape of @libsql/client's ResultSet that the adapter reads. */
export interface ResultSet {
  columns: string[];
  columnTypes: string[];
  rows: Value[][];
  rowsAffected: number;
  lastInsertRowid: bigint | undefined;
}

interface Prepared {
  stmt: Database.Statement;
  reader: boolean;
  columns: string[];
  columnTypes: string[];
}

/** Distinct statements kept; bulk inserts of odd row counts make the set open-ended. */
const STATEMENT_CACHE_SIZE = 500;
/** Kept statements describe their columns as they were when prepared; a schema change drops them. */
const SCHEMA_CHANGE = /^\s*(CREATE|ALTER|DROP)\b/i;
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function toSql(value: InValue): unknown {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
    return value;
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.valueOf();
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return value;
}

function fromSql(value: unknown): Value {
  if (typeof value === "bigint") {
    if (value < MIN_SAFE || value > MAX_SAFE) throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(value);
  }
  if (value instanceof Uint8Array) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer;
  return value as Value;
}

function bindArgs(args: Statement["args"]): unknown[] | Record<string, unknown> {
  if (args === undefined) return [];
  if (Array.isArray(args)) return args.map(toSql);
  const named: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(value);
  return named;
}

export class CachedSqliteClient {
  closed = false;
  private readonly db: Database.Database;
  /** Least recently used dropped first: the review hot path's dozen statements stay kept through a bulk import's odd ones. */
  private readonly statements = new LRUCache<string, Prepared>({ max: STATEMENT_CACHE_SIZE });
  private readonly lock = new Mutex();

  constructor(path: string) {
    this.db = new Database(path);
  }

  private prepare(sql: string): Prepared {
    const kept = this.statements.get(sql);
    if (kept) return kept;
    const stmt = this.db.prepare(sql);
    stmt.safeIntegers(true);
    const reader = stmt.reader;
    let columns: string[] = [];
    let columnTypes: string[] = [];
    if (reader) {
      stmt.raw(true);
      const defs = stmt.columns();
      columns = defs.map((c) => c.name);
      columnTypes = defs.map((c) => c.type ?? "");
    }
    const prepared = { stmt, reader, columns, columnTypes };
    this.statements.set(sql, prepared);
    return prepared;
  }

  private run(statement: Statement | string): ResultSet {
    const { sql, args } = typeof statement === "string" ? { sql: statement, args: undefined } : statement;
    const { stmt, reader, columns, columnTypes } = this.prepare(sql);
    const bound = bindArgs(args);
    if (reader) {
      const rows = (stmt.all(bound) as unknown[][]).map((row) => row.map(fromSql));
      return { columns, columnTypes, rows, rowsAffected: 0, lastInsertRowid: undefined };
    }
    const info = stmt.run(bound);
    if (SCHEMA_CHANGE.test(sql)) this.statements.clear();
    return { columns: [], columnTypes: [], rows: [], rowsAffected: info.changes, lastInsertRowid: BigInt(info.lastInsertRowid) };
  }

  private assertOpen(): void {
    if (this.closed) throw Object.assign(new Error("The client is closed"), { code: "CLIENT_CLOSED" });
  }

  /** Runs `work` now when no transaction is open (the usual case), else after it. */
  private async outsideTransactions<T>(work: () => T): Promise<T> {
    this.assertOpen();
    if (!this.lock.isLocked()) return work();
    return this.lock.runExclusive(() => {
      this.assertOpen();
      return work();
    });
  }

  execute(statement: Statement | string): Promise<ResultSet> {
    return this.outsideTransactions(() => this.run(statement));
  }

  executeMultiple(sql: string): Promise<void> {
    return this.outsideTransactions(() => this.runScript(sql));
  }

  private runScript(sql: string): void {
    this.db.exec(sql);
    this.statements.clear();
  }

  /** Holds the connection from BEGIN to COMMIT or ROLLBACK; everything else waits meanwhile. */
  async transaction(mode: "write" | "read" | "deferred" = "write"): Promise<CachedSqliteTransaction> {
    this.assertOpen();
    const release = await this.lock.acquire();
    try {
      this.assertOpen();
      // IMMEDIATE takes the write lock at once: another process writing (setup, the CLI) then
      // makes BEGIN wait, rather than failing a half-done transaction when it tries to write.
      this.db.exec(mode === "write" ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    } catch (err) {
      release();
      throw err;
    }
    return new CachedSqliteTransaction(this.db, (s) => this.run(s), release);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    this.db.close();
  }
}

function transactionClosed(): Error {
  return Object.assign(new Error("The transaction is closed"), { code: "TRANSACTION_CLOSED" });
}

export class CachedSqliteTransaction {
  private done = false;

  constructor(
    private readonly db: Database.Database,
    private readonly runOne: (s: Statement | string) => ResultSet,
    private readonly release: () => void,
  ) {}

  get closed(): boolean {
    return this.done || !this.db.inTransaction;
  }

  private assertOpen(): void {
    if (this.closed) throw transactionClosed();
  }

  async execute(statement: Statement | string): Promise<ResultSet> {
    this.assertOpen();
    return this.runOne(statement);
  }

  async commit(): Promise<void> {
    if (this.done) throw transactionClosed();
    this.done = true;
    try {
      // SQLite may have rolled back by itself after a failed statement.
      if (!this.db.inTransaction) throw transactionClosed();
      this.db.exec("COMMIT");
    } catch (err) {
      // A connection left inside a failed transaction would refuse every BEGIN after it.
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw err;
    } finally {
      this.release();
    }
  }

  async rollback(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      if (this.db.open && this.db.inTransaction) this.db.exec("ROLLBACK");
    } finally {
      this.release();
    }
  }
}
