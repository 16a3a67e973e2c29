import { createSpeller, type CheckOptions, type Spellers, type Term as CheckTerm, type TermPolicy } from "@alinha/aligner";
import dictionaryEn from "dictionary-en";
import dictionaryEs from "dictionary-es";
import dictionaryFr from "dictionary-fr";
import dictionaryIt from "dictionary-it";
import dictionaryPt from "dictionary-pt";
import type { Db } from "../../db/client.ts";

/**
 * The Hunspell dictionaries the foreign-word and spelling-based checks need (without them a
 * Spanish "hipercrecimento" cannot be told from a Portuguese word). One pair per process: the
 * spellers cache per object, so a fresh one per request would redo that work.
 */
let spellers: Required<Spellers> | undefined;
export function sharedSpellers(): Required<Spellers> {
  spellers ??= {
    pt: createSpeller(dictionaryPt),
    en: createSpeller(dictionaryEn),
    es: createSpeller(dictionaryEs),
    it: createSpeller(dictionaryIt),
    fr: createSpeller(dictionaryFr),
  };
  return spellers;
}

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
    return { variant: variant === "pt-PT" ? "pt-PT" : "pt-BR", terms: this.#terms, spellers: sharedSpellers() };
  }
}
