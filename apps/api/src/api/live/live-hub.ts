// Live review: who is on a document and on which pair, and which pairs others just saved, sent
// to each reviewer as Server-Sent Events. Every process keeps the presence of every process
// (events over db.changes: LISTEN/NOTIFY on PostgreSQL, in-process on SQLite); each process
// streams to its own connections only.
import { randomUUID } from "node:crypto";
import type { Response } from "express";
import type { AppContext } from "../../app-context.ts";
import type { User, Viewer } from "../../contract/index.ts";

/** A viewer's entry lives this long without news (its process re-announces it every REFRESH_MS). */
const PRESENCE_TTL_MS = 25_000;
const REFRESH_MS = 10_000;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

export const PRESENCE = "presence";
export const PAIRS_SAVED = "pairs-saved";


interface Connection {
  res: Response;
  viewer: Viewer;
  documentId: string;
}

export interface PairsSaved {
  documentId: string;
  pairs: { id: string; version: number }[];
  /** Merge, split, move: positions changed, the list is to be read again. */
  structural: boolean;
  byUserId: string;
  byName: string;
}

export class LiveHub {
  readonly #presence = new Map<string, Map<string, Viewer & { until: number }>>();
  readonly #connections = new Map<string, Set<Connection>>();
  readonly #timers: NodeJS.Timeout[] = [];

  constructor(private readonly ctx: AppContext) {
    ctx.db.changes.subscribe((topic, payload) => {
      if (topic === PRESENCE) this.#heardPresence(payload as unknown as Viewer & { documentId: string; left?: boolean });
      else if (topic === PAIRS_SAVED) this.#send(String(payload["documentId"]), "pairs", payload);
    });
    const refresh = setInterval(() => void this.#refresh(), REFRESH_MS);
    refresh.unref();
    const heartbeat = setInterval(() => {
      for (const set of this.#connections.values()) for (const c of set) c.res.write(": ping\n\n");
    }, HEARTBEAT_MS);
    heartbeat.unref();
    this.#timers.push(refresh, heartbeat);
  }

  /** Opens a reviewer's stream: a `hello` with its key, then `presence` and `pairs` events. */
  async open(documentId: string, user: User, res: Response): Promise<void> {
    res.status(200).set({ "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" });
    res.flushHeaders();
    const viewer: Viewer = { key: randomUUID(), userId: user.id, displayName: user.displayName, pairId: null, editing: false };
    const connection: Connection = { res, viewer, documentId };
    let set = this.#connections.get(documentId);
    if (!set) this.#connections.set(documentId, (set = new Set()));
    set.add(connection);
    res.write(`retry: 2000\n\n`);
    this.#write(res, "hello", { key: viewer.key });
    res.on("close", () => {
      set.delete(connection);
      if (set.size === 0) this.#connections.delete(documentId);
      void this.#announce(documentId, viewer, true);
    });
    await this.#announce(documentId, viewer);
    // What others were already doing, whether or not anything changes soon.
    this.#write(res, "presence", { viewers: this.viewers(documentId) });
  }

  /** A reviewer moved to another pair or started or stopped editing. */
  async move(documentId: string, key: string, userId: string, pairId: string | null, editing: boolean): Promise<boolean> {
    const connection = [...(this.#connections.get(documentId) ?? [])].find((c) => c.viewer.key === key && c.viewer.userId === userId);
    if (!connection) return false;
    connection.viewer.pairId = pairId;
    connection.viewer.editing = editing && pairId !== null;
    await this.#announce(documentId, connection.viewer);
    return true;
  }

  async saved(event: PairsSaved): Promise<void> {
    await this.ctx.db.changes.publish(PAIRS_SAVED, event as unknown as Record<string, unknown>);
  }

  viewers(documentId: string): Viewer[] {
    const now = Date.now();
    const entries = this.#presence.get(documentId);
    if (!entries) return [];
    for (const [key, v] of entries) if (v.until < now) entries.delete(key);
    return [...entries.values()].map(({ until: _until, ...viewer }) => viewer);
  }

  close(): void {
    for (const timer of this.#timers) clearInterval(timer);
    for (const set of this.#connections.values()) for (const c of set) c.res.end();
  }

  #announce(documentId: string, viewer: Viewer, left = false): Promise<void> {
    return this.ctx.db.changes.publish(PRESENCE, { ...viewer, documentId, ...(left ? { left: true } : {}) }).catch((err) => this.ctx.log?.(err, "presence"));
  }

  async #refresh(): Promise<void> {
    for (const [documentId, set] of this.#connections) for (const c of set) await this.#announce(documentId, c.viewer);
  }

  #heardPresence(event: Viewer & { documentId: string; left?: boolean }): void {
    let entries = this.#presence.get(event.documentId);
    if (!entries) this.#presence.set(event.documentId, (entries = new Map()));
    const before = JSON.stringify(this.viewers(event.documentId));
    if (event.left) entries.delete(event.key);
    else entries.set(event.key, { key: event.key, userId: event.userId, displayName: event.displayName, pairId: event.pairId, editing: event.editing, until: Date.now() + PRESENCE_TTL_MS });
    const viewers = this.viewers(event.documentId);
    if (JSON.stringify(viewers) !== before) this.#send(event.documentId, "presence", { viewers });
  }

  #send(documentId: string, event: string, data: unknown): void {
    for (const c of this.#connections.get(documentId) ?? []) this.#write(c.res, event, data);
  }

  #write(res: Response, event: string, data: unknown): void {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }
}
