/**
 * Builds the development corpus of issue 12: real human translations of software documentation
 * from Debian packages, downloaded and unpacked into the cache (never the repository), paired
 * with their English block by block, split per source into a tuning half and a test half.
 *
 * Run: pnpm --filter @alinha/corpus dev-corpus [--only SOURCE,SOURCE]
 * Writes: <cache>/docs/<source>/<name>.json, <cache>/index.json; and dev-corpus/manifest.json in the
 * repository (packages, versions, licences, word counts: no text).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { devCorpusDir } from "../src/dev/cache-dir.ts";
import type { DevDocument, DevIndexEntry } from "../src/dev/types.ts";
import { countWords } from "../src/word-count.ts";
import { fetchPackage, licenceOf, type UnpackedPackage } from "./debian.ts";
import { pairBlocks } from "./pair-blocks.ts";
import { splitHalves } from "./split-halves.ts";
import { SOURCES } from "./sources/index.ts";

/** A page with fewer Portuguese words than this is a stub (a chapter's title page, a redirect). */
const MIN_DOC_WORDS = 20;
/** A page more than half untranslated is not a translation: its holes would be most of its text. */
const MIN_TRANSLATED_SHARE = 0.5;
/** A page mostly literal (a character table, a listing) is not prose a translator wrote. */
const MAX_LITERAL_SHARE = 0.5;

const args = process.argv.slice(2);
const only = args.includes("--only") ? new Set(args[args.indexOf("--only") + 1]!.split(",")) : undefined;
const cache = devCorpusDir();
const sources = SOURCES.filter((s) => !only || only.has(s.source));
if (only && sources.length !== only.size) {
  throw new Error(`dev-corpus: unknown source in --only; known: ${SOURCES.map((s) => s.source).join(", ")}`);
}

interface ManifestPackage { name: string; version: string; role: "pt" | "en"; source: string; licence: string }
const manifestPackages: ManifestPackage[] = [];
const documents: Omit<DevDocument, "half">[] = [];
const skipped: Record<string, { stub: number; untranslated: number; literal: number; untranslatedWords: number }> = {};

for (const spec of sources) {
  console.log(`dev-corpus: ${spec.source} (${spec.pt.name}${spec.en ? ` + ${spec.en.name}` : ""})`);
  const pt = fetchPackage(cache, spec.pt.name, spec.pt.version);
  const en: UnpackedPackage | undefined = spec.en ? fetchPackage(cache, spec.en.name, spec.en.version) : undefined;
  const licencePkg = spec.licence ? fetchPackage(cache, spec.licence.package.name, spec.licence.package.version) : pt;
  const licence = licenceOf(licencePkg, spec.licence?.files, spec.licence?.docDir);
  manifestPackages.push({ name: pt.name, version: pt.version, role: "pt", source: spec.source, licence });
  const enLicence = () => (spec.enLicence ? licenceOf(fetchPackage(cache, spec.enLicence.package.name, spec.enLicence.package.version)) : licenceOf(en!));
  if (en) manifestPackages.push({ name: en.name, version: en.version, role: "en", source: spec.source, licence: spec.licence ? licence : enLicence() });
  const skip = (skipped[spec.source] = { stub: 0, untranslated: 0, literal: 0, untranslatedWords: 0 });
  for (const raw of spec.documents(pt, en)) {
    const paired = pairBlocks(raw.pt, raw.en);
    const words = paired.blocks.reduce((n, b) => n + countWords(b.pt), 0);
    skip.untranslatedWords += paired.untranslatedWords;
    if (words < MIN_DOC_WORDS) { skip.stub++; continue; }
    if (words < MIN_TRANSLATED_SHARE * (words + paired.untranslatedWords)) { skip.untranslated++; continue; }
    const literal = paired.blocks.reduce((n, b) => n + (b.kind === "code" ? countWords(b.pt) : 0), 0);
    if (literal > MAX_LITERAL_SHARE * words) { skip.literal++; continue; }
    documents.push({
      id: `${spec.source}/${raw.name}`,
      source: spec.source,
      package: pt.name,
      version: pt.version,
      licence,
      variant: spec.variant,
      ...(en && raw.en ? { enPackage: en.name } : {}),
      blocks: paired.blocks,
      enOnly: paired.enOnly,
      words,
    });
  }
}

const tuneOnlySources = new Map(sources.filter((s) => s.tuneOnly).map((s) => [s.source, s.tuneOnly!]));
const halves = splitHalves(documents.map((d) => ({ ...d, tuneOnly: tuneOnlySources.has(d.source) })));
const docsDir = join(cache, "docs");
for (const spec of sources) rmSync(join(docsDir, spec.source), { recursive: true, force: true });
const index: DevIndexEntry[] = [];
for (const doc of documents) {
  const half = halves.get(doc.id)!;
  const file = `${doc.id}.json`;
  mkdirSync(join(docsDir, doc.source), { recursive: true });
  writeFileSync(join(docsDir, file), JSON.stringify({ ...doc, half } satisfies DevDocument));
  const enWords = doc.blocks.reduce((n, b) => n + (b.en ? countWords(b.en) : 0), 0);
  index.push({ id: doc.id, source: doc.source, variant: doc.variant, half, words: doc.words, enWords, file });
}

// Totals per source, variant and half: the figures the manifest records and the lead reads.
interface Total { source: string; variant: string; half: string; documents: number; ptWords: number; pairedEnWords: number }
const totals = new Map<string, Total>();
for (const e of index) {
  for (const key of [`${e.source}|${e.variant}|${e.half}`, `all|${e.variant}|${e.half}`, `all|${e.variant}|both`]) {
    const [source, variant, half] = key.split("|") as [string, string, string];
    const t = totals.get(key) ?? { source, variant, half, documents: 0, ptWords: 0, pairedEnWords: 0 };
    t.documents++;
    t.ptWords += e.words;
    t.pairedEnWords += e.enWords;
    totals.set(key, t);
  }
}
const rows = [...totals.values()].sort((a, b) => (a.source === "all" ? 1 : 0) - (b.source === "all" ? 1 : 0) || a.source.localeCompare(b.source) || a.variant.localeCompare(b.variant) || a.half.localeCompare(b.half));
console.log("source                              variant half  docs  pt words  en words (paired)");
for (const t of rows) console.log(`${t.source.padEnd(35)} ${t.variant.padEnd(7)} ${t.half.padEnd(5)} ${String(t.documents).padStart(4)} ${String(t.ptWords).padStart(9)} ${String(t.pairedEnWords).padStart(9)}`);
for (const [source, s] of Object.entries(skipped)) console.log(`  ${source}: left out ${s.stub} stub pages, ${s.untranslated} mostly untranslated and ${s.literal} mostly literal (tables, listings); ${s.untranslatedWords} words of untranslated English blocks removed`);

// --only rebuilds some sources: the others' entries stay (the split is per source, so they are unchanged).
const indexPath = join(cache, "index.json");
const kept = only && existsSync(indexPath)
  ? (JSON.parse(readFileSync(indexPath, "utf8")) as { documents: DevIndexEntry[] }).documents.filter((e) => !only.has(e.source))
  : [];
writeFileSync(indexPath, JSON.stringify({ documents: [...kept, ...index] }, null, 1));
const manifestPath = new URL("./manifest.json", import.meta.url);
if (!only) {
  writeFileSync(manifestPath, `${JSON.stringify({
    note: "Written by dev-corpus/build.ts. Packages, versions, licences and word counts only: the text stays in the cache.",
    rules: { minDocWords: MIN_DOC_WORDS, minTranslatedShare: MIN_TRANSLATED_SHARE, maxLiteralShare: MAX_LITERAL_SHARE },
    packages: manifestPackages,
    tuneOnly: Object.fromEntries(tuneOnlySources),
    totals: rows,
    leftOut: skipped,
  }, null, 2)}\n`);
  console.log(`dev-corpus: ${index.length} documents in ${cache}; manifest written to dev-corpus/manifest.json`);
} else {
  console.log(`dev-corpus: ${index.length} documents of ${[...only].join(", ")} rebuilt in ${cache} (manifest is rewritten only by a full build)`);
}
