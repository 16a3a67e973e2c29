import { createHash, randomBytes } from "node:crypto";
import { EVERYTHING, type Changes } from "../../db/changes.ts";
import type { Db } from "../../db/index.ts";
import type { Role, User } from "../../contract/index.ts";

export const SESSION_COOKIE = "alinha_session";
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
/**
 * Sessions are looked up on every request; a short cache keeps that off the database. A logout
 * anywhere drops the session from every process's cache at once (db.changes).
 */
const CACHE_MS = 30_000;
const SESSION_ENDED = "session-ended";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function toUser(row: { id: string; username: string; displayName: string; role: string }): User {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role as Role };
}

export class SessionStore {
  #cache = new Map<string, { user: User; until: number; id: string }>();
  /** Bumped on every drop, so a lookup that started before cannot cache what it read. */
  #generation = 0;
  /**
   * Lookups on their way, by token: the requests a browser sends at once with a session this
   * process has not seen (after a restart, or on the other process behind a load balancer) wait
   * for one read instead of each making its own (50 clients' first requests made 25 at once).
   */
  #reading = new Map<string, Promise<User | undefined>>();
  readonly #unsubscribe: (() => void) | undefined;

  constructor(private readonly prisma: Db, private readonly changes?: Changes) {
    this.#unsubscribe = changes?.subscribe((topic, payload) => {
      if (topic === EVERYTHING) this.#cache.clear();
      else if (topic === SESSION_ENDED) {
        for (const [token, entry] of this.#cache) if (entry.id === payload["id"]) this.#cache.delete(token);
      } else return;
      this.#generation++;
      // A request from now on reads again: a read on its way may have started before the drop.
      this.#reading.clear();
    });
  }

  /** Stops listening for other processes' logouts. */
  close(): void {
    this.#unsubscribe?.();
  }

  async create(userId: string): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    // Expired sessions are never looked up again; logging in is a good moment to drop them.
    await this.prisma.session.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
    await this.prisma.session.create({
      data: { id: hashToken(token), userId, expiresAt: new Date(Date.now() + SESSION_TTL_MS) },
    });
    return token;
  }

  async userFor(token: string): Promise<User | undefined> {
    // Keyed by the token itself (it is in memory with every request anyway), so a cache hit costs
    // no hashing; only the database holds hashes.
    const cached = this.#cache.get(token);
    if (cached && cached.until > Date.now()) return cached.user;
    let reading = this.#reading.get(token);
    if (!reading) {
      const read = this.#read(token).finally(() => {
        if (this.#reading.get(token) === read) this.#reading.delete(token);
      });
      this.#reading.set(token, (reading = read));
    }
    return reading;
  }

  async #read(token: string): Promise<User | undefined> {
    const generation = this.#generation;
    const id = hashToken(token);
    const session = await this.prisma.session.findUnique({ where: { id }, include: { user: true } });
    if (!session || session.expiresAt.getTime() < Date.now()) {
      this.#cache.delete(token);
      return undefined;
    }
    const user = toUser(session.user);
    if (generation === this.#generation) this.#cache.set(token, { user, id, until: Math.min(Date.now() + CACHE_MS, session.expiresAt.getTime()) });
    return user;
  }

  async destroy(token: string): Promise<void> {
    const id = hashToken(token);
    this.#cache.delete(token);
    this.#reading.delete(token);
    await this.prisma.session.deleteMany({ where: { id } });
    // The hash, never the token: events travel through the database.
    await this.changes?.publish(SESSION_ENDED, { id });
  }
}
