import type { CheckOptions, Term as CheckTerm, TermPolicy } from "@alinha/aligner";
import type { Db } from "../../db/client.ts";

/**
 * The glossary as the checks want it. Every edit re-runs the checks, so reading the term table
 * each time would put a query on every write; term changes invalidate this instead.
 */
export class TermCache {
  #terms: CheckTerm[] | undefined;

  constructor(private readonly prisma: Db) {}

  invalidate(): void {
    this.#terms = undefined;
  }

  async checkOptions(variant: string): Promise<CheckOptions> {
    this.#terms ??= (await this.prisma.term.findMany({ orderBy: { term: "asc" } })).map((t) => ({
      term: t.term,
      kind: t.kind,
      policy: t.policy as TermPolicy,
      aliases: JSON.parse(t.aliases) as string[],
      ...(t.replacement ? { replacement: t.replacement } : {}),
    }));
    return { variant: variant === "pt-PT" ? "pt-PT" : "pt-BR", terms: this.#terms };
  }
}
