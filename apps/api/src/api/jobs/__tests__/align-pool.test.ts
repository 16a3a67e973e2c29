import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import { startAlignPool } from "../align-pool.ts";
import { alignHere } from "../align-task.ts";

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
});
