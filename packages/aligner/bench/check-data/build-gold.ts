/**
 * Resolves the hand-written artefact sources (`artefacts.<doc-id>.src.json`) into
 * `artefacts.gold.json`: exact UTF-16 spans into each document's Portuguese, as
 * `getDocument(id).pt` returns it. Annotators write text, not offsets, because offsets
 * drift with every hand edit; this script is the only writer of the gold.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/check-data/build-gold.ts
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getDocument } from "@alinha/corpus";

export const FAMILIES = [
  "entity", "casing", "untranslated", "foreign", "variant", "markup", "junk",
  "repetition", "broken", "punctuation", "number", "omission", "mistranslation",
] as const;
export type GoldFamily = (typeof FAMILIES)[number];

export interface SourceEntry {
  text: string;
  occurrence: "all" | number;
  before?: string;
  family: GoldFamily;
  fix?: string;
  note?: string;
  scope?: "document";
  /** Allows a span that starts or ends inside a word (normally refused, see `isWordBounded`). */
  inWord?: boolean;
}

export interface GoldSpan {
  doc: string;
  start: number;
  end: number;
  text: string;
  family: GoldFamily;
  fix?: string;
  scope?: "document";
}

export class GoldSourceError extends Error {}

export const checkDataDir = fileURLToPath(new URL("./", import.meta.url));
export const goldPath = fileURLToPath(new URL("./artefacts.gold.json", import.meta.url));
const SOURCE_NAME = /^artefacts\.(.+)\.src\.json$/;

const wordChar = /[\p{L}\p{N}]/u;

/**
 * Without this, `{ "text": "ia", "occurrence": "all" }` (IA, the acronym) would also flag
 * "dia", "mudança" and every other word containing "ia". A span edge that is itself a word
 * character must not continue into a neighbouring word character.
 */
function isWordBounded(pt: string, start: number, end: number): boolean {
  const first = pt[start] ?? "";
  const last = pt[end - 1] ?? "";
  if (wordChar.test(first) && wordChar.test(pt[start - 1] ?? "")) return false;
  if (wordChar.test(last) && wordChar.test(pt[end] ?? "")) return false;
  return true;
}

function findAll(pt: string, entry: SourceEntry): number[] {
  const starts: number[] = [];
  for (let i = pt.indexOf(entry.text); i !== -1; i = pt.indexOf(entry.text, i + 1)) {
    if (entry.inWord || isWordBounded(pt, i, i + entry.text.length)) starts.push(i);
  }
  return starts;
}

function describe(entry: SourceEntry): string {
  const before = entry.before === undefined ? "" : ` before ${JSON.stringify(entry.before)}`;
  return `${JSON.stringify(entry.text)} (occurrence ${String(entry.occurrence)}${before}, ${entry.family})`;
}

function validate(doc: string, entry: SourceEntry, index: number): void {
  const where = `${doc} entry #${index + 1}`;
  if (typeof entry.text !== "string" || entry.text.length === 0) {
    throw new GoldSourceError(`${where}: "text" must be a non-empty string`);
  }
  if (!(FAMILIES as readonly string[]).includes(entry.family)) {
    throw new GoldSourceError(`${where}: unknown family ${JSON.stringify(entry.family)} for ${JSON.stringify(entry.text)}`);
  }
  const occ = entry.occurrence;
  if (occ !== "all" && !(Number.isInteger(occ) && occ >= 1)) {
    throw new GoldSourceError(`${where}: "occurrence" must be "all" or an integer ≥ 1, got ${JSON.stringify(occ)} for ${JSON.stringify(entry.text)}`);
  }
  if (entry.scope !== undefined && entry.scope !== "document") {
    throw new GoldSourceError(`${where}: "scope" may only be "document", got ${JSON.stringify(entry.scope)}`);
  }
}

/**
 * Occurrences are counted among the matches whose preceding text ends with `before`
 * (all matches when there is no `before`), so `before` narrows and `occurrence` picks.
 */
export function resolveEntry(doc: string, pt: string, entry: SourceEntry, index: number): GoldSpan[] {
  validate(doc, entry, index);
  const where = `${doc} entry #${index + 1} ${describe(entry)}`;
  const all = findAll(pt, entry);
  if (all.length === 0) throw new GoldSourceError(`${where}: text not found in the Portuguese`);
  const { before } = entry;
  const candidates = before === undefined ? all : all.filter((s) => pt.slice(0, s).endsWith(before));
  if (candidates.length === 0) {
    const seen = all.slice(0, 3).map((s) => JSON.stringify(pt.slice(Math.max(0, s - 30), s)));
    throw new GoldSourceError(`${where}: "before" matches none of the ${all.length} occurrence(s); text before them: ${seen.join(", ")}`);
  }
  let starts: number[];
  if (entry.occurrence === "all") {
    starts = candidates;
  } else {
    const start = candidates[entry.occurrence - 1];
    if (start === undefined) {
      throw new GoldSourceError(`${where}: occurrence ${entry.occurrence} out of range, only ${candidates.length} found`);
    }
    starts = [start];
  }
  return starts.map((start) => {
    const span: GoldSpan = { doc, start, end: start + entry.text.length, text: entry.text, family: entry.family };
    if (entry.fix !== undefined) span.fix = entry.fix;
    if (entry.scope !== undefined) span.scope = entry.scope;
    return span;
  });
}

function compareSpans(a: GoldSpan, b: GoldSpan): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  return a.family < b.family ? -1 : a.family > b.family ? 1 : 0;
}

/** Resolves one document's entries; the same span flagged twice in one family is a copy-paste slip. */
export function resolveDocument(doc: string, pt: string, entries: SourceEntry[]): GoldSpan[] {
  if (!Array.isArray(entries)) throw new GoldSourceError(`${doc}: the source file must hold a JSON array`);
  const spans = entries.flatMap((entry, i) => resolveEntry(doc, pt, entry, i));
  const seen = new Set<string>();
  for (const s of spans) {
    const key = `${s.start}:${s.end}:${s.family}`;
    if (seen.has(key)) throw new GoldSourceError(`${doc}: ${JSON.stringify(s.text)} at ${s.start} is annotated twice as ${s.family}`);
    seen.add(key);
  }
  return spans.sort(compareSpans);
}

/** Every `artefacts.<doc-id>.src.json` in the folder, doc id first. */
export function listSources(dir = checkDataDir): { doc: string; file: string }[] {
  return readdirSync(dir)
    .map((name) => ({ name, match: SOURCE_NAME.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map((f) => ({ doc: f.match[1] ?? "", file: `${dir}${f.name}` }))
    .sort((a, b) => (a.doc < b.doc ? -1 : 1));
}

export function buildGold(dir = checkDataDir): GoldSpan[] {
  return listSources(dir).flatMap(({ doc, file }) => {
    let entries: SourceEntry[];
    try {
      entries = JSON.parse(readFileSync(file, "utf8")) as SourceEntry[];
    } catch (err) {
      throw new GoldSourceError(`${file}: not valid JSON (${(err as Error).message})`);
    }
    return resolveDocument(doc, getDocument(doc).pt, entries);
  });
}

/** One span per line, so a diff of the gold shows exactly which spans moved. */
export function serializeGold(spans: GoldSpan[]): string {
  return `[\n${spans.map((s) => `  ${JSON.stringify(s)}`).join(",\n")}\n]\n`;
}

function countsTable(spans: GoldSpan[]): string {
  const byDoc = new Map<string, Map<string, number>>();
  for (const s of spans) {
    const fam = byDoc.get(s.doc) ?? new Map<string, number>();
    fam.set(s.family, (fam.get(s.family) ?? 0) + 1);
    byDoc.set(s.doc, fam);
  }
  const lines: string[] = [];
  for (const [doc, fam] of byDoc) {
    const total = [...fam.values()].reduce((a, b) => a + b, 0);
    const parts = FAMILIES.filter((f) => fam.has(f)).map((f) => `${f} ${fam.get(f)}`);
    lines.push(`${doc}: ${total} spans — ${parts.join(", ")}`);
  }
  lines.push(`total: ${spans.length} spans`);
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const spans = buildGold();
    writeFileSync(goldPath, serializeGold(spans));
    console.log(countsTable(spans));
    console.log(`wrote ${goldPath}`);
  } catch (err) {
    if (!(err instanceof GoldSourceError)) throw err;
    console.error(`build-gold: ${err.message}`);
    process.exitCode = 1;
  }
}
