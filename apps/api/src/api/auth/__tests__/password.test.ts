// scrypt at OWASP's recommended cost (N=2^17, r=8, p=1) by default; a cheaper cost only through
// ALINHA_SCRYPT_N (the tests' setting, refused in production); old hashes redone at login.
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { configuredCost, hashCost, hashPassword, needsRehash, RECOMMENDED_COST, verifyPassword } from "../password.ts";

const server = useTestServer();

describe("the scrypt cost", () => {
  it("defaults to OWASP's recommendation: a hash made without any setting carries N=2^17, r=8, p=1", async () => {
    expect(RECOMMENDED_COST).toEqual({ N: 131072, r: 8, p: 1 });
    expect(configuredCost({})).toEqual(RECOMMENDED_COST);
    const hash = await hashPassword("correct horse battery staple", configuredCost({}));
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
  });

  it("is lowered only by an explicit ALINHA_SCRYPT_N, never below the recommendation in production", () => {
    expect(configuredCost({ ALINHA_SCRYPT_N: "1024" })).toEqual({ N: 1024, r: 8, p: 1 });
    expect(() => configuredCost({ ALINHA_SCRYPT_N: "1000" })).toThrow(/power of two/);
    expect(() => configuredCost({ ALINHA_SCRYPT_N: "1024", NODE_ENV: "production" })).toThrow(/refused with NODE_ENV=production/);
    expect(configuredCost({ ALINHA_SCRYPT_N: String(2 ** 18), NODE_ENV: "production" }).N).toBe(2 ** 18);
  });

  it("marks cheaper hashes (and foreign ones) for rehashing, not equal or dearer ones", async () => {
    const cost = { N: 1024, r: 8, p: 1 };
    expect(needsRehash(await hashPassword("x", { N: 512, r: 8, p: 1 }), cost)).toBe(true);
    expect(needsRehash(await hashPassword("x", cost), cost)).toBe(false);
    expect(needsRehash(await hashPassword("x", { N: 2048, r: 8, p: 1 }), cost)).toBe(false);
    expect(needsRehash("bcrypt$whatever", cost)).toBe(true);
  });
});

describe("upgrading old hashes at login", () => {
  it("rehashes a user's old, cheaper hash with today's cost when they log in", async () => {
    const today = configuredCost();
    const old = await hashPassword("senha-antiga", { N: today.N / 2, r: 8, p: 1 });
    await server.prisma.user.create({ data: { username: "veterano", displayName: "Veterano", role: "translator", passwordHash: old } });
    const res = await server.anonymous().post("/api/auth/login", { username: "veterano", password: "senha-antiga" });
    expect(res.status).toBe(200);
    const stored = (await server.prisma.user.findUniqueOrThrow({ where: { username: "veterano" } })).passwordHash;
    expect(stored).not.toBe(old);
    expect(hashCost(stored)).toEqual(today);
    expect(await verifyPassword("senha-antiga", stored)).toBe(true);
    // And the password still works afterwards, with no further rehash.
    expect((await server.anonymous().post("/api/auth/login", { username: "veterano", password: "senha-antiga" })).status).toBe(200);
    expect((await server.prisma.user.findUniqueOrThrow({ where: { username: "veterano" } })).passwordHash).toBe(stored);
  });

  it("leaves the hash alone after a wrong password", async () => {
    const old = await hashPassword("certa", { N: 256, r: 8, p: 1 });
    await server.prisma.user.create({ data: { username: "cauteloso", displayName: "Cauteloso", role: "translator", passwordHash: old } });
    expect((await server.anonymous().post("/api/auth/login", { username: "cauteloso", password: "errada" })).status).toBe(401);
    expect((await server.prisma.user.findUniqueOrThrow({ where: { username: "cauteloso" } })).passwordHash).toBe(old);
  });
});
