import { describe, expect, it } from "vitest";
import type { DocumentSummary } from "../../api/types.ts";
import { recheckDocuments, recheckSummary } from "./recheckDocuments.ts";

const doc = (id: string) => ({ id }) as DocumentSummary;

describe("recheckDocuments", () => {
  it("re-checks one document at a time, adds up the changed pairs and reports progress", async () => {
    let running = 0;
    let most = 0;
    const progress: number[] = [];
    const changed: Record<string, number> = { a: 2, b: 0, c: 5 };
    const report = await recheckDocuments(["a", "b", "c"], async (id) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 1));
      running--;
      return { document: doc(id), changedPairs: changed[id] ?? 0 };
    }, (n) => progress.push(n), String);
    expect(most).toBe(1);
    expect(progress).toEqual([1, 2, 3]);
    expect(recheckSummary(report)).toBe("Checks re-run on 3 documents: flags changed in 7 pairs.");
    expect(report.documents.map((d) => d.id)).toEqual(["a", "b", "c"]);
  });
  it("goes on past a refused document and says which failed and why", async () => {
    const report = await recheckDocuments(["a", "gone"], async (id) => {
      if (id === "gone") throw new Error("No such document");
      return { document: doc(id), changedPairs: 1 };
    }, () => {}, (e) => (e as Error).message);
    expect(report.failed).toEqual([{ id: "gone", reason: "No such document" }]);
    expect(recheckSummary(report)).toBe("Checks re-run on 1 document: flags changed in 1 pair; 1 failed (No such document).");
  });
  it("says so when nothing changed", async () => {
    const report = await recheckDocuments(["a"], async (id) => ({ document: doc(id), changedPairs: 0 }), () => {}, String);
    expect(recheckSummary(report)).toBe("Checks re-run on 1 document: no flag changed.");
  });
});
