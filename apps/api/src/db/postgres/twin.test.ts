import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrationNames, POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, postgresSchema, SQLITE_MIGRATIONS, SQLITE_SCHEMA } from "./twin.ts";

const STALE = "prisma/postgres is behind prisma/schema.prisma: run `pnpm db:postgres-twin` and commit what it writes";

describe("the PostgreSQL schema twin", () => {
  it("has the SQLite schema's models (regenerated from it, nothing edited by hand)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8"), STALE).toBe(postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("has a migration at least as recent as the newest SQLite one", () => {
    const sqlite = migrationNames(SQLITE_MIGRATIONS).at(-1)!;
    const postgres = migrationNames(POSTGRES_MIGRATIONS).at(-1)!;
    expect(postgres >= sqlite, STALE).toBe(true);
  });

  it("points the PostgreSQL client to its own output and a postgresql datasource", () => {
    const twin = postgresSchema(`generator client {\n  output = "../x/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n  url = "file:./dev.db"\n}\nmodel A { id String @id }\n`);
    expect(twin).toContain(`output = "../../x/prisma-postgres"`);
    expect(twin).toContain(`provider = "postgresql"`);
    expect(twin).not.toContain("sqlite");
    expect(twin).toContain("model A { id String @id }");
  });
});
