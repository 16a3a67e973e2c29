// Plain SQL on PostgreSQL straight through `pg` (the pool Prisma's adapter shares), with the
// statements the app runs again and again prepared once per connection.
//
// Why not through the adapter (adapter-sql.ts) as before: under the 50-client review load
// PostgreSQL spent more on planning than on running the review statements. Measured one at a
// time on a pair of the largest built-in document, the pair-in-context read cost PostgreSQL
// ~520 µs unnamed (parse and plan each time) against ~140 µs as a prepared statement, and this
// process ~180–340 µs through the adapter against ~110–150 µs here (no argument type
// descriptors, no debug history, no second copy of each row). The values are decoded as the
// adapter decodes them (timestamps as ISO text in UTC, bytes as arrays of numbers, JSON, numeric
// and dates as text) and bound as it binds them, so callers see the same rows.
import pg from "pg";
import { type Row, type Sql, type SqlDb, type SqlValue } from "../sql.ts";

/**
 * Distinct statement texts prepared per connection. The hot path's statements are a few dozen
 * (a save's statement varies with the columns it sets and the flags it writes); a bound keeps
 * statements with open-ended texts (IN lists, bulk inserts of any row count) from filling each
 * connection's memory on the server. Past it, statements run unnamed, as before.
 * ALINHA_PG_PREPARE=0 prepares none: for a connection pooler that hands one client's statements
 * to different server connections (PgBouncer in transaction mode before 1.21).
 */
const MAX_PREPARED = process.env["ALINHA_PG_PREPARE"] === "0" ? 0 : 300;
/** A statement is prepared from its second run on: one-off statements are not worth keeping. */
const PREPARE_FROM_RUN = 2;
/** Bulk inserts are long and rarely the same twice. */
const MAX_PREPARED_LENGTH = 16_000;
/** Texts seen but not (yet) prepared, counted; cleared when full (it only delays preparing). */
const MAX_COUNTED = 5_000;
/** A kept `SELECT *` after another process migrated: "cached plan must not change result type". */
function stalePlan(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  return e.code === "0A000" && typeof e.message === "string" && e.message.includes("cached plan");
}

interface Statement {
  /** The text with `$n` placeholders. */
  text: string;
  runs: number;
  name?: string;
}

/** Each statement's `$n` text and, once prepared, its name: shared by every connection of the pool. */
class Statements {
  readonly #known = new Map<string, Statement>();
  #named = 0;

  of(sql: string): Statement {
    let statement = this.#known.get(sql);
    if (!statement) {
      if (this.#known.size - this.#named >= MAX_COUNTED) {
        for (const [key, s] of this.#known) if (!s.name) this.#known.delete(key);
      }
      let n = 0;
      statement = { text: sql.replace(/\?/g, () => `$${++n}`), runs: 0 };
      this.#known.set(sql, statement);
    }
    statement.runs++;
    if (!statement.name && statement.runs >= PREPARE_FROM_RUN && this.#named < MAX_PREPARED && sql.length <= MAX_PREPARED_LENGTH) {
      // Names are this process's own and never reused for another text (pg refuses that).
      statement.name = `alinha_${++this.#named}`;
    }
    return statement;
  }
}

// The adapter's decoding of the types it changes from pg's defaults (@prisma/adapter-pg 6.19).
const text = (value: string) => value;
const parsePgBytes = pg.types.getTypeParser(pg.types.builtins.BYTEA);
const PARSERS: Record<number, (value: string) => unknown> = {
  [pg.types.builtins.TIMESTAMP]: (value) => `${value.replace(" ", "T")}+00:00`,
  [pg.types.builtins.TIMESTAMPTZ]: (value) => value.replace(" ", "T").replace(/[+-]\d{2}(:\d{2})?$/, "+00:00"),
  [pg.types.builtins.DATE]: text,
  [pg.types.builtins.TIME]: text,
  [pg.types.builtins.NUMERIC]: text,
  [pg.types.builtins.JSON]: text,
  [pg.types.builtins.JSONB]: text,
  [pg.types.builtins.BYTEA]: (value) => Array.from(new Uint8Array(parsePgBytes(value) as Buffer)),
};
const TYPES = {
  getTypeParser: (oid: number, format?: string) => (format !== "binary" && PARSERS[oid]) || pg.types.getTypeParser(oid, format as "text"),
} as pg.CustomTypesConfig;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** As the adapter binds a Date: UTC, no offset (the columns are `timestamp(3)` without time zone). */
function formatDateTime(date: Date): string {
  const ms = date.getUTCMilliseconds();
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ""}`;
}

function bind(args: readonly SqlValue[]): unknown[] {
  return args.map((arg) => (arg instanceof Date ? formatDateTime(arg) : arg instanceof Uint8Array ? Buffer.from(arg.buffer, arg.byteOffset, arg.byteLength) : arg));
}

function toRows(result: pg.QueryArrayResult): Row[] {
  const names = result.fields.map((f) => f.name);
  return result.rows.map((values) => {
    const row: Row = {};
    for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
    return row;
  });
}

/**
 * The error as a reason to close the connection, or undefined to keep it: PostgreSQL's own errors
 * about a statement (a constraint, a conflict) leave the connection fine; a kept statement gone
 * stale (stalePlan) or a failed connection does not.
 */
function brokenBy(err: unknown): Error | undefined {
  const code = (err as { code?: unknown }).code;
  const statementError = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !stalePlan(err);
  return statementError ? undefined : (err as Error);
}

type Queryable = Pick<pg.Pool, "query"> | pg.PoolClient;

/** Plain SQL on one connection (a transaction's). */
class ConnectionSql implements Sql {
  readonly engine = "postgres" as const;
  /**
   * The statement before this one: a connection runs one at a time, and pg (deprecated, gone in
   * pg 9) queues statements sent while one runs; callers that start several at once
   * (Promise.all) are served in turn here instead.
   */
  #previous: Promise<unknown> = Promise.resolve();
  constructor(protected readonly db: Queryable, protected readonly statements: Statements) {}

  protected run(sql: string, args: readonly SqlValue[]): Promise<pg.QueryArrayResult> {
    const send = () => {
      const { text, name } = this.statements.of(sql);
      return this.db.query({ text, values: bind(args), rowMode: "array", types: TYPES, ...(name ? { name } : {}) });
    };
    const result = this.#previous.then(send, send);
    this.#previous = result.catch(() => undefined);
    return result;
  }

  async query(sql: string, args: readonly SqlValue[] = []): Promise<Row[]> {
    return toRows(await this.run(sql, args));
  }

  async execute(sql: string, args: readonly SqlValue[] = []): Promise<number> {
    return (await this.run(sql, args)).rowCount ?? 0;
  }
}

export class PgSql extends ConnectionSql implements SqlDb {
  constructor(private readonly pool: pg.Pool) {
    super(pool, new Statements());
  }

  get connections(): number {
    return this.pool.options.max ?? 10;
  }

  protected override async run(sql: string, args: readonly SqlValue[]): Promise<pg.QueryArrayResult> {
    // Each idle connection may hold the stale statement; each one that fails is closed.
    const attempts = (this.pool.options.max ?? 10) + 1;
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        const result = await this.once(client, sql, args);
        client.release();
        return result;
      } catch (err) {
        client.release(brokenBy(err));
        // Another process changed a table one of this connection's kept statements reads (a
        // migration): the connection and what it kept are gone; the statement runs again.
        if (!stalePlan(err) || attempt >= attempts) throw err;
      }
    }
  }

  private once(client: pg.PoolClient, sql: string, args: readonly SqlValue[]): Promise<pg.QueryArrayResult> {
    const { text, name } = this.statements.of(sql);
    return client.query({ text, values: bind(args), rowMode: "array", types: TYPES, ...(name ? { name } : {}) });
  }

  async transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    let workFailed = false;
    try {
      await client.query("BEGIN");
      let result: T;
      try {
        result = await fn(new ConnectionSql(client, this.statements));
      } catch (err) {
        workFailed = true;
        // The work failed (a stale version, a constraint): the connection is fine once rolled back,
        // unless what failed was a kept statement gone stale.
        await client.query("ROLLBACK").catch((rollbackFailed: Error) => {
          broken = rollbackFailed;
        });
        if (stalePlan(err)) broken = err as Error;
        throw err;
      }
      await client.query("COMMIT");
      return result;
    } catch (err) {
      // BEGIN or COMMIT failed: PostgreSQL's refusal leaves the connection usable; a lost one does not.
      if (!workFailed) broken = brokenBy(err);
      throw err;
    } finally {
      client.release(broken);
    }
  }
}
