// Change events between the processes on one database: what lets a process drop a cached copy
// (settings, terms, sessions) when another changes it, and carries live review events. SQLite:
// in-process (every Database on the same file in this process hears them; the embedded server is
// one process). PostgreSQL: LISTEN/NOTIFY, one dedicated connection per process (postgres/notify.ts).

export type ChangeListener = (topic: string, payload: Record<string, unknown>) => void;

/** Heard when events may have been missed (a lost LISTEN connection): drop everything cached. */
export const EVERYTHING = "*";

export interface Changes {
  /**
   * Tells every process on the database, this one included (at once, before this resolves).
   * Payloads stay small (ids): NOTIFY takes at most 8,000 bytes.
   */
  publish(topic: string, payload?: Record<string, unknown>): Promise<void>;
  subscribe(listener: ChangeListener): () => void;
  /** Resolves once this process hears other processes' events (PostgreSQL: LISTEN is in place). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Listeners of one process, shared by every Database opened on the same URL in it. */
export class LocalChanges {
  readonly #listeners = new Set<ChangeListener>();

  deliver(topic: string, payload: Record<string, unknown>): void {
    for (const listener of this.#listeners) {
      try {
        listener(topic, payload);
      } catch {
        // One listener's failure is not the publisher's.
      }
    }
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

const perUrl = new Map<string, LocalChanges>();

/** The embedded engine's events: within this process, per database. */
export function inProcessChanges(url: string): Changes {
  let local = perUrl.get(url);
  if (!local) perUrl.set(url, (local = new LocalChanges()));
  const shared = local;
  return {
    publish: async (topic, payload = {}) => shared.deliver(topic, payload),
    subscribe: (listener) => shared.subscribe(listener),
    ready: async () => {},
    close: async () => {},
  };
}
