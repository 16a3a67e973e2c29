import { alignDocument } from "@alinha/aligner";
import { getDocument, listDocuments } from "@alinha/corpus";
import { AROUND } from "./api/pairs/pair-context.ts";
import { sharedSpellers } from "./api/terms/term-cache.ts";
import { pairFromRows, queryPair } from "./api/pairs/pair-writer.ts";
import type { Database } from "./db/index.ts";

/**
 * Loads the spelling dictionaries and aligns and checks the smallest built-in document once,
 * before the server takes requests. The first alignment in a fresh process runs unoptimised
 * code and loads the checks' word lists, and building the two Hunspell spellers takes about
 * 0.4 s: left to the first import, they made it twice as slow as later ones.
 */
export function warmUp(): void {
  const spellers = sharedSpellers();
  const [smallest] = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => a.pt.length - b.pt.length);
  if (smallest) alignDocument(smallest.pt, smallest.en || undefined, { speakers: smallest.meta.speakers, check: { variant: "pt-BR", terms: [], spellers } });
}

/**
 * Runs, once and on nothing, the statements every request of a review session makes: the session
 * lookup (Prisma's query compiler prepares each query shape on first use) and the pair read and
 * transaction of the plain-SQL path. Otherwise the first clients after a start wait for that.
 */
export async function warmUpDatabase({ prisma, sql }: Database): Promise<void> {
  await prisma.session.findUnique({ where: { id: "" }, include: { user: true } });
  pairFromRows(await queryPair(sql, ""));
  pairFromRows(await queryPair(sql, "", AROUND));
  await sql.transaction((tx) => tx.query(`SELECT "id", "version" FROM "Pair" WHERE "id" = ?`, [""]));
}
