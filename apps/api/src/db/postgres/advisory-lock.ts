import pg from "pg";

/** Waits for a session-level advisory lock on its own connection; the returned function releases it. */
export async function advisoryLock(url: string, key: number): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SELECT pg_advisory_lock($1)", [key]);
  return async () => {
    await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => undefined);
    await client.end();
  };
}
