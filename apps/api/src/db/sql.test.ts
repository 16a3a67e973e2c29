import { describe, expect, it } from "vitest";
import { placeholders } from "./sql.ts";

describe("portable SQL", () => {
  it("numbers the `?` placeholders for PostgreSQL and leaves them for SQLite", () => {
    const sql = `UPDATE "Pair" SET "ptText" = ? WHERE "id" = ? AND "version" = ?`;
    expect(placeholders("postgres", sql)).toBe(`UPDATE "Pair" SET "ptText" = $1 WHERE "id" = $2 AND "version" = $3`);
    expect(placeholders("sqlite", sql)).toBe(sql);
  });
});
