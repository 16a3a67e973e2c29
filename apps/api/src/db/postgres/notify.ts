// Change events across processes on PostgreSQL: NOTIFY to publish, and one LISTEN connection per
// process (opened on the first subscriber). A process hears its own events at once, locally,
// and skips their echo. If the LISTEN connection drops, it reconnects and tells its listeners
// EVERYTHING (events may have been missed meanwhile).
//
// Every save announces itself to the other reviewers (live review), so events are sent together:
// those published within FLUSH_MS go out as one NOTIFY (as many as its payload limit allows). At
// 400 saves a second, one NOTIFY per save was a query of its own, and a pool connection, each;
// and each NOTIFY wakes every listening process and its PostgreSQL backend (measured: about
// 0.13 ms of PostgreSQL's CPU and 0.1–0.2 ms of the processes' per NOTIFY with three listeners).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { EVERYTHING, LocalChanges, type Changes } from "../changes.ts";

const CHANNEL = "alinha_changes";
const RECONNECT_MS = 1000;
/**
 * How long an event waits for others to go with it; well under live review's 1 s and the 1 s in
 * which a logout or a settings change reaches the other processes. Under the paced load (200
 * saves a second per API process, 5 ms apart on average) a NOTIFY carried about three saves at
 * 10 ms; at 50 ms it carries about eleven, a quarter of the NOTIFYs.
 */
const FLUSH_MS = 50;
/** NOTIFY's payload limit is 8,000 bytes; room is left for the envelope. */
const PAYLOAD_BYTES = 7500;

interface Pending {
  message: string;
  sent: () => void;
  failed: (err: unknown) => void;
}

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
        const { o, m } = JSON.parse(message.payload) as { o: string; m: { t: string; p: Record<string, unknown> }[] };
        if (o !== origin) for (const { t, p } of m) local.deliver(t, p);
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

  let pending: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  const sending = new Set<Promise<void>>();

  /** Sends what is pending, as few NOTIFYs as the payload limit allows. */
  function flush(): void {
    timer = undefined;
    const batch = pending;
    pending = [];
    while (batch.length > 0) {
      const group: Pending[] = [];
      let bytes = 0;
      while (batch.length > 0 && (group.length === 0 || bytes + Buffer.byteLength(batch[0]!.message) + 1 <= PAYLOAD_BYTES)) {
        const next = batch.shift()!;
        bytes += Buffer.byteLength(next.message) + 1;
        group.push(next);
      }
      const sent: Promise<void> = pool.query("SELECT pg_notify($1, $2)", [CHANNEL, `{"o":${JSON.stringify(origin)},"m":[${group.map((g) => g.message).join(",")}]}`]).then(
        () => group.forEach((g) => g.sent()),
        (err: unknown) => group.forEach((g) => g.failed(err)),
      ).finally(() => sending.delete(sent));
      sending.add(sent);
    }
  }

  return {
    async publish(topic, payload = {}) {
      local.deliver(topic, payload);
      await new Promise<void>((sent, failed) => {
        pending.push({ message: JSON.stringify({ t: topic, p: payload }), sent, failed });
        timer ??= setTimeout(flush, FLUSH_MS);
      });
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
      if (timer) {
        clearTimeout(timer);
        flush();
      }
      await Promise.all(sending);
      await starting?.catch(() => undefined);
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
