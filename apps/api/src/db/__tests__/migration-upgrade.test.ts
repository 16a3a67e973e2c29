// A database made by an earlier build is brought up to date by `prisma migrate deploy` (what
// setup runs), whatever state it was left in. The states are those main has been in, in the
// order the migrations landed, which is not their names' order: 20261216000000_issue14_jobs
// landed after the issue 13/15/16/17 migrations that sort after it, so a database made between
// the two has later migrations applied and an earlier one pending. Prisma applies a pending
// migration whatever sorts after it (each of these only adds), and renaming it now would make a
// database that already has it try to create its table again; so the name stays, and this test
// keeps every such upgrade honest.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDeploy } from "../migrate.ts";
import { REPO_ROOT } from "../paths.ts";
import { testEngine } from "../../test-support/test-database.ts";

const MIGRATIONS = path.join(REPO_ROOT, "prisma", "migrations");
const PRISMA_BIN = path.join(REPO_ROOT, "apps", "api", "node_modules", ".bin", "prisma");

/** Migrations in the order they landed on main (git history), not in the order of their names. */
const LANDED = [
  "20261123060000_init",
  "20261201090000_checks_fingerprint",
  "20261210090000_settings",
  "20261215090000_check_context",
  "20261216090000_issue13_alignment_findings",
  "20261216090000_issue15_inline_codes",
  "20261220090000_issue17_throttle_trash",
  "20261221090000_issue16_memory_autofill",
  "20261216000000_issue14_jobs",
  "20261222090000_issue14_job_input",
  "20261223120000_issue14_export_files",
  "20261224090000_issue12_flag_confidence",
  "20261225090000_issue14_english_key",
];

const work = mkdtempSync(path.join(tmpdir(), "alinha-migrations-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A database migrated with only `names`, as a build that had only those left it. */
function databaseAt(names: readonly string[], label: string): string {
  const root = path.join(work, label);
  mkdirSync(path.join(root, "prisma", "migrations"), { recursive: true });
  cpSync(path.join(REPO_ROOT, "prisma", "schema.prisma"), path.join(root, "prisma", "schema.prisma"));
  cpSync(path.join(MIGRATIONS, "migration_lock.toml"), path.join(root, "prisma", "migrations", "migration_lock.toml"));
  for (const name of names) cpSync(path.join(MIGRATIONS, name), path.join(root, "prisma", "migrations", name), { recursive: true });
  const config = path.join(REPO_ROOT, "apps", "api", "src", "db", "migration-config.ts");
  writeFileSync(path.join(root, "prisma.config.ts"), `import { defineConfig, migrationAdapter } from ${JSON.stringify(config)};
export default defineConfig({ engine: "js", experimental: { adapter: true }, schema: "prisma/schema.prisma", migrations: { path: "prisma/migrations" }, async adapter() { return migrationAdapter(process.env.DATABASE_URL!); } });
`);
  const url = `file:${path.join(root, "old.db")}`;
  execFileSync(PRISMA_BIN, ["migrate", "deploy", "--config", path.join(root, "prisma.config.ts")], { cwd: root, env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: "pipe" });
  return url;
}

/** Tables, columns and indexes (not their order of creation), and the migrations recorded as applied. */
async function shape(url: string): Promise<{ schema: string[]; applied: string[] }> {
  const client = createClient({ url });
  try {
    const objects = await client.execute(`SELECT "type", "name" FROM sqlite_master WHERE "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '_prisma%'`);
    const schema: string[] = [];
    for (const o of objects.rows) {
      if (o["type"] !== "table") { schema.push(`${String(o["type"])} ${String(o["name"])}`); continue; }
      const columns = await client.execute(`SELECT "name", "type", "notnull", "dflt_value", "pk" FROM pragma_table_info('${String(o["name"])}') ORDER BY "name"`);
      schema.push(`table ${String(o["name"])}: ${columns.rows.map((c) => `${String(c["name"])} ${String(c["type"])}${c["notnull"] ? " not null" : ""}${c["dflt_value"] !== null ? ` = ${String(c["dflt_value"])}` : ""}${c["pk"] ? " pk" : ""}`).join(", ")}`);
    }
    const applied = (await client.execute(`SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`)).rows.map((r) => String(r["migration_name"]));
    return { schema: schema.sort(), applied: applied.sort() };
  } finally {
    client.close();
  }
}

// SQLite's migrations (PostgreSQL's start with the team server itself); run once, on the SQLite pass.
describe.skipIf(testEngine() !== "sqlite")("upgrading a database made by an earlier build", () => {
  it("lists every committed migration in the order they landed", () => {
    const committed = readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect([...LANDED].sort()).toEqual(committed.sort());
  });

  it("ends, from each state main has been in, with the schema of a fresh database and every migration applied, keeping the rows", async () => {
    const fresh = await shape(databaseAt(LANDED, "fresh"));
    expect(fresh.applied).toEqual([...LANDED].sort());
    const states = [
      // The first build, main before any of issues 13-17, and issue 14 before its inputs moved.
      LANDED.slice(0, 1),
      LANDED.slice(0, 4),
      LANDED.slice(0, -1),
      // Main just before issue 14 landed: later-named migrations applied, issue14_jobs pending.
      LANDED.slice(0, -2),
      // A database made on the issue 14 branch before it took in issues 13, 15, 16 and 17.
      [...LANDED.slice(0, 4), "20261216000000_issue14_jobs"],
    ];
    for (const [k, state] of states.entries()) {
      const url = databaseAt(state, `state-${k}`);
      const client = createClient({ url });
      await client.execute(`INSERT INTO "Document" ("id", "title", "ptSource") VALUES ('kept', 'Made by an older build', 'Uma frase.')`);
      const hadJobs = state.includes("20261216000000_issue14_jobs") && !state.includes("20261222090000_issue14_job_input");
      // A job still queued keeps what it was queued with.
      if (hadJobs) await client.execute(`INSERT INTO "Job" ("id", "kind", "input") VALUES ('waiting', 'recheck', '{"author":{"id":"","displayName":"x"}}')`);
      client.close();
      await migrateDeploy(url);
      expect({ state: state.at(-1), ...(await shape(url)) }).toEqual({ state: state.at(-1), ...fresh });
      const after = createClient({ url });
      expect((await after.execute(`SELECT "title", "alignmentFindings" FROM "Document" WHERE "id" = 'kept'`)).rows.map((r) => ({ ...r }))).toEqual([{ title: "Made by an older build", alignmentFindings: "[]" }]);
      if (hadJobs) expect((await after.execute(`SELECT "input" FROM "JobInput" WHERE "jobId" = 'waiting'`)).rows.map((r) => r["input"])).toEqual(['{"author":{"id":"","displayName":"x"}}']);
      after.close();
    }
  }, 240_000);
});
