// Migrates one template database with the real `prisma migrate deploy`; each test server copies
// it (a migration per file would cost seconds each). ALINHA_TEST_POSTGRES_URL=postgresql://…
// runs the suite on PostgreSQL: the template is a database on that server, cloned per server.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../db/migrate.ts";
import { onServer, withDatabase } from "./postgres-server.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgresUrl = process.env["ALINHA_TEST_POSTGRES_URL"] ?? "";
  project.provide("postgresUrl", postgresUrl);
  if (postgresUrl) {
    const name = `alinha_template_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await onServer(postgresUrl, `CREATE DATABASE "${name}"`);
    await migrateDeploy(withDatabase(postgresUrl, name));
    project.provide("templateDb", name);
    return () => onServer(postgresUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "alinha-api-template-"));
  const file = path.join(dir, "template.db");
  await migrateDeploy(`file:${file}`);
  project.provide("templateDb", file);
  return async () => rmSync(dir, { recursive: true, force: true });
}
