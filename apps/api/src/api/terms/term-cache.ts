import { createSpeller, type CheckOptions, type Spellers, type Term as CheckTerm, type TermPolicy } from "@alinha/aligner";
import dictionaryEn from "dictionary-en";
import dictionaryEs from "dictionary-es";
import dictionaryFr from "dictionary-fr";
import dictionaryIt from "dictionary-it";
import dictionaryPt from "dictionary-pt";
import type { Changes } from "../../db/changes.ts";
import type { Db } from "../../db/index.ts";

export const TERMS_CHANGED = "terms";

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
 * each time would put a query on every write; term changes invalidate this instead, in every
 * process on the database (db.changes).
 */
export class TermCache {
  #terms: CheckTerm[] | undefined;
  /** Bumped when the copy is dropped, so a read that started before cannot keep what it read. */
  #generation = 0;

  constructor(private readonly prisma: Db, private readonly changes?: Changes) {}

  /** After a change to the term table: drops this copy and every other process's. */
  async invalidate(): Promise<void> {
    this.forget();
    await this.changes?.publish(TERMS_CHANGED);
  }

  /** Drops this process's copy (another process changed the terms). */
  forget(): void {
    this.#terms = undefined;
    this.#generation++;
  }

  async checkOptions(variant: string): Promise<CheckOptions> {
    let terms = this.#terms;
    if (!terms) {
      const generation = this.#generation;
      terms = (await this.prisma.term.findMany({ orderBy: { term: "asc" } })).map((t) => ({
        term: t.term,
        kind: t.kind,
        policy: t.policy as TermPolicy,
        aliases: JSON.parse(t.aliases) as string[],
        ...(t.replacement ? { replacement: t.replacement } : {}),
      }));
      if (generation === this.#generation) this.#terms = terms;
    }
    return { variant: variant === "pt-PT" ? "pt-PT" : "pt-BR", terms, spellers: sharedSpellers() };
  }
}
