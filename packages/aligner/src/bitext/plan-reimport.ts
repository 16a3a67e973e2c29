import type { BitextPair, InlineCode } from "../types.ts";
import { placeholderOf } from "./inline-codes.ts";

/** A pair of the document as it is now. */
export interface CurrentPair {
  id: string;
  ptText: string;
  version: number;
  codes?: readonly InlineCode[] | undefined;
  /** Its Portuguese after each earlier version (from its Edits), to tell what the file was exported with. */
  history?: ReadonlyMap<number, string>;
}

/** A target the file changed, to become an Edit. */
export interface ReimportChange {
  pairId: string;
  /** The version it was exported at, and is still at. */
  version: number;
  before: string;
  after: string;
}

/** A pair both the file and Alinha changed since the export: shown to the user, never overwritten. */
export interface ReimportConflict {
  pairId: string;
  ours: string;
  theirs: string;
  /** The version the file was exported from (undefined: the file does not say), and the current one. */
  exportedVersion: number | undefined;
  currentVersion: number;
  reason: string;
}

export interface ReimportPlan {
  changes: ReimportChange[];
  conflicts: ReimportConflict[];
  unchanged: number;
  /** Ids in the file that are not (or no longer) pairs of this document. */
  unknown: string[];
}

/**
 * The file's text with the pair's inline codes back as their placeholder characters: a PO or a
 * table carries them as "{n}", an XLIFF/TMX file of the same origin as the same markup.
 */
function normalizeIncoming(incoming: BitextPair, current: CurrentPair): string {
  const codes = current.codes ?? [];
  let text = incoming.pt;
  if (codes.length > 0) text = text.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) >= 1 && Number(n) <= codes.length ? placeholderOf(Number(n) - 1) : whole));
  const theirs = incoming.codes ?? [];
  if (theirs.length === 0) return text;
  // The file's placeholders are numbered in its own order: map each to ours by its markup.
  return [...text].map((c) => {
    const k = c.charCodeAt(0) - 0xe000;
    if (k < 0 || k >= theirs.length) return c;
    const j = codes.findIndex((code) => code.xml === theirs[k]!.xml);
    return j >= 0 ? placeholderOf(j) : c;
  }).join("");
}

/**
 * Matches a re-imported file's pairs to the document's by id and decides, pair by pair:
 * the same target, or the target as exported on a pair Alinha changed since → nothing; a new
 * target on a pair still at the version exported → a change;
 * a new target on a pair Alinha changed since (its version moved on), or on a pair whose
 * exported version the file does not carry → a conflict, for a person to settle. Pure.
 */
export function planReimport(current: readonly CurrentPair[], incoming: readonly BitextPair[]): ReimportPlan {
  const byId = new Map(current.map((p) => [p.id, p]));
  const plan: ReimportPlan = { changes: [], conflicts: [], unchanged: 0, unknown: [] };
  const seen = new Set<string>();
  for (const pair of incoming) {
    const ours = pair.id === undefined ? undefined : byId.get(pair.id);
    if (ours === undefined || seen.has(ours.id)) {
      if (pair.id !== undefined && !seen.has(pair.id)) plan.unknown.push(pair.id);
      continue;
    }
    seen.add(ours.id);
    const theirs = normalizeIncoming(pair, ours);
    if (theirs === ours.ptText) {
      plan.unchanged += 1;
      continue;
    }
    if (pair.version === ours.version) {
      plan.changes.push({ pairId: ours.id, version: ours.version, before: ours.ptText, after: theirs });
      continue;
    }
    // Alinha moved on, and the file still says what was exported: nothing to take from it.
    if (pair.version !== undefined && ours.history?.get(pair.version) === theirs) {
      plan.unchanged += 1;
      continue;
    }
    const reason = pair.version === undefined
      ? "the file does not say which version of the pair it was exported from"
      : `the pair changed in Alinha since the export (version ${pair.version} → ${ours.version})`;
    plan.conflicts.push({ pairId: ours.id, ours: ours.ptText, theirs, exportedVersion: pair.version, currentVersion: ours.version, reason });
  }
  return plan;
}
