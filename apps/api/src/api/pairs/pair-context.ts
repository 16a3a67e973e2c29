import type { CheckOptions } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import type { PairRow } from "./pair-dto.ts";
import type { PairText } from "./recheck.ts";

/** What the checks need around one pair: its neighbours, the English, the glossary. */
export async function checkContext(ctx: AppContext, row: PairRow): Promise<{ options: CheckOptions; around: (ptText: string, enText?: string) => PairText }> {
  const [doc, neighbours] = await Promise.all([
    ctx.prisma.document.findUniqueOrThrow({ where: { id: row.documentId }, select: { variant: true, hasEnglish: true } }),
    ctx.prisma.pair.findMany({
      where: { documentId: row.documentId, removed: false, index: { in: [row.index - 1, row.index + 1] } },
      select: { index: true, ptText: true },
    }),
  ]);
  const options = await ctx.terms.checkOptions(doc.variant);
  const prevPt = neighbours.find((n) => n.index === row.index - 1)?.ptText;
  const nextPt = neighbours.find((n) => n.index === row.index + 1)?.ptText;
  return {
    options,
    around: (ptText, enText = row.enText) => ({
      ptText, enText, hasEnglish: doc.hasEnglish,
      ...(prevPt !== undefined ? { prevPt } : {}),
      ...(nextPt !== undefined ? { nextPt } : {}),
    }),
  };
}
