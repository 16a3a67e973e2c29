import type { CheckOptions } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import type { PairRow } from "./pair-dto.ts";
import type { PairText } from "./recheck.ts";

interface Around {
  variant: string;
  hasEnglish: boolean | number;
  prevPt: string | null;
  nextPt: string | null;
}

/** What the checks need around one pair: its neighbours, the English, the glossary (one query). */
export async function checkContext(ctx: AppContext, row: PairRow): Promise<{ options: CheckOptions; around: (ptText: string, enText?: string) => PairText }> {
  const [found] = await ctx.prisma.$queryRaw<Around[]>`
    SELECT d."variant", d."hasEnglish",
      (SELECT p."ptText" FROM "Pair" p WHERE p."documentId" = d."id" AND p."removed" = ${false} AND p."index" = ${row.index - 1}) AS "prevPt",
      (SELECT p."ptText" FROM "Pair" p WHERE p."documentId" = d."id" AND p."removed" = ${false} AND p."index" = ${row.index + 1}) AS "nextPt"
    FROM "Document" d WHERE d."id" = ${row.documentId}`;
  const doc = found ?? { variant: "pt-BR", hasEnglish: false, prevPt: null, nextPt: null };
  const options = await ctx.terms.checkOptions(doc.variant);
  return {
    options,
    around: (ptText, enText = row.enText) => ({
      ptText, enText, hasEnglish: Boolean(doc.hasEnglish),
      ...(doc.prevPt !== null ? { prevPt: doc.prevPt } : {}),
      ...(doc.nextPt !== null ? { nextPt: doc.nextPt } : {}),
    }),
  };
}
