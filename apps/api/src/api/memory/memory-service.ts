// The translation memory: every confirmed or approved pair of every document, plus the units of
// imported TMX files, in one in-process fuzzy index (fuzzy-index.ts), kept in step with pair
// writes (pair-events.ts) instead of being rebuilt for each look-up.
import type { AppContext } from "../../app-context.ts";
import type { MemoryMatch, PairStatus } from "../../contract/index.ts";
import { asNullableString, asString, type Row } from "../../db/sql.ts";
import { HIDDEN_DOCUMENT_IDS } from "../documents/hidden-documents.ts";
import { onPairWritten } from "../pairs/pair-events.ts";
import { FuzzyIndex } from "./fuzzy-index.ts";

/** The source name of the documents' own pairs in a match. */
export const DOCUMENTS_SOURCE = "documents";

/** Statuses whose Portuguese a translator may reuse. */
const REUSABLE = ["confirmed", "approved"] as const;

/**
 * Pairs written by something that does not go through the pair writer (an import, a re-align)
 * are caught by counting the reusable pairs, at most this often.
 */
const RECOUNT_MS = 5000;

interface Unit {
  ptText: string;
  documentId: string | null;
  pairId: string | null;
  status: PairStatus | null;
  source: string;
}

const PAIR_COLUMNS = `"id", "documentId", "enText", "ptText", "status", "removed"`;

export class MemoryService {
  private index = new FuzzyIndex<Unit>();
  private loaded: Promise<void> | null = null;
  private readonly dirty = new Set<string>();
  private reusableCount = -1;
  private countedAt = 0;

  constructor(private readonly ctx: AppContext) {
    onPairWritten((id) => this.dirty.add(id));
  }

  /** Matches for `enText`, best first; `pairId` (the pair asking) is left out. */
  async lookup(enText: string, options: { minScore: number; limit: number; pairId?: string }): Promise<MemoryMatch[]> {
    await this.sync();
    const skip = options.pairId ? (key: string) => key === `pair:${options.pairId}` : undefined;
    // A few spare hits, in case one turns out stale below.
    const hits = this.index.lookup(enText, options.minScore, options.limit + 3, skip);
    const live = await this.stillReusable(hits.map((h) => h.value.pairId).filter((id): id is string => id !== null));
    return hits
      .filter((h) => h.value.pairId === null || live.has(h.value.pairId))
      .slice(0, options.limit)
      .map((h) => ({ score: Math.round(h.score * 1000) / 1000, enText: h.text, ptText: h.value.ptText, documentId: h.value.documentId, pairId: h.value.pairId, status: h.value.status, source: h.value.source }));
  }

  /** Of these pairs, the ids of those with at least one match (other than themselves). */
  async withMatches(pairs: { pairId: string; enText: string }[], minScore: number): Promise<string[]> {
    await this.sync();
    const found = pairs.map((p) => ({ pairId: p.pairId, hits: this.index.lookup(p.enText, minScore, 3, (key) => key === `pair:${p.pairId}`) }));
    const live = await this.stillReusable([...new Set(found.flatMap((f) => f.hits.map((h) => h.value.pairId).filter((id): id is string => id !== null)))]);
    return found.filter((f) => f.hits.some((h) => h.value.pairId === null || live.has(h.value.pairId))).map((f) => f.pairId);
  }

  /** After a TMX import: its units join the index at once. */
  addUnits(units: { id: string; memory: string; enText: string; ptText: string }[]): void {
    if (!this.loaded) return; // The first sync reads them from the table.
    for (const u of units) this.index.set(`unit:${u.id}`, u.enText, { ptText: u.ptText, documentId: null, pairId: null, status: null, source: u.memory });
  }

  private async sync(): Promise<void> {
    this.loaded ??= this.loadAll();
    await this.loaded;
    if (Date.now() - this.countedAt > RECOUNT_MS) {
      this.countedAt = Date.now();
      const count = await this.countReusable();
      if (count !== this.reusableCount && this.dirty.size === 0) {
        // Something wrote pairs behind the writer's back: start again.
        this.index = new FuzzyIndex<Unit>();
        this.loaded = this.loadAll();
        await this.loaded;
        return;
      }
    }
    if (!this.dirty.size) return;
    const ids = [...this.dirty];
    this.dirty.clear();
    for (let at = 0; at < ids.length; at += 500) {
      const chunk = ids.slice(at, at + 500);
      const rows = await this.ctx.sql.query(`SELECT ${PAIR_COLUMNS} FROM "Pair" WHERE "id" IN (${chunk.map(() => "?").join(", ")})`, chunk);
      const found = new Set<string>();
      for (const r of rows) {
        found.add(asString(r["id"]));
        this.applyRow(r);
      }
      for (const id of chunk) if (!found.has(id)) this.index.delete(`pair:${id}`);
    }
    this.reusableCount = await this.countReusable();
  }

  private applyRow(r: Row): void {
    const id = asString(r["id"]);
    const status = asString(r["status"]) as PairStatus;
    const en = asString(r["enText"]);
    const pt = asString(r["ptText"]);
    const reusable = !r["removed"] && (REUSABLE as readonly string[]).includes(status) && en.trim() !== "" && pt.trim() !== "";
    if (!reusable) return this.index.delete(`pair:${id}`);
    this.index.set(`pair:${id}`, en, { ptText: pt, documentId: asString(r["documentId"]), pairId: id, status, source: DOCUMENTS_SOURCE });
  }

  private async loadAll(): Promise<void> {
    this.dirty.clear();
    const rows = await this.ctx.sql.query(`SELECT ${PAIR_COLUMNS} FROM "Pair" WHERE "removed" = ? AND "status" IN (?, ?) AND "documentId" NOT IN (${HIDDEN_DOCUMENT_IDS})`, [false, ...REUSABLE]);
    for (const r of rows) this.applyRow(r);
    const units = await this.ctx.sql.query(`SELECT "id", "memory", "enText", "ptText" FROM "MemoryUnit"`, []);
    for (const u of units) {
      this.index.set(`unit:${asString(u["id"])}`, asString(u["enText"]), { ptText: asString(u["ptText"]), documentId: null, pairId: null, status: null, source: asString(u["memory"]) });
    }
    this.reusableCount = rows.length;
    this.countedAt = Date.now();
  }

  private async countReusable(): Promise<number> {
    const [row] = await this.ctx.sql.query(`SELECT COUNT(*) AS "n" FROM "Pair" WHERE "removed" = ? AND "status" IN (?, ?) AND "documentId" NOT IN (${HIDDEN_DOCUMENT_IDS})`, [false, ...REUSABLE]);
    return Number(row?.["n"] ?? 0);
  }

  /** Of these pairs, the ones still live and confirmed or approved (a re-align may have removed some). */
  private async stillReusable(ids: string[]): Promise<Set<string>> {
    const live = new Set<string>();
    for (let at = 0; at < ids.length; at += 500) {
      const chunk = ids.slice(at, at + 500);
      const rows = await this.ctx.sql.query(
        `SELECT "id" FROM "Pair" WHERE "id" IN (${chunk.map(() => "?").join(", ")}) AND "removed" = ? AND "status" IN (?, ?)`,
        [...chunk, false, ...REUSABLE],
      );
      for (const r of rows) live.add(asNullableString(r["id"]) ?? "");
    }
    return live;
  }
}

const services = new WeakMap<AppContext, MemoryService>();

/** One memory per app (tests build one app per database). */
export function memoryFor(ctx: AppContext): MemoryService {
  let service = services.get(ctx);
  if (!service) services.set(ctx, (service = new MemoryService(ctx)));
  return service;
}
