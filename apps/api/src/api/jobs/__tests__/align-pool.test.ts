import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import { startAlignPool } from "../align-pool.ts";
import { alignHere } from "../align-task.ts";
import { buildHere, type ExportTask } from "../../exports/build-export.ts";

const pool = startAlignPool(1);
afterAll(() => pool.close());

describe("the alignment worker threads (embedded server)", () => {
  it("align and check in a worker thread exactly as on the server's own thread", async () => {
    const task = { pt: SAMPLE_PT, en: SAMPLE_EN, check: { variant: "pt-BR" as const, terms: [] } };
    const [there, here] = await Promise.all([pool.align(task), alignHere(task)]);
    expect(there.result.pairs.length).toBeGreaterThanOrEqual(3);
    expect(there.result.pairs.some((p) => p.flags.length > 0)).toBe(true);
    expect(there.gaps).toHaveLength(there.result.pairs.length);
    expect(there).toEqual(here);
  });

  it("build export files in a worker thread byte for byte as on the server's own thread", async () => {
    const pairs = [
      { id: "p1", en: "The economist Noah Smith wrote.", pt: "O economista noé smith escreveu.", status: "approved" as const, paragraph: 0, version: 2, flags: [], notes: ["Ana: fix the name"], changedAt: new Date("2026-12-01T10:00:00Z") },
      { id: "p2", en: "The price fell.", pt: "O preço caiu.", status: "new" as const, paragraph: 1, version: 1, flags: [], notes: [], changedAt: new Date("2026-12-01T10:00:00Z") },
    ];
    for (const format of ["tmx", "csv", "xlsx"] as const) {
      const task: ExportTask = { format, pairs, meta: { title: "Thread", variant: "pt-BR", scope: "all", toolVersion: "test", hasEnglish: true } };
      const [there, here] = await Promise.all([pool.buildFile(task), buildHere(task)]);
      expect(there.byteLength, format).toBeGreaterThan(100);
      if (format !== "xlsx") expect(Buffer.from(there).toString("utf8"), format).toBe(Buffer.from(here).toString("utf8"));
      else expect(Buffer.from(there).subarray(0, 2).toString()).toBe("PK");
    }
  });
});
