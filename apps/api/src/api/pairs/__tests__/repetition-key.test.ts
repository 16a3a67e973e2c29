// The auto-fill of repetitions looks them up by the key of the English (Pair.enHash): it must
// fill exactly the pairs with the same English as before, whatever the keys say, and find pairs
// written before the key existed.
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import type { Pair } from "../../../contract/index.ts";
import { englishKey, fillEnglishKeys } from "../english-key.ts";

const server = useTestServer("translator");
const { translator } = server;

/** Three pairs whose English is "Yes." and three others, as imported. */
async function repeatedYes(title: string): Promise<{ id: string; yes: [Pair, Pair, Pair]; pairs: Pair[] }> {
  const pt = "Sim. O gato dorme.\n\nSim. O cão corre.\n\nSim. O peixe nada.";
  const en = "Yes. The cat sleeps.\n\nYes. The dog runs.\n\nYes. The fish swims.";
  const { id, pairs } = await importedDocument(translator, { title, pt, en });
  const yes = pairs.filter((p) => p.enText === "Yes.");
  expect(yes).toHaveLength(3);
  return { id, yes: yes as [Pair, Pair, Pair], pairs };
}

/** Edits `pair`'s Portuguese and confirms it; the ids of the pairs it filled. */
async function confirmWith(pair: Pair, ptText: string): Promise<string[]> {
  const edited = (await translator.patch(`/api/pairs/${pair.id}`, { ptText, version: pair.version })).body.pair as Pair;
  const res = await translator.post(`/api/pairs/${pair.id}/confirm`, { version: edited.version });
  expect(res.status).toBe(200);
  return (res.body.autoFilled as Pair[]).map((p) => p.id).sort();
}

async function storedKeys(documentId: string): Promise<{ enText: string; enHash: string | null }[]> {
  const rows = await server.ctx.sql.query(`SELECT "enText", "enHash" FROM "Pair" WHERE "documentId" = ? AND "removed" = ?`, [documentId, false]);
  return rows.map((r) => ({ enText: String(r["enText"]), enHash: r["enHash"] == null ? null : String(r["enHash"]) }));
}

describe("the key of a pair's English", () => {
  it("is exact: a different case or spacing gives another key", () => {
    expect(englishKey("Yes.")).toBe(englishKey("Yes."));
    expect(englishKey("Yes.")).not.toBe(englishKey("yes."));
    expect(englishKey("Yes.")).not.toBe(englishKey("Yes. "));
    expect(englishKey("Thank you.")).not.toBe(englishKey("Thank  you."));
  });

  it("is written with the English by an import, a merge and a split", async () => {
    const { id, pairs } = await repeatedYes("Chaves");
    expect((await storedKeys(id)).every((r) => r.enHash === englishKey(r.enText))).toBe(true);
    const [a] = pairs;
    const merged = (await translator.post(`/api/pairs/${a!.id}/merge-next`, { version: a!.version })).body.pairs[0] as Pair;
    expect(merged.enText).toBe("Yes. The cat sleeps.");
    expect((await storedKeys(id)).every((r) => r.enHash === englishKey(r.enText))).toBe(true);
    const split = await translator.post(`/api/pairs/${merged.id}/split`, { version: merged.version, ptAt: merged.ptText.indexOf("O gato"), enAt: merged.enText.indexOf("The cat") });
    expect(split.status).toBe(200);
    const keys = await storedKeys(id);
    expect(keys).toHaveLength(pairs.length);
    expect(keys.every((r) => r.enHash === englishKey(r.enText))).toBe(true);
  });
});

describe("auto-fill by the key of the English", () => {
  it("fills the same English only: not a pair whose English differs by case or spacing, nor one whose key collides", async () => {
    const { yes: [first, second, third], pairs } = await repeatedYes("Quase iguais");
    const other = pairs.find((p) => p.enText === "The dog runs.")!;
    // Same letters, another case; and a pair whose stored key is the source's (a collision) but whose English is not.
    await server.ctx.sql.execute(`UPDATE "Pair" SET "enText" = ?, "enHash" = ? WHERE "id" = ?`, ["yes.", englishKey("yes."), second.id]);
    await server.ctx.sql.execute(`UPDATE "Pair" SET "enText" = ?, "enHash" = ? WHERE "id" = ?`, ["Yes. ", englishKey("Yes. "), third.id]);
    await server.ctx.sql.execute(`UPDATE "Pair" SET "enHash" = ? WHERE "id" = ?`, [englishKey("Yes."), other.id]);
    expect(await confirmWith(first, "Sim, claro.")).toEqual([]);
    for (const p of [second, third, other]) expect((await translator.get(`/api/pairs/${p.id}`)).body.pair).toMatchObject({ ptText: p.ptText, status: "new" });
  });

  it("finds pairs written before the key (none stored), as a source and as repetitions, and the start-up keys them", async () => {
    const { id, yes: [first, second, third] } = await repeatedYes("Antigos");
    // As a migrated database has them: no key on any pair of the document.
    await server.ctx.sql.execute(`UPDATE "Pair" SET "enHash" = NULL WHERE "documentId" = ?`, [id]);
    expect(await confirmWith(first, "Sim, claro.")).toEqual([second.id, third.id].sort());

    // A keyed source still finds repetitions without a key.
    const again = await repeatedYes("Antigos, em parte");
    await server.ctx.sql.execute(`UPDATE "Pair" SET "enHash" = NULL WHERE "id" = ?`, [again.yes[2].id]);
    expect(await confirmWith(again.yes[0], "Pois sim.")).toEqual([again.yes[1].id, again.yes[2].id].sort());

    const unkeyed = (await storedKeys(id)).filter((r) => r.enHash === null).length;
    expect(unkeyed).toBeGreaterThan(0);
    expect(await fillEnglishKeys(server.ctx.sql)).toBeGreaterThanOrEqual(unkeyed);
    expect((await storedKeys(id)).every((r) => r.enHash === englishKey(r.enText))).toBe(true);
    expect(await fillEnglishKeys(server.ctx.sql)).toBe(0);
  });
});
