import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1. Each derivation takes
 * 128 MB (128·N·r bytes) and about a tenth of a second; Node runs at most four at once (its
 * thread pool), so logins stay bounded in memory.
 */
export const RECOMMENDED_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

/**
 * The cost new hashes get: the recommended one unless ALINHA_SCRYPT_N (a power of two) says
 * otherwise. Only tests lower it, so a test suite that creates many users stays fast; with
 * NODE_ENV=production a value below the recommendation is refused.
 */
export function configuredCost(env: NodeJS.ProcessEnv = process.env): ScryptCost {
  const raw = env["ALINHA_SCRYPT_N"];
  if (raw === undefined || raw === "") return RECOMMENDED_COST;
  const N = Number(raw);
  if (!Number.isInteger(N) || N < 2 || (N & (N - 1)) !== 0) throw new Error(`ALINHA_SCRYPT_N must be a power of two, not "${raw}".`);
  if (env["NODE_ENV"] === "production" && N < RECOMMENDED_COST.N) {
    throw new Error(`ALINHA_SCRYPT_N=${N} is below the recommended 2^17; it is for tests only and refused with NODE_ENV=production.`);
  }
  return { ...RECOMMENDED_COST, N };
}

function derive(password: string, salt: Buffer, cost: ScryptCost, keyLength: number): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MB) is below the recommended cost.
  const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r + 16 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking old hashes. */
export async function hashPassword(password: string, cost: ScryptCost = configuredCost()): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, KEY_LENGTH);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** The cost a stored hash was made with, or undefined if it is not one of ours. */
export function hashCost(stored: string): ScryptCost | undefined {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return undefined;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  return Object.values(cost).every((v) => Number.isInteger(v) && v > 0) ? cost : undefined;
}

/** Whether a stored hash is cheaper than what new hashes get (upgraded at the next login). */
export function needsRehash(stored: string, cost: ScryptCost = configuredCost()): boolean {
  const old = hashCost(stored);
  return old === undefined || old.N < cost.N || old.r < cost.r || old.p < cost.p;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const cost = hashCost(stored);
  const [, , , , salt, hash] = stored.split("$");
  if (!cost || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await derive(password, Buffer.from(salt, "base64url"), cost, expected.length);
  return timingSafeEqual(key, expected);
}
