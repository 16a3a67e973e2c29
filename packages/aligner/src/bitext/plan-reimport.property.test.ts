import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BitextPair } from "../types.ts";
import { planReimport, readImportFile, serializeBitext, type BitextFormat, type CurrentPair } from "./index.ts";

/** Sentences as a CAT tool would see them: no characters XML forbids, no PUA, no lone surrogates. */
const sentence = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).map((s) => s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uE000-\uF8FF\uFFFE\uFFFF\r]/g, "").trim()).filter((s) => s !== "");

interface Case {
  pairs: { en: string; pt: string; version: number }[];
  /** Per pair: the other tool's new target (or none), and whether Alinha changed it after the export. */
  theirs: (string | undefined)[];
  oursChanged: boolean[];
}

const cases: fc.Arbitrary<Case> = fc
  .array(fc.record({ en: sentence, pt: sentence, version: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 12 })
  .chain((pairs) =>
    fc.record({
      pairs: fc.constant(pairs),
      theirs: fc.array(fc.option(sentence, { nil: undefined }), { minLength: pairs.length, maxLength: pairs.length }),
      oursChanged: fc.array(fc.boolean(), { minLength: pairs.length, maxLength: pairs.length }),
    }),
  );

/** What another tool does to the file: rewrite some targets, leave everything else as it was. */
function editElsewhere(exported: BitextPair[], theirs: (string | undefined)[]): BitextPair[] {
  return exported.map((p, k) => (theirs[k] === undefined ? p : { ...p, pt: theirs[k]! }));
}

describe("re-import round trip (property)", () => {
  it.each<BitextFormat>(["xliff", "xliff12", "po", "tmx", "tsv", "csv"])("%s: exactly the targets changed elsewhere become edits; those changed meanwhile in Alinha are conflicts", (format) => {
    fc.assert(
      fc.property(cases, ({ pairs, theirs, oursChanged }) => {
        const exported: BitextPair[] = pairs.map((p, k) => ({ id: `p${k}`, en: p.en, pt: p.pt, version: p.version, status: "new" }));
        const file = [...serializeBitext(format, exported, { title: "t", variant: "pt-BR", scope: "all" })].join("");
        // The other tool reads the file, changes targets and writes it again in the same format.
        const read = readImportFile(new TextEncoder().encode(file));
        if (read.kind !== "bitext") throw new Error(`${format} not recognised`);
        const edited = editElsewhere(read.bitext.pairs, theirs);
        const back = readImportFile(new TextEncoder().encode([...serializeBitext(format, edited, { title: "t", variant: "pt-BR", scope: "all" })].join("")));
        if (back.kind !== "bitext") throw new Error("not recognised");
        // Meanwhile in Alinha: some pairs were edited (a new version, a new text).
        const current: CurrentPair[] = pairs.map((p, k) => oursChanged[k]
          ? { id: `p${k}`, ptText: `${p.pt} (revisto)`, version: p.version + 1, history: new Map([[p.version, p.pt]]) }
          : { id: `p${k}`, ptText: p.pt, version: p.version });
        const plan = planReimport(current, back.bitext.pairs);
        const changedThere = (k: number) => theirs[k] !== undefined && theirs[k] !== pairs[k]!.pt;
        const expectedEdits = pairs.flatMap((p, k) => (changedThere(k) && !oursChanged[k] ? [`p${k}: ${p.pt} → ${theirs[k]}`] : []));
        const expectedConflicts = pairs.flatMap((_, k) => (changedThere(k) && oursChanged[k] && theirs[k] !== current[k]!.ptText ? [`p${k}`] : []));
        expect(plan.changes.map((c) => `${c.pairId}: ${c.before} → ${c.after}`)).toEqual(expectedEdits);
        expect(plan.conflicts.map((c) => c.pairId)).toEqual(expectedConflicts);
        expect(plan.unknown).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("calls a changed target a conflict when the file does not carry the exported version", () => {
    const plan = planReimport([{ id: "a", ptText: "Olá.", version: 2 }], [{ id: "a", en: "Hello.", pt: "Oi." }]);
    expect(plan.conflicts.map((c) => c.reason)).toEqual(["the file does not say which version of the pair it was exported from"]);
    expect(plan.changes).toEqual([]);
  });

  it("lists ids that are not pairs of the document", () => {
    const plan = planReimport([{ id: "a", ptText: "Olá.", version: 1 }], [{ id: "zz", en: "Hello.", pt: "Oi.", version: 1 }]);
    expect(plan.unknown).toEqual(["zz"]);
  });
});
