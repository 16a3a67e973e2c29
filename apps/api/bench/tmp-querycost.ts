import { readFileSync } from "node:fs";
import pg from "pg";
import { getDocument, listDocuments } from "@alinha/corpus";
import { benchDatabase } from "./bench-database.ts";
import { openDatabase } from "../src/db/index.ts";
import { createAppContext } from "../src/app-context.ts";
import { importDocument } from "../src/api/documents/import-document.ts";
import { AROUND } from "../src/api/pairs/pair-context.ts";
import { queryPair } from "../src/api/pairs/pair-writer.ts";
import { placeholders } from "../src/db/sql.ts";

const database = await benchDatabase("postgres");
const db = await openDatabase(database.url);
const ctx = createAppContext(db);
const largest = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => b.pt.length - a.pt.length)[0]!;
const documentId = await importDocument(ctx, { title: "q", pt: largest.pt, en: largest.en }, { id: "", displayName: "q" });
const ids = (await db.sql.query(`SELECT "id" FROM "Pair" WHERE "documentId" = ? ORDER BY "index" LIMIT 60`, [documentId])).map((r) => String(r["id"]));
const pgCpu = async () => {
  const rows = (await db.sql.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).map((r) => Number(r["pid"]));
  return rows.reduce((s, pid) => { const st = readFileSync(`/proc/${pid}/stat`, "utf8"); const f = st.slice(st.lastIndexOf(")") + 2).split(" "); return s + Number(f[11]) + Number(f[12]); }, 0) * 10;
};
const pool = new pg.Pool({ connectionString: database.url, max: 4 });
const sqlText = (await import("../src/api/pairs/pair-writer.ts")).queryPairsWhere.toString(); void sqlText;
// The AROUND statement's text, captured through a fake Sql.
let captured = ""; await queryPair({ engine: "postgres", query: async (s: string) => { captured = s; return []; }, execute: async () => 0 }, ids[0]!, AROUND);
const pgSql = placeholders("postgres", captured);
const argsFor = (id: string) => [...AROUND.args, id];
const N = Number(process.env["N"] ?? 2000);
async function measure(name: string, run: (id: string) => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await run(ids[i % ids.length]!);
  const c = process.cpuUsage(); const p0 = await pgCpu();
  await Promise.all(Array.from({ length: 4 }, async (_, w) => { for (let i = 0; i < N / 4; i++) await run(ids[(i * 4 + w) % ids.length]!); }));
  const d = process.cpuUsage(c); const p1 = await pgCpu();
  console.log(`${name.padEnd(28)} node ${((d.user + d.system) / N).toFixed(0)} µs, postgres ${((p1 - p0) * 1000 / N).toFixed(0)} µs per query`);
}
for (let round = 0; round < 2; round++) {
  await measure("adapter (as now)", (id) => queryPair(db.sql, id, AROUND));
  await measure("pg pool, unnamed", (id) => pool.query({ text: pgSql, values: argsFor(id), rowMode: "array" }));
  await measure("pg pool, named", (id) => pool.query({ name: "around", text: pgSql, values: argsFor(id), rowMode: "array" }));
  await measure("adapter SELECT 1", () => db.sql.query(`SELECT 1`));
  await measure("pg SELECT 1", () => pool.query({ text: `SELECT 1`, rowMode: "array" }));
}
await pool.end(); await db.close(); await database.drop();
process.exit(0);
