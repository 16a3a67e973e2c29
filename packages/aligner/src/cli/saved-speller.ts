/**
 * A dictionary as the build saves it (dist/spellers/<lang>.*) and the command line reads it back:
 * - .json: the compiled form's key and FORBIDDENWORD flag, and where it came from;
 * - .rules: the affix rules, one line per affix (kind, what it adds, its rules), read lazily;
 * - .stems: the stem table (check/text/stem-index.ts) as raw bytes;
 * - .dic: the .dic's text as Latin-1, when every character fits (Portuguese and English do).
 * A cold start read the rules as 650 kB of JSON: reading, parsing and listing its 5,400 keys took
 * 40-100 ms on a busy machine; the lines are split only when an affix is first tried. Decoding the
 * package's 4.4 MB of UTF-8 .dic took ~30 ms; Latin-1 bytes become a one-byte string in a few.
 */
import { compileSpeller, dictionaryKey, type CompiledSpeller } from "../check/text/speller.ts";

type Rules = CompiledSpeller["rules"];
type RuleTuple = Rules["SFX"][string][number];

export interface SavedMeta {
  key: string;
  forbidden: string | undefined;
  littleEndian: boolean;
  /** `dictionaryKey` of the dictionary package's own files: the saved form is theirs. */
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

/** A compiled form as JSON (rules included) and its stem table as raw bytes. */
export function compiledFiles(compiled: CompiledSpeller, extra: object = {}): { json: string; stems: Uint8Array } {
  const { stems, ...meta } = compiled;
  return { json: JSON.stringify({ ...meta, littleEndian: LITTLE_ENDIAN, ...extra }), stems: new Uint8Array(stems.buffer, stems.byteOffset, stems.byteLength) };
}

function rulesText(rules: Rules): string {
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
  const meta: SavedMeta = { ...compiled, littleEndian: LITTLE_ENDIAN, sourceKey: dictionaryKey(dictionary.aff, dictionary.dic), latin1Dic: latin1, rulesEncoding };
  const files = { json: JSON.stringify(meta), rules: Buffer.from(lines, rulesEncoding), stems: new Uint8Array(stems.buffer, stems.byteOffset, stems.byteLength) };
  return latin1 ? { ...files, dic: Buffer.from(text, "latin1") } : files;
}

/**
 * The saved files as createSpeller takes them, or undefined if they were made on a machine of
 * the other byte order or from other dictionary files than those whose key is `sourceKey`.
 */
export function fromSaved(files: SavedFiles, sourceKey: string): { speller: CompiledSpeller; dic?: string } | undefined {
  const meta = savedMeta(files.json);
  const bytes = files.stems;
  if (meta.littleEndian !== LITTLE_ENDIAN || bytes.byteLength % 4 !== 0 || meta.sourceKey !== sourceKey) return undefined;
  // An Int32Array needs a 4-byte aligned start; a file's Buffer usually has one, else copy.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const stems = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const rules = lazyRules(Buffer.from(files.rules.buffer, files.rules.byteOffset, files.rules.byteLength).toString(meta.rulesEncoding));
  const speller: CompiledSpeller = { key: meta.key, forbidden: meta.forbidden, rules, stems };
  if (!meta.latin1Dic) return { speller };
  if (files.dic === undefined) return undefined;
  return { speller, dic: Buffer.from(files.dic.buffer, files.dic.byteOffset, files.dic.byteLength).toString("latin1") };
}

/**
 * The rule tables over the saved lines: where each affix's line is, found in one pass; its rules
 * split when createSpeller first asks for them. An object with a property per affix (what
 * createSpeller reads: Object.keys, Object.hasOwn, indexing), each an accessor, so listing the
 * keys parses nothing.
 */
function lazyRules(text: string): Rules {
  const at = { SFX: new Map<string, [number, number]>(), PFX: new Map<string, [number, number]>() };
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const tab = text.indexOf("\t", start);
    const tab2 = text.indexOf("\t", tab + 1);
    at[text.slice(start, tab) as "SFX" | "PFX"].set(text.slice(tab + 1, tab2), [tab2 + 1, end]);
    start = end + 1;
  }
  const table = (where: Map<string, [number, number]>): Rules["SFX"] => {
    const parsed = new Map<string, RuleTuple[]>();
    const rulesOf = (add: string): RuleTuple[] => {
      let rules = parsed.get(add);
      if (rules === undefined) {
        const [start, end] = where.get(add)!;
        rules = text.slice(start, end).split(RULE).map((rule): RuleTuple => {
          const [flag = "", strip = "", cond = "", cross] = rule.split(FIELD);
          return [flag, strip, cond, cross === "1"];
        });
        parsed.set(add, rules);
      }
      return rules;
    };
    const keys = [...where.keys()];
    const own = (k: string | symbol): k is string => typeof k === "string" && where.has(k);
    return new Proxy({} as Rules["SFX"], {
      ownKeys: () => keys,
      has: (_, k) => own(k),
      get: (_, k) => (own(k) ? rulesOf(k) : undefined),
      getOwnPropertyDescriptor: (_, k) => (own(k) ? { get: () => rulesOf(k), enumerable: true, configurable: true } : undefined),
    });
  };
  return { SFX: table(at.SFX), PFX: table(at.PFX) };
}
