// Loads what a fresh install needs. Idempotent: everything is created only if missing, so
// running setup again changes nothing.
import { getDocument, listDocuments, loadTerms } from "@alinha/corpus";
import type { AppContext } from "../app-context.ts";
import type { Role } from "../contract/index.ts";
import { DEMO_USERS, isProduction } from "../api/auth/demo-accounts.ts";
import { hashPassword } from "../api/auth/password.ts";
import { recheckStaleDocuments } from "../api/checks/recheck-document.ts";
import { importDocument, SETUP_AUTHOR } from "../api/documents/import-document.ts";

export interface SeedReport {
  terms: number;
  documents: string[];
  users: string[];
  /** Documents whose flags came from other checks than these, checked again. */
  rechecked: string[];
}

export async function seedTerms(ctx: AppContext): Promise<number> {
  const existing = new Set((await ctx.prisma.term.findMany({ select: { term: true } })).map((t) => t.term));
  const missing = loadTerms().filter((t) => !existing.has(t.term));
  if (missing.length > 0) {
    await ctx.prisma.term.createMany({ data: missing.map((t) => ({ term: t.term, kind: t.kind, policy: "keep", aliases: JSON.stringify(t.aliases ?? []) })) });
    await ctx.terms.invalidate();
  }
  return missing.length;
}

export async function seedDocuments(ctx: AppContext): Promise<string[]> {
  const seeded = new Set((await ctx.prisma.document.findMany({ where: { builtInId: { not: null } }, select: { builtInId: true } })).map((d) => d.builtInId));
  const added: string[] = [];
  for (const meta of listDocuments()) {
    if (seeded.has(meta.id)) continue;
    const doc = getDocument(meta.id);
    await importDocument(ctx, { title: meta.title, pt: doc.pt, en: doc.en, builtInId: meta.id, speakers: meta.speakers }, SETUP_AUTHOR);
    added.push(meta.id);
  }
  return added;
}

export async function ensureUser(ctx: AppContext, user: { username: string; displayName: string; role: Role; password: string }): Promise<boolean> {
  if (await ctx.prisma.user.findUnique({ where: { username: user.username } })) return false;
  await ctx.prisma.user.create({ data: { username: user.username, displayName: user.displayName, role: user.role, passwordHash: await hashPassword(user.password) } });
  return true;
}

/**
 * Users: the demo ones when ALINHA_DEMO=1, never with NODE_ENV=production; the first admin from
 * ALINHA_ADMIN_USER and ALINHA_ADMIN_PASSWORD (never a default password outside the demo).
 */
export async function seedUsers(ctx: AppContext, env: NodeJS.ProcessEnv): Promise<string[]> {
  const added: string[] = [];
  if (env["ALINHA_DEMO"] === "1" && !isProduction(env)) {
    for (const u of DEMO_USERS) if (await ensureUser(ctx, { ...u, password: u.username })) added.push(u.username);
  }
  const admin = env["ALINHA_ADMIN_USER"];
  const password = env["ALINHA_ADMIN_PASSWORD"];
  if (admin && password) {
    if (isProduction(env) && password === admin) throw new Error("ALINHA_ADMIN_PASSWORD must not be the user name with NODE_ENV=production.");
    if (await ensureUser(ctx, { username: admin, displayName: admin, role: "admin", password })) added.push(admin);
  }
  return added;
}

export async function seed(ctx: AppContext, env: NodeJS.ProcessEnv = process.env): Promise<SeedReport> {
  const terms = await seedTerms(ctx);
  const documents = await seedDocuments(ctx);
  const users = await seedUsers(ctx, env);
  const rechecked = await recheckStaleDocuments(ctx);
  return { terms, documents, users, rechecked };
}
