import { describe, expect, it } from "vitest";
import { checkInputs, type AlignedPair, type BeadKind } from "@alinha/aligner";
import type { Pair } from "../../../contract/index.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { livePairInContext, livePairsInContext } from "../pair-context.ts";
import { checkInputOf } from "../recheck.ts";

const server = useTestServer("translator");
const { translator } = server;

/** What a save's re-check reads around each live pair (livePairInContext), as the checks get it. */
async function contextOfEach(pairs: readonly Pair[]) {
  return Promise.all(pairs.map(async (p) => {
    const { row, context } = await livePairInContext(server.ctx, p.id);
    const input = checkInputOf(context.around(row.ptText));
    return { prevPt: input.prevPt, nextPt: input.nextPt, prevEn: input.prevEn, nextEn: input.nextEn, gapAfter: input.gapAfter, oneSidedBeside: input.oneSidedBeside ?? 0 };
  }));
}

/** The same, as the whole-document pass builds it from the live pairs in order (checkInputs, with the stored gaps). */
function wholeDocument(pairs: readonly Pair[], gaps: readonly (string | null)[]) {
  const aligned: AlignedPair[] = pairs.map((p) => ({ type: p.type as BeadKind, pt: [], en: [], confidence: p.confidence, ptText: p.ptText, enText: p.enText, flags: [], reason: "" }));
  const inputs = checkInputs(aligned, true);
  return inputs.map((input, k) => {
    // The gap after a pair: the next pair with Portuguese has it before its own.
    const next = pairs.findIndex((p, j) => j > k && p.ptText !== "");
    const gapAfter = next < 0 ? undefined : gaps[next] ?? undefined;
    return { prevPt: input.prevPt, nextPt: input.nextPt, prevEn: input.prevEn, nextEn: input.nextEn, gapAfter, oneSidedBeside: (input.prevOneSided ? 1 : 0) + (input.nextOneSided ? 1 : 0) };
  });
}

describe("the neighbours a save is checked with", () => {
  it("are those of the whole-document pass, beside one-sided pairs, runs of them and pairs merged away", async () => {
    const doc = await importedDocument(translator, {
      title: "Vizinhos",
      pt: "Abra a imagem no editor.\n\nSe você estiver corrigindo fotos, tudo bem usar o mouse.\n\nSe você for um ilustrador, considere uma mesa.\n\nSalve a imagem com a extensão gbr na pasta de pincéis do GIMP.\n\nFeche o editor.\n\nVolte ao início.",
      en: "Open the image in the editor.\n\nSave the image with the gbr extension in the GIMP brushes folder.\n\nClose the editor.\n\nGo back to the start.",
    });
    // An English-only pair right before a Portuguese-only one (a split at the Portuguese's start).
    const saved = doc.pairs.find((p) => p.ptText.startsWith("Salve"))!;
    const halves = (await translator.post(`/api/pairs/${saved.id}/split`, { version: saved.version, ptAt: 0, enAt: saved.enText.length })).body.pairs as Pair[];
    expect(halves.map((p) => [p.ptText === "", p.enText === ""])).toEqual([[true, false], [false, true]]);
    // A pair merged away (removed, its index kept) between two live ones.
    const close = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs.find((p: Pair) => p.ptText.startsWith("Feche")) as Pair;
    expect((await translator.post(`/api/pairs/${close.id}/merge-next`, { version: close.version })).status).toBe(200);

    const live = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs as Pair[];
    expect(live.some((p) => p.ptText === "") && live.some((p) => p.enText === "")).toBe(true);
    const gaps = await Promise.all(live.map(async (p) => (await server.prisma.pair.findUniqueOrThrow({ where: { id: p.id } })).gapBefore));
    const expected = wholeDocument(live, gaps);
    expect(await contextOfEach(live)).toEqual(expected);

    // Read several at once (the auto-fill's read of repetitions), each pair gets the same.
    const together = await livePairsInContext(server.ctx, { sql: `p."documentId" = ?`, args: [doc.id] });
    expect(together.map(({ row }) => row.id)).toEqual(live.map((p) => p.id));
    expect(together.map(({ row, context }) => {
      const input = checkInputOf(context.around(row.ptText));
      return { prevPt: input.prevPt, nextPt: input.nextPt, prevEn: input.prevEn, nextEn: input.nextEn, gapAfter: input.gapAfter, oneSidedBeside: input.oneSidedBeside ?? 0 };
    })).toEqual(expected);
  });
});
