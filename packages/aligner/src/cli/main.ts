/**
 * The `alinha` command: the I/O edge of the aligner (the only place that touches the file
 * system or prints). `pnpm alinha align a.pt.txt a.en.txt --format json --out a.json`
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { alignDocument } from "../align-document.ts";
import { createSpeller } from "../check/index.ts";
import { serializeBitext } from "../bitext/index.ts";
import { decodeText, TextDecodeError } from "../normalize/index.ts";
import type { AlignedPair, BitextPair, Term } from "../types.ts";
import { toJsonContract } from "./json-contract.ts";
import { parseArgs, UsageError, USAGE, type AlignCommand } from "./parse-args.ts";

/** Exit codes: 2 for a bad command line, 1 for a file that cannot be read or written. */
const EXIT_USAGE = 2;
const EXIT_INPUT = 1;

class InputError extends Error {}

/**
 * `pnpm alinha` runs inside packages/aligner; INIT_CWD is where the user typed the command,
 * so relative paths mean what they meant there.
 */
const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

function readText(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(userPath(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(e);
    throw new InputError(`cannot read ${path}: ${why}`);
  }
  try {
    const decoded = decodeText(bytes);
    if (decoded.warning) process.stderr.write(`alinha: ${path}: ${decoded.warning}\n`);
    return decoded.text;
  } catch (e) {
    if (e instanceof TextDecodeError) throw new InputError(`cannot read ${path}: ${e.message}`);
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

function toBitextPair(p: AlignedPair, k: number): BitextPair {
  return { id: String(k + 1), pt: p.ptText, en: p.enText, status: "new", flags: p.flags, ...(p.paragraph === undefined ? {} : { paragraph: p.paragraph }) };
}

export function run(cmd: AlignCommand): string {
  const pt = readText(cmd.ptFile);
  const en = cmd.enFile === undefined ? undefined : readText(cmd.enFile);
  const terms = cmd.terms === undefined ? [] : readTerms(cmd.terms);
  // The dictionaries let the foreign-word and untranslated checks judge words they have no list for.
  const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
  const result = alignDocument(pt, en, {
    ptPath: cmd.ptFile,
    ...(cmd.enFile ? { enPath: cmd.enFile } : {}),
    check: { variant: cmd.variant, terms, spellers },
  });
  if (cmd.format === "json") return toJsonContract(result);
  const meta = { title: basename(cmd.ptFile), variant: cmd.variant, scope: "all" as const, toolVersion: "alinha 0.1.0" };
  return [...serializeBitext(cmd.format, result.pairs.map(toBitextPair), meta)].join("");
}

function main(argv: readonly string[]): number {
  try {
    const cmd = parseArgs(argv);
    const output = run(cmd);
    if (cmd.out) {
      try {
        writeFileSync(userPath(cmd.out), output);
      } catch (e) {
        throw new InputError(`cannot write ${cmd.out}: ${(e as Error).message}`);
      }
    } else process.stdout.write(output);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`alinha: ${e.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      process.stderr.write(`alinha: ${e.message}\n`);
      return EXIT_INPUT;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
