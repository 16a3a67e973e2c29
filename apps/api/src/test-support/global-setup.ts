// Migrates one template database with the real `prisma migrate deploy`; each test file copies it
// into its own temporary directory (a migration per file would cost seconds each).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), "alinha-api-template-"));
  const file = path.join(dir, "template.db");
  await migrateDeploy(`file:${file}`);
  project.provide("templateDb", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
