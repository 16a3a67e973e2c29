// Sequential edits and approvals against an in-process server: the cost of one request with no
// queueing, to tell the server's own work from waiting behind 49 other clients.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDocument } from "@alinha/corpus";
import { createApp } from "../src/app.ts";
import { createAppContext } from "../src/app-context.ts";
import { openDatabase } from "../src/db/index.ts";
import { migrateDeploy } from "../src/db/migrate.ts";
import { ensureUser, seedTerms } from "../src/db/seed.ts";
import { importDocument } from "../src/api/documents/import-document.ts";

const REQUESTS = Number(process.env["PROFILE_REQUESTS"] ?? 200);
const dir = mkdtempSync(path.join(tmpdir(), "alinha-profile-"));
const url = `file:${path.join(dir, "p.db")}`;
await migrateDeploy(url);
const db = await openDatabase(url);
const prisma = db.prisma;
const ctx = createAppContext(db);
if (process.env["PROFILE_NO_TERMS"] !== "1") await seedTerms(ctx);
await ensureUser(ctx, { username: "p", displayName: "P", role: "editor", password: "p-password" });
const doc = getDocument("altman-a16z-infrastructure");
const documentId = await importDocument(ctx, { title: "p", pt: doc.pt, en: doc.en }, { id: "", displayName: "p" });
const server = createApp({ db }).listen(0, "127.0.0.1");
await new Promise((r) => server.once("listening", r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const login = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "p", password: "p-password" }) });
const headers = { cookie: (login.headers.get("set-cookie") ?? "").split(";")[0]!, "content-type": "application/json" };
const pairs = await prisma.pair.findMany({ where: { documentId }, select: { id: true, ptText: true } });
const times = { edit: [] as number[], approve: [] as number[] };
// CPU of the whole process (this client's fetches included, the same for any server): steadier
// than wall time on a shared machine, for A/B runs of two trees.
const cpu = { edit: 0, approve: 0 };
const cpuMs = (from: NodeJS.CpuUsage) => { const used = process.cpuUsage(from); return (used.user + used.system) / 1000; };
for (let i = 0; i < REQUESTS; i++) {
  const pair = pairs[i % pairs.length]!;
  const version = (await prisma.pair.findUniqueOrThrow({ where: { id: pair.id } })).version;
  let t = performance.now();
  let c = process.cpuUsage();
  const r = await fetch(`${base}/api/pairs/${pair.id}`, { method: "PATCH", headers, body: JSON.stringify({ ptText: `${pair.ptText} ${i}`, version }) });
  await r.text();
  times.edit.push(performance.now() - t);
  cpu.edit += cpuMs(c);
  t = performance.now();
  c = process.cpuUsage();
  const a = await fetch(`${base}/api/pairs/${pair.id}/approve`, { method: "POST", headers, body: JSON.stringify({ version: version + 1 }) });
  await a.text();
  times.approve.push(performance.now() - t);
  cpu.approve += cpuMs(c);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`sequential: edit median ${median(times.edit).toFixed(1)} ms, approve median ${median(times.approve).toFixed(1)} ms; CPU per request (whole process): edit ${(cpu.edit / REQUESTS).toFixed(2)} ms, approve ${(cpu.approve / REQUESTS).toFixed(2)} ms, both ${((cpu.edit + cpu.approve) / (2 * REQUESTS)).toFixed(2)} ms`);
server.close();
await db.close();
rmSync(dir, { recursive: true, force: true });
