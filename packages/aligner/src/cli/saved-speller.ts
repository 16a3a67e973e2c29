/**
 * A dictionary as the build saves it (dist/spellers/<lang>.*) and the command line reads it back:
 * - .json: the compiled form's key and FORBIDDENWORD flag, and which files it came from;
 * - .rules: the affix rules, one line per affix (kind, what it adds, its rules), read lazily;
 * - .stems: the stem table (check/text/stem-index.ts) as raw bytes;
 * - .dic: the .dic's text as Latin-1, when every character fits (Portuguese and English do).
 * A cold start read the rules as 650 kB of JSON: reading, parsing and listing its 5,400 keys took
 * 40-100 ms on a busy machine; the lines are split only when an affix is first tried. Decoding the
 * package's 4.4 MB of UTF-8 .dic took ~30 ms; Latin-1 bytes become a one-byte string in a few.
 * Checking that the saved form is the installed dictionary's read both of its files whole and
 * hashed a sample of them (~20 ms); their fingerprint reads 8 kB.
 */
import { compileSpeller, type CompiledSpeller, type RuleSource, type RuleTable, type RuleTuple } from "../check/text/speller.ts";

export interface SavedMeta {
  key: string;
  forbidden: string | undefined;
  littleEndian: boolean;
  /** `sourceFingerprint` of the dictionary package's own files: the saved form is theirs. */
  sourceKey: string;
  latin1Dic: boolean;
  /** How .rules is encoded: Latin-1 when every character fits, else UTF-8. */
  rulesEncoding: "latin1" | "utf8";
}

export interface SavedFiles {
  json: string;
  rules: Uint8Array;
  stems: Uint8Array;
  dic?: Uint8Array;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Separators no Hunspell rule field holds (fields are split at whitespace and are printable). */
const RULE = "\x1e";
const FIELD = "\x1f";

export const savedMeta = (json: string) => JSON.parse(json) as SavedMeta;

/** A file as the fingerprint reads it: its size, and its bytes at a place. */
export interface FileSlices {
  size: number;
  read(position: number, length: number): Uint8Array;
}

/** Bytes read at each of the fingerprint's places in a file, and how many places. */
const SLICE_BYTES = 1024;
const SLICES = 4;

/**
 * Which dictionary files (index.aff, index.dic) a saved form was made from, cheaply enough for
 * every cold run: their sizes and a hash of four 1 kB slices of each, spread from start to end.
 * Another version of a dictionary changes a size or a slice; the build makes the saved form again
 * at every install anyway.
 */
export function sourceFingerprint(files: readonly FileSlices[]): string {
  let h = 0x811c9dc5;
  for (const file of files) {
    for (let k = 0; k < SLICES; k++) {
      const position = Math.floor((Math.max(0, file.size - SLICE_BYTES) * k) / (SLICES - 1));
      const bytes = file.read(position, Math.min(SLICE_BYTES, file.size));
      for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    }
  }
  return `${files.map((f) => f.size).join(":")}:${(h >>> 0).toString(16)}`;
}

/** Bytes in memory as the fingerprint reads them (the build has the files whole). */
export const bytesSlices = (bytes: Uint8Array): FileSlices => ({ size: bytes.length, read: (at, n) => bytes.subarray(at, at + n) });

/** A compiled form as JSON (rules included) and its stem table as raw bytes. */
export function compiledFiles(compiled: CompiledSpeller, extra: object = {}): { json: string; stems: Uint8Array } {
  const { stems, ...meta } = compiled;
  return { json: JSON.stringify({ ...meta, littleEndian: LITTLE_ENDIAN, ...extra }), stems: new Uint8Array(stems.buffer, stems.byteOffset, stems.byteLength) };
}

function rulesText(rules: { SFX: RuleTable; PFX: RuleTable }): string {
  const lines: string[] = [];
  for (const kind of ["SFX", "PFX"] as const) {
    for (const [add, tuples] of Object.entries(rules[kind])) {
      const fields = [add, ...tuples.flatMap(([flag, strip, cond]) => [flag, strip, cond])];
      if (fields.some((f) => /[\t\n\x1e\x1f]/.test(f))) throw new Error(`saved speller: a ${kind} rule field cannot be saved as a line: ${JSON.stringify(fields)}`);
      lines.push(`${kind}\t${add}\t${tuples.map(([flag, strip, cond, cross]) => [flag, strip, cond, cross ? "1" : "0"].join(FIELD)).join(RULE)}`);
    }
  }
  return lines.join("\n");
}

/** The build's step: the saved files of a dictionary given as its package's two files. */
export function savedForm(dictionary: { aff: Uint8Array; dic: Uint8Array }): { json: string; rules: Uint8Array; stems: Uint8Array; dic?: Uint8Array } {
  const text = new TextDecoder().decode(dictionary.dic);
  const latin1 = !/[^\u0000-\u00ff]/u.test(text);
  const { stems, rules, ...compiled } = compileSpeller({ aff: dictionary.aff, dic: latin1 ? text : dictionary.dic });
  const lines = rulesText(rules);
  const rulesEncoding = /[^\u0000-\u00ff]/u.test(lines) ? "utf8" : "latin1";
  const meta: SavedMeta = { ...compiled, littleEndian: LITTLE_ENDIAN, sourceKey: sourceFingerprint([bytesSlices(dictionary.aff), bytesSlices(dictionary.dic)]), latin1Dic: latin1, rulesEncoding };
  const files = { json: JSON.stringify(meta), rules: Buffer.from(lines, rulesEncoding), stems: new Uint8Array(stems.buffer, stems.byteOffset, stems.byteLength) };
  return latin1 ? { ...files, dic: Buffer.from(text, "latin1") } : files;
}

/**
 * The saved files as the speller takes them (with the text they were made from, when saved), or
 * undefined if they were made on a machine of the other byte order or from other dictionary files
 * than those whose `sourceFingerprint` is `sourceKey`.
 */
export function fromSaved(files: SavedFiles, sourceKey: string): { speller: CompiledSpeller; dic?: string } | undefined {
  const meta = savedMeta(files.json);
  const bytes = files.stems;
  if (meta.littleEndian !== LITTLE_ENDIAN || bytes.byteLength % 4 !== 0 || meta.sourceKey !== sourceKey) return undefined;
  // An Int32Array needs a 4-byte aligned start; a file's Buffer usually has one, else copy.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const stems = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const rules = savedRules(Buffer.from(files.rules.buffer, files.rules.byteOffset, files.rules.byteLength).toString(meta.rulesEncoding));
  const speller: CompiledSpeller = { key: meta.key, forbidden: meta.forbidden, rules, stems };
  if (!meta.latin1Dic) return { speller };
  if (files.dic === undefined) return undefined;
  return { speller, dic: Buffer.from(files.dic.buffer, files.dic.byteOffset, files.dic.byteLength).toString("latin1") };
}

/**
 * The rules of each kind over the saved lines: where each affix's line is, found in one pass;
 * its rules split when the speller first tries that affix.
 */
function savedRules(text: string): { SFX: RuleSource; PFX: RuleSource } {
  const at = { SFX: new Map<string, [number, number]>(), PFX: new Map<string, [number, number]>() };
  const longest = { SFX: 0, PFX: 0 };
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const tab = text.indexOf("\t", start);
    const tab2 = text.indexOf("\t", tab + 1);
    const kind = text.slice(start, tab) as "SFX" | "PFX";
    at[kind].set(text.slice(tab + 1, tab2), [tab2 + 1, end]);
    longest[kind] = Math.max(longest[kind], tab2 - tab - 1);
    start = end + 1;
  }
  const source = (kind: "SFX" | "PFX"): RuleSource => {
    const parsed = new Map<string, RuleTuple[]>();
    return {
      longest: longest[kind],
      rulesFor(add) {
        let rules = parsed.get(add);
        if (rules !== undefined) return rules;
        const where = at[kind].get(add);
        if (where === undefined) return undefined;
        rules = text.slice(where[0], where[1]).split(RULE).map((rule): RuleTuple => {
          const [flag = "", strip = "", cond = "", cross] = rule.split(FIELD);
          return [flag, strip, cond, cross === "1"];
        });
        parsed.set(add, rules);
        return rules;
      },
      affixes: () => at[kind].keys(),
    };
  };
  return { SFX: source("SFX"), PFX: source("PFX") };
}
