// The repetitions an approval fills are checked together, the checks' work shared between them
// (recheck.ts, Rechecks): each must still get the flags a check of that pair alone gives, with its
// own neighbours, which is what an edit of it to the same text would store.
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import type { Pair } from "../../../contract/index.ts";
import { livePairInContext } from "../pair-context.ts";
import { recheck } from "../recheck.ts";

const server = useTestServer("editor");
const { editor } = server;

const flagsOf = (flags: readonly { code: string; start: number; end: number; confidence?: number | null }[]) =>
  flags.map((f) => `${f.code} ${f.start}-${f.end} ${f.confidence ?? null}`).sort();

describe("the flags of filled repetitions", () => {
  it("are each pair's own, read with its own neighbours", async () => {
    // "Yes." between sentences that end (a lower-case start is a finding) and ones that run on (it is not).
    const before = ["O gato dorme.", "O cão corre,", "O peixe nada;", "A ave voa.", "O rato foge,", "A vaca muge."];
    const pt = before.map((s) => `${s}\nSim.`).join("\n\n");
    const en = before.map((_, k) => `Sentence ${k + 1} here.\nYes.`).join("\n\n");
    const { pairs } = await importedDocument(editor, { title: "Vizinhos", pt, en });
    const yes = pairs.filter((p) => p.enText === "Yes.");
    expect(yes.length).toBeGreaterThanOrEqual(5);
    const first = yes[0]!;
    const edited = (await editor.patch(`/api/pairs/${first.id}`, { ptText: "sim, 10 Yes of course", version: first.version })).body.pair as Pair;
    // Each repetition checked alone with the text it is about to get, as the approval reads it.
    const alone = new Map<string, string[]>();
    for (const pair of yes.slice(1)) {
      const { row, context } = await livePairInContext(server.ctx, pair.id);
      alone.set(row.id, flagsOf(recheck(context.around(edited.ptText), context.options, [])));
    }
    const res = await editor.post(`/api/pairs/${first.id}/approve`, { version: edited.version, override: { reason: "test" } });
    expect(res.status).toBe(200);
    const filled = res.body.autoFilled as Pair[];
    expect(filled.map((p) => p.id).sort()).toEqual([...alone.keys()].sort());
    for (const pair of filled) {
      expect(flagsOf(pair.flags)).toEqual(alone.get(pair.id));
      expect(flagsOf((await editor.get(`/api/pairs/${pair.id}`)).body.pair.flags)).toEqual(alone.get(pair.id));
    }
    // The neighbours made a difference somewhere, or this would not tell shared work from each pair's own.
    expect(new Set([...alone.values()].map((f) => f.join("|"))).size).toBeGreaterThan(1);
  });
});
