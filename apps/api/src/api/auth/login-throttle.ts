// Login throttling with growing delays, per account and per client address, kept in the
// database so every API process (and a restarted one) sees the same counts.
//
// Why both: per address alone lets five addresses make five times the guesses at one account,
// and behind a proxy (without TRUST_PROXY) every user shares one address. Per account alone
// lets one address try one password against every account. Why delays and not a lockout: a
// lockout is a tool for locking the real user out; a delay that grows with each failure (capped
// low for accounts) slows guessing to a crawl while the owner still gets in.
import type { Db } from "../../db/index.ts";

export interface ThrottlePolicy {
  /** Failures allowed before any delay (typos). */
  free: number;
  /** The first delay; each further failure doubles it. */
  baseMs: number;
  maxMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

export interface ThrottlePolicies {
  account: ThrottlePolicy;
  address: ThrottlePolicy;
}

export const DEFAULT_POLICIES: ThrottlePolicies = {
  // 5 free, then 1 s, 2 s, 4 s … up to a minute: at most ~1,500 guesses a day at one account,
  // and its owner never waits more than a minute.
  account: { free: 5, baseMs: 1000, maxMs: 60_000, windowMs: 15 * 60_000 },
  // One address guessing across accounts: 20 free (an office behind one NAT), up to 15 minutes.
  address: { free: 20, baseMs: 1000, maxMs: 15 * 60_000, windowMs: 15 * 60_000 },
};

/** The wait after `failures` counted failures. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** (failures - policy.free));
}

export interface LoginKeys {
  account: string;
  address: string;
}

export function loginKeys(username: string, address: string | undefined): LoginKeys {
  return { account: `account:${username.normalize("NFC").toLowerCase()}`, address: `address:${address ?? "unknown"}` };
}

/**
 * What a row holds when no delay applies: a moment long past. Not "now": an attempt running at
 * the same time that read its clock a few milliseconds earlier would take that "now" for a block
 * and answer 429 (three logins from one address at once, on PostgreSQL, did).
 */
const NOT_BLOCKED = new Date(0);

/** Every this many attempts a process drops rows nobody is throttled by any more. */
const PRUNE_EVERY = 100;

export class LoginThrottle {
  #attempts = 0;

  constructor(
    private readonly prisma: Db,
    private readonly policies: ThrottlePolicies = DEFAULT_POLICIES,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Before the password is checked: the milliseconds to wait if either key is still blocked, or 0,
   * having counted this attempt as a failure (taken back by `succeeded`). Counting first means
   * parallel guesses cannot all slip in before the first failure is written.
   */
  async attempt(keys: LoginKeys): Promise<number> {
    const now = this.now();
    if (++this.#attempts % PRUNE_EVERY === 0) await this.prune();
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.loginThrottle.findMany({ where: { key: { in: [keys.account, keys.address] } } });
      const wait = Math.max(0, ...rows.map((r) => r.blockedUntil.getTime() - now));
      if (wait > 0) return wait;
      for (const kind of ["account", "address"] as const) {
        const policy = this.policies[kind];
        const row = rows.find((r) => r.key === keys[kind]);
        const recent = row && now - row.lastAttemptAt.getTime() < policy.windowMs ? row.failures : 0;
        const failures = recent + 1;
        const delay = delayAfter(failures, policy);
        const data = { failures, blockedUntil: delay > 0 ? new Date(now + delay) : NOT_BLOCKED, lastAttemptAt: new Date(now) };
        await tx.loginThrottle.upsert({ where: { key: keys[kind] }, create: { key: keys[kind], ...data }, update: data });
      }
      return 0;
    });
  }

  /**
   * Deletes rows whose failures are forgotten and whose delay is over: each guessed user name
   * and each address makes a row, and a flood of made-up names must not grow the table forever.
   */
  async prune(): Promise<number> {
    const now = this.now();
    const window = Math.max(this.policies.account.windowMs, this.policies.address.windowMs);
    const { count } = await this.prisma.loginThrottle.deleteMany({
      where: { lastAttemptAt: { lt: new Date(now - window) }, blockedUntil: { lt: new Date(now) } },
    });
    return count;
  }

  /** The password was right: the account starts afresh, and the address gets its attempt back. */
  async succeeded(keys: LoginKeys): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.loginThrottle.deleteMany({ where: { key: keys.account } }),
      this.prisma.loginThrottle.updateMany({ where: { key: keys.address, failures: { gt: 0 } }, data: { failures: { decrement: 1 }, blockedUntil: NOT_BLOCKED } }),
    ]);
  }
}
