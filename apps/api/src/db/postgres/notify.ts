// Change events across processes on PostgreSQL: NOTIFY to publish, and one LISTEN connection per
// process (opened on the first subscriber). A process hears its own events at once, locally,
// and skips their echo. If the LISTEN connection drops, it reconnects and tells its listeners
// EVERYTHING (events may have been missed meanwhile).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { EVERYTHING, LocalChanges, type Changes } from "../changes.ts";

const CHANNEL = "alinha_changes";
const RECONNECT_MS = 1000;

export function postgresChanges(url: string, pool: pg.Pool): Changes {
  const origin = randomUUID();
  const local = new LocalChanges();
  let listener: pg.Client | undefined;
  let starting: Promise<void> | undefined;
  let closed = false;

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: url });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { o, t, p } = JSON.parse(message.payload) as { o: string; t: string; p: Record<string, unknown> };
        if (o !== origin) local.deliver(t, p);
      } catch {
        // Not ours.
      }
    });
    const lost = () => {
      if (listener !== client || closed) return;
      listener = undefined;
      setTimeout(() => {
        if (closed) return;
        starting = listen().then(() => local.deliver(EVERYTHING, {}), () => lost());
      }, RECONNECT_MS).unref();
    };
    client.on("error", lost);
    client.on("end", lost);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  }

  return {
    async publish(topic, payload = {}) {
      local.deliver(topic, payload);
      await pool.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ o: origin, t: topic, p: payload })]);
    },
    subscribe(fn) {
      starting ??= listen();
      return local.subscribe(fn);
    },
    async ready() {
      starting ??= listen();
      await starting;
    },
    async close() {
      closed = true;
      await starting?.catch(() => undefined);
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
