import type { CheckOptions } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { asBool, asNullableString, asString } from "../../db/sql.ts";
import type { PairRow } from "./pair-dto.ts";
import type { PairText } from "./recheck.ts";

interface Around {
  variant: string;
  hasEnglish: boolean;
  prevPt: string | null;
  nextPt: string | null;
}

/** What the checks need around one pair: its neighbours, the English, the glossary (one query). */
export async function checkContext(ctx: AppContext, row: PairRow): Promise<{ options: CheckOptions; around: (ptText: string, enText?: string) => PairText }> {
  const [found] = await ctx.sql.query(
    `SELECT d."variant", d."hasEnglish",
      (SELECT p."ptText" FROM "Pair" p WHERE p."documentId" = d."id" AND p."removed" = ? AND p."index" = ?) AS "prevPt",
      (SELECT p."ptText" FROM "Pair" p WHERE p."documentId" = d."id" AND p."removed" = ? AND p."index" = ?) AS "nextPt"
    FROM "Document" d WHERE d."id" = ?`,
    [false, row.index - 1, false, row.index + 1, row.documentId],
  );
  const doc: Around = found
    ? { variant: asString(found["variant"]), hasEnglish: asBool(found["hasEnglish"]), prevPt: asNullableString(found["prevPt"]), nextPt: asNullableString(found["nextPt"]) }
    : { variant: "pt-BR", hasEnglish: false, prevPt: null, nextPt: null };
  const options = await ctx.terms.checkOptions(doc.variant);
  return {
    options,
    around: (ptText, enText = row.enText) => ({
      ptText, enText, hasEnglish: doc.hasEnglish,
      ...(doc.prevPt !== null ? { prevPt: doc.prevPt } : {}),
      ...(doc.nextPt !== null ? { nextPt: doc.nextPt } : {}),
    }),
  };
}
