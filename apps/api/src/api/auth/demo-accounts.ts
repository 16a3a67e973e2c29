// The local demo's logins (README): one per role, password = username. Convenient for trying
// Alinha, fatal on a server others can reach: they are announced in the log and on the login
// screen, never created with NODE_ENV=production, and refused there if a database has them.
import type { Db } from "../../db/index.ts";
import type { Role } from "../../contract/index.ts";
import { verifyPassword } from "./password.ts";

export const DEMO_USERS: readonly { username: string; displayName: string; role: Role }[] = [
  { username: "translator", displayName: "Demo Translator", role: "translator" },
  { username: "editor", displayName: "Demo Editor", role: "editor" },
  { username: "admin", displayName: "Demo Admin", role: "admin" },
];

export interface DemoAccount {
  username: string;
  role: Role;
}

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env["NODE_ENV"] === "production";
}

/** A demo account's name with its demo password. */
export function isDemoCredential(username: string, password: string): boolean {
  return password === username && DEMO_USERS.some((u) => u.username === username);
}

/** The demo accounts present whose password is still the demo one (a changed one is not a demo account). */
export async function findDemoAccounts(prisma: Db): Promise<DemoAccount[]> {
  const rows = await prisma.user.findMany({ where: { username: { in: DEMO_USERS.map((u) => u.username) } } });
  const checked = await Promise.all(rows.map(async (row) => ((await verifyPassword(row.username, row.passwordHash)) ? { username: row.username, role: row.role as Role } : undefined)));
  return checked.filter((a): a is DemoAccount => a !== undefined).sort((a, b) => a.username.localeCompare(b.username));
}

/** Ends the sessions demo accounts still have (a database made by the demo, now run in production). */
export async function endDemoSessions(prisma: Db, accounts: readonly DemoAccount[]): Promise<number> {
  const users = await prisma.user.findMany({ where: { username: { in: accounts.map((a) => a.username) } }, select: { id: true } });
  const { count } = await prisma.session.deleteMany({ where: { userId: { in: users.map((u) => u.id) } } });
  return count;
}

/** One line for the structured log: which demo accounts exist, and what that means. */
export function demoWarning(accounts: readonly DemoAccount[]): string {
  const list = accounts.map((a) => `${a.username}/${a.username}`).join(", ");
  return `DEMO ACCOUNTS ARE ACTIVE: ${list}. Anyone who can reach this server can sign in with them; do not expose it (NODE_ENV=production and ALINHA_ADMIN_USER/ALINHA_ADMIN_PASSWORD instead).`;
}

/** The same as a box for the terminal, where a JSON log line is easy to miss. */
export function demoBanner(accounts: readonly DemoAccount[]): string {
  const list = accounts.map((a) => `${a.username}/${a.username}`).join(", ");
  const lines = [
    `DEMO ACCOUNTS ARE ACTIVE: ${list}`,
    "Anyone who can reach this server can sign in with them. Do not expose it;",
    "run with NODE_ENV=production and ALINHA_ADMIN_USER/ALINHA_ADMIN_PASSWORD instead.",
  ];
  const width = Math.max(...lines.map((l) => l.length)) + 2;
  return ["", `┌${"─".repeat(width)}┐`, ...lines.map((l) => `│ ${l.padEnd(width - 1)}│`), `└${"─".repeat(width)}┘`, ""].join("\n");
}
