/**
 * Every flag the checks raise, one line each, for diffing before and after a change meant to
 * leave them alone (speed work): the built-in corpus (checkDocument with the term list and the
 * dictionaries, then checkPair on each pair with and without its document's context, as the API
 * calls it after an edit), the control text with the held-out artefacts injected into it, and the
 * development corpus's tuning half, clean and with seed 1's injected artefacts and near misses.
 * Lines carry every field of a flag (span, text, message, suggestion, confidence), so a changed message or
 * confidence shows too.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/flags-snapshot.ts --out FILE [--no-dev]
 *   then diff FILE against the same run on the other tree. Takes ~1 min of CPU.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import dictionaryEs from "dictionary-es";
import dictionaryIt from "dictionary-it";
import dictionaryPt from "dictionary-pt";
import nspell from "nspell";
import { getDocument, listDocuments, loadTerms } from "@alinha/corpus";
import { DevCorpusMissingError, documentPt, loadDevCorpus, pairedShare, type DevDocument } from "@alinha/corpus/dev";
import { alignDocument, checkDocument, checkInputs, checkPair, checks, documentContext } from "../src/index.ts";
import type { CheckOptions, Flag, Term } from "../src/types.ts";
import { injectArtefacts } from "./check-data/inject-artefacts.ts";
import material from "./check-data/inject-real-material.json" with { type: "json" };
import { injectDocument } from "./check-data/inject-real.ts";
import { checkRealText, englishFor, loadSpellers, MIN_PAIRED_SHARE, type TextFlag } from "./check-data/real-pipeline.ts";

const args = process.argv.slice(2);
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : undefined;
if (!out) throw new Error("flags-snapshot: --out FILE is required (where to write the flags)");

const lines: string[] = [];
const flagLine = (where: string, f: Flag | TextFlag): string =>
  `${where}\t${f.code}\t${f.start}-${f.end}\t${JSON.stringify(f.text)}\t${JSON.stringify(f.suggestion ?? null)}\t${JSON.stringify(f.message)}\t${f.confidence ?? "-"}`;

const spellers = loadSpellers();
const terms: Term[] = loadTerms().map((t) => ({ term: t.term, kind: t.kind, ...(t.aliases ? { aliases: t.aliases } : {}) }));
const options: CheckOptions = { variant: "pt-BR", terms, spellers: { pt: spellers.pt, en: spellers.en } };
const noChecks: CheckOptions = { variant: "pt-BR", terms: [], disabled: checks.map((c) => c.id) };

function builtIn(id: string, pt: string, en: string | undefined, speakers: readonly string[] = []): void {
  const result = alignDocument(pt, en, { check: noChecks, speakers });
  const inputs = checkInputs(result.pairs, en !== undefined, pt);
  const { pairFlags, documentFlags } = checkDocument(inputs, options);
  lines.push(`## ${id}: checkDocument`);
  for (const f of documentFlags) lines.push(flagLine(`${id} (document)`, f));
  pairFlags.forEach((flags, k) => { for (const f of flags) lines.push(flagLine(`${id}#${k}`, f)); });
  lines.push(`## ${id}: checkPair with the document's context, then without`);
  const document = documentContext(inputs, options.spellers);
  inputs.forEach((input, k) => {
    for (const f of checkPair({ ...input }, { ...options, document })) lines.push(flagLine(`${id}#${k}`, f));
    for (const f of checkPair({ ...input }, options)) lines.push(flagLine(`${id}#${k} alone`, f));
  });
}

for (const meta of listDocuments()) {
  const doc = getDocument(meta.id);
  builtIn(meta.id, doc.pt, doc.en || undefined, meta.speakers);
}
const dataFile = (name: string) => new URL(`./check-data/${name}`, import.meta.url);
if (existsSync(dataFile("control.pt.txt")) && existsSync(dataFile("control.en.txt"))) {
  const pt = readFileSync(dataFile("control.pt.txt"), "utf8");
  const en = readFileSync(dataFile("control.en.txt"), "utf8");
  builtIn("control", pt, en);
  for (const seed of [1, 2, 3, 4, 5]) builtIn(`control+seed${seed}`, injectArtefacts(pt, en, seed).pt, en);
}

let dev: DevDocument[] = [];
try {
  if (!args.includes("--no-dev")) dev = loadDevCorpus({ half: "tune" });
} catch (error) {
  if (!(error instanceof DevCorpusMissingError)) throw error;
  lines.push(`## development corpus missing: ${error.message}`);
}
if (dev.length) {
  // As bench/checks-injected.ts builds its material (Italian and Portuguese as stem lists: nspell cannot expand them in time).
  const stems = (d: { dic: Uint8Array }) => {
    const set = new Set(new TextDecoder().decode(d.dic).split("\n").slice(1).map((l) => l.split("/")[0]!.trim()).filter(Boolean));
    return { correct: (w: string) => set.has(w) };
  };
  const injectMaterial = { lists: material, es: nspell({ aff: Buffer.from(dictionaryEs.aff), dic: Buffer.from(dictionaryEs.dic) }), it: stems(dictionaryIt), pt: stems(dictionaryPt) };
  for (const doc of dev) {
    lines.push(`## ${doc.id} (tune half)`);
    for (const f of checkRealText(documentPt(doc), englishFor(doc), doc.variant, spellers)) lines.push(flagLine(`${doc.id} ${f.scope}`, f));
    const injected = injectDocument(doc, { seed: 1, withEnglish: pairedShare(doc) >= MIN_PAIRED_SHARE, material: injectMaterial });
    lines.push(`## ${doc.id} (tune half, injected seed 1)`);
    for (const f of checkRealText(injected.pt, injected.en, doc.variant, spellers)) lines.push(flagLine(`${doc.id} ${f.scope}`, f));
  }
}

writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`flags-snapshot: ${lines.filter((l) => !l.startsWith("## ")).length} flags in ${lines.filter((l) => l.startsWith("## ")).length} sections written to ${out}`);
