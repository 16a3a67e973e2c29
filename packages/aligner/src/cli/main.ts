/**
 * The `alinha` command: the I/O edge of the aligner (the only place that touches the file
 * system or prints). `alinha --help` says how to use it.
 */
import { basename } from "node:path";
import { alignDocument, DEFAULT_CHECK_OPTIONS } from "../align-document.ts";
import { BINARY_BITEXT_FORMATS, type BinaryBitextFormat, type BitextFormat, type BitextMeta } from "../bitext/bitext-meta.ts";
import { BitextExportError, checkExportable, serializeBitext, writeBinaryBitext } from "../bitext/index.ts";
import { BitextFormatError } from "../bitext/bitext-format-error.ts";
import { decodeFileBytes } from "../bitext/decode-bitext.ts";
import { BitextLanguageError, readImportFile } from "../bitext/read-bitext-file.ts";
import { checks } from "../check/registry.ts";
import { TextDecodeError } from "../normalize/text-decode-error.ts";
import type { AlignedPair, AlignmentResult, BitextPair, CheckOptions, PortugueseVariant, Term } from "../types.ts";
import { displayName, InputError, readBytes, writeStream, writeText } from "./io.ts";
import { toJsonContract } from "./json-contract.ts";
import { formatFlags } from "./format-flags.ts";
import { lazySpeller } from "./spellers.ts";
import { parseArgs, UsageError, type AlignCommand, type CheckCommand, type ConvertCommand } from "./parse-args.ts";
import { usageOf } from "./usage.ts";

/** Replaced by the build (esbuild `define`) with the package's version; "dev" when run from source. */
declare const ALINHA_VERSION: string | undefined;
const VERSION = typeof ALINHA_VERSION === "string" ? ALINHA_VERSION : "dev";

/** Exit codes (documented in --help): 2 for a bad command line, 1 for bad or empty input. */
const EXIT_USAGE = 2;
const EXIT_INPUT = 1;

/** A file with nothing in it: said as a warning, and exit code 1, rather than an empty result. */
class EmptyInput extends Error {}

function readText(path: string): string {
  const bytes = readBytes(path);
  try {
    const decoded = decodeFileBytes(bytes);
    if (decoded.warning) process.stderr.write(`alinha: ${displayName(path)}: ${decoded.warning}\n`);
    if (decoded.text.trim() === "") throw new EmptyInput(`${displayName(path)} is empty`);
    return decoded.text.replace(/^\uFEFF/, "");
  } catch (e) {
    if (e instanceof TextDecodeError) throw new InputError(`cannot read ${displayName(path)}: ${e.message}`);
    throw e;
  }
}

/**
 * A term list file: a JSON array of terms as the corpus writes them (`{ "term": "Noah Smith",
 * "aliases": [...] }`, other keys ignored) or of plain strings.
 */
function readTerms(path: string): Term[] {
  const text = readText(path);
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (e) {
    throw new InputError(`cannot read ${path}: not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(list)) throw new InputError(`cannot read ${path}: a term list is a JSON array`);
  return list.map((entry: unknown, k): Term => {
    if (typeof entry === "string" && entry.trim()) return { term: entry };
    const t = entry as { term?: unknown; aliases?: unknown; kind?: unknown };
    if (typeof t !== "object" || t === null || typeof t.term !== "string" || !t.term.trim()) {
      throw new InputError(`cannot read ${path}: entry ${k} is neither a name nor an object with a "term"`);
    }
    const aliases = Array.isArray(t.aliases) ? t.aliases.filter((a): a is string => typeof a === "string") : [];
    return { term: t.term, ...(typeof t.kind === "string" ? { kind: t.kind } : {}), ...(aliases.length ? { aliases } : {}) };
  });
}

/**
 * The checks' options. The dictionaries let the foreign-word and untranslated checks judge
 * words they have no list for; only the commands that check have them (the English one only
 * when there is English), and each loads when a check first asks it about a word, so convert
 * starts without them and a run that never asks never reads them. ALINHA_DEBUG_SPELLERS=1
 * says on standard error which were loaded, and whether from the build's saved form (a test uses it).
 */
function checkOptions(variant: PortugueseVariant, termsFile: string | undefined, withEnglish: boolean): CheckOptions {
  const terms = termsFile === undefined ? [] : readTerms(termsFile);
  const onLoad = process.env.ALINHA_DEBUG_SPELLERS
    ? (lang: string, saved: boolean) => process.stderr.write(`alinha: speller ${lang} loaded (${saved ? "saved form" : "compiled now"})\n`)
    : undefined;
  const pt = lazySpeller("pt", onLoad);
  const en = withEnglish ? lazySpeller("en", onLoad) : undefined;
  return { variant, terms, spellers: { pt, ...(en ? { en } : {}) } };
}

/** Bitext flags point into the pair's own Portuguese; the aligner's into the file. */
function toBitextPair(p: AlignedPair, k: number): BitextPair {
  const base = p.pt[0]?.[0] ?? 0;
  const flags = p.flags.map((f) => ({ ...f, start: Math.max(0, f.start - base), end: Math.max(0, f.end - base) }));
  return { id: String(k + 1), pt: p.ptText, en: p.enText, status: "new", flags, ...(p.paragraph === undefined ? {} : { paragraph: p.paragraph }) };
}

async function writeExport(format: BitextFormat | BinaryBitextFormat, pairs: BitextPair[], meta: BitextMeta, out: string | undefined): Promise<void> {
  checkExportable(format, meta);
  if ((BINARY_BITEXT_FORMATS as readonly string[]).includes(format)) {
    if (out === undefined && process.stdout.isTTY) throw new InputError(`${format} is a binary file: give -o FILE, or redirect standard output`);
    await writeStream(out, (stream) => writeBinaryBitext(format as BinaryBitextFormat, pairs, meta, stream));
    return;
  }
  writeText(out, [...serializeBitext(format as BitextFormat, pairs, meta)].join(""));
}

async function align(cmd: AlignCommand): Promise<void> {
  const pt = readText(cmd.ptFile);
  const en = cmd.enFile === undefined ? undefined : readText(cmd.enFile);
  const check = checkOptions(cmd.variant, cmd.terms, en !== undefined);
  const result = alignDocument(pt, en, { ptPath: cmd.ptFile, ...(cmd.enFile ? { enPath: cmd.enFile } : {}), check });
  if (cmd.format === "json") return writeText(cmd.out, toJsonContract(result));
  const meta: BitextMeta = { title: basename(cmd.ptFile === "-" ? "stdin" : cmd.ptFile), variant: cmd.variant, scope: "all", toolVersion: `alinha ${VERSION}`, hasEnglish: en !== undefined };
  await writeExport(cmd.format, result.pairs.map(toBitextPair), meta, cmd.out);
}

async function check(cmd: CheckCommand): Promise<void> {
  const pt = readText(cmd.ptFile);
  const result: AlignmentResult = alignDocument(pt, undefined, { ptPath: cmd.ptFile, check: checkOptions(cmd.variant, cmd.terms, false) });
  writeText(cmd.out, cmd.format === "json" ? toJsonContract(result) : formatFlags(pt, result));
}

async function convert(cmd: ConvertCommand): Promise<void> {
  const bytes = readBytes(cmd.inFile);
  const name = displayName(cmd.inFile);
  let read;
  try {
    read = readImportFile(bytes);
  } catch (e) {
    if (e instanceof TextDecodeError) throw new InputError(`cannot read ${name}: ${e.message}`);
    if (e instanceof BitextFormatError || e instanceof BitextLanguageError) throw new InputError(`cannot read ${name}: ${e.message}`);
    throw e;
  }
  const title = basename(cmd.inFile === "-" ? "stdin" : cmd.inFile).replace(/\.[^.]+$/, "");
  if (read.kind === "text") {
    if (read.text.trim() === "") throw new EmptyInput(`${name} is empty`);
    // Plain text is Portuguese alone: its sentences, unchecked (convert changes form, not content).
    const result = alignDocument(read.text, undefined, { check: { ...DEFAULT_CHECK_OPTIONS, variant: cmd.variant, disabled: checks.map((c) => c.id) } });
    const pairs = result.pairs.map((p, k) => ({ ...toBitextPair(p, k), flags: [] }));
    return writeExport(cmd.to, pairs, { title, variant: cmd.variant, scope: cmd.scope, toolVersion: `alinha ${VERSION}`, hasEnglish: false }, cmd.out);
  }
  for (const warning of read.bitext.warnings) process.stderr.write(`alinha: ${name}: ${warning}\n`);
  if (read.bitext.pairs.length === 0) throw new EmptyInput(`${name} holds no pairs`);
  const trg = read.bitext.trgLang.toLowerCase().replace("_", "-");
  const variant: PortugueseVariant = trg === "pt-pt" ? "pt-PT" : trg === "pt-br" ? "pt-BR" : cmd.variant;
  const hasEnglish = read.bitext.pairs.some((p) => p.en !== "");
  await writeExport(cmd.to, read.bitext.pairs, { title, variant, scope: cmd.scope, toolVersion: `alinha ${VERSION}`, hasEnglish }, cmd.out);
}

export async function main(argv: readonly string[]): Promise<number> {
  let topic;
  try {
    const cmd = parseArgs(argv);
    if (cmd.command === "help") {
      process.stdout.write(`${usageOf(cmd.topic)}\n`);
      return 0;
    }
    if (cmd.command === "version") {
      process.stdout.write(`alinha ${VERSION}\n`);
      return 0;
    }
    topic = cmd.command;
    if (cmd.command === "align") await align(cmd);
    else if (cmd.command === "check") await check(cmd);
    else await convert(cmd);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`alinha: ${e.message}\n\n${usageOf(e.topic ?? topic)}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof EmptyInput) {
      process.stderr.write(`alinha: warning: ${e.message}: nothing to do\n`);
      return EXIT_INPUT;
    }
    if (e instanceof InputError || e instanceof BitextExportError) {
      process.stderr.write(`alinha: ${e.message}\n`);
      return EXIT_INPUT;
    }
    throw e;
  }
}
