import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { compileSpeller, createSpeller, dictionaryKey, type CompiledSpeller } from "../check/text/speller.ts";
import type { Speller } from "../types.ts";

export type SpellerLanguage = "pt" | "en";

/**
 * The Hunspell dictionaries as spellers, with their compiled form when the build left one
 * (`compile-spellers.ts` writes dist/spellers/<lang>.json, .stems and .dic). createSpeller
 * ignores a compiled form made from another version of the dictionary, and without one it
 * compiles at run time: slower to start (~0.4 s for Portuguese), same answers.
 */
export function loadSpeller(lang: SpellerLanguage): Speller {
  return load(lang).speller;
}

/** The speller, and whether it came from the saved form (the key createSpeller checks matches). */
function load(lang: SpellerLanguage): { speller: Speller; saved: boolean } {
  const dictionary = readDictionary(lang);
  const compiled = readCompiled(lang, dictionary);
  const text = { aff: dictionary.aff, dic: compiled?.dic ?? dictionary.dic };
  return { speller: createSpeller(text, compiled?.speller), saved: compiled !== undefined && compiled.speller.key === dictionaryKey(text.aff, text.dic) };
}

/**
 * A speller that loads its dictionary when first asked about a word: a run whose checks never
 * ask (a document with no word a check looks up in that language) does not pay for the load.
 * Same answers as `loadSpeller`'s; the checks see the one `Speller` interface either way.
 */
export function lazySpeller(lang: SpellerLanguage, onLoad?: (lang: SpellerLanguage, saved: boolean) => void): Speller {
  let speller: Speller | undefined;
  return {
    correct(word) {
      if (speller === undefined) {
        const loaded = load(lang);
        speller = loaded.speller;
        onLoad?.(lang, loaded.saved);
      }
      return speller.correct(word);
    },
  };
}

/**
 * The dictionary package's two files, read as its own module does (`dictionary-pt` reads
 * index.aff and index.dic beside its index.js) but synchronously, without loading that module
 * (an ES module with top-level await), so that a speller can load on first use inside a check.
 */
export function readDictionary(lang: SpellerLanguage): { aff: Uint8Array; dic: Uint8Array } {
  const dir = new URL(".", pathToFileURL(createRequire(import.meta.url).resolve(`dictionary-${lang}`)));
  return { aff: readFileSync(new URL("index.aff", dir)), dic: readFileSync(new URL("index.dic", dir)) };
}

/** Where the build put them: beside the bundle, which may be this file or a chunk one folder down. */
const PLACES = ["./spellers/", "../spellers/"];

/** What the build saves beside the stem table: the compiled form, less the stems. */
interface CompiledMeta extends Omit<CompiledSpeller, "stems"> {
  littleEndian: boolean;
  /** `dictionaryKey` of the dictionary package's own files: the saved form is theirs. */
  sourceKey: string;
  /** Whether <lang>.dic holds the .dic's text as Latin-1 (one byte a character). */
  latin1Dic: boolean;
}

/**
 * The saved form of a dictionary, if it was made from these very files. The .dic's text comes
 * with it, saved as Latin-1 when every character fits (Portuguese does: accents, no more):
 * decoding the package's 4.4 MB of UTF-8 was ~30 ms of a cold start, copying Latin-1 bytes into
 * a one-byte string a few. The compiled form's key is over that text, so createSpeller uses the
 * stem table only with it.
 */
function readCompiled(lang: SpellerLanguage, dictionary: { aff: Uint8Array; dic: Uint8Array }): { speller: CompiledSpeller; dic?: string } | undefined {
  for (const place of PLACES) {
    const dir = new URL(place, import.meta.url);
    let json: string;
    let bytes: Buffer;
    try {
      json = readFileSync(new URL(`${lang}.json`, dir), "utf8");
      bytes = readFileSync(new URL(`${lang}.stems`, dir));
    } catch {
      continue;
    }
    const meta = JSON.parse(json) as CompiledMeta;
    if (meta.littleEndian !== LITTLE_ENDIAN || bytes.byteLength % 4 !== 0) return undefined;
    if (meta.sourceKey !== dictionaryKey(dictionary.aff, dictionary.dic)) return undefined;
    let dic: string | undefined;
    if (meta.latin1Dic) {
      try {
        dic = readFileSync(new URL(`${lang}.dic`, dir)).toString("latin1");
      } catch {
        return undefined;
      }
    }
    // An Int32Array needs a 4-byte aligned start; a file's Buffer usually has one, else copy.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
    const speller = { key: meta.key, forbidden: meta.forbidden, rules: meta.rules, stems: new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4) };
    return dic === undefined ? { speller } : { speller, dic };
  }
  return undefined;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A compiled form as saved: its rules and key as JSON, its stem table as raw bytes. */
export function compiledFiles(compiled: CompiledSpeller, extra: object = {}): { json: string; stems: Uint8Array } {
  const { stems, ...meta } = compiled;
  return { json: JSON.stringify({ ...meta, littleEndian: LITTLE_ENDIAN, ...extra }), stems: new Uint8Array(stems.buffer, stems.byteOffset, stems.byteLength) };
}

/**
 * A dictionary's saved form (the build's step; see scripts/build-cli.mjs): the compiled rules
 * and stem table, and the .dic's text as Latin-1 when every character fits.
 */
export function savedForm(dictionary: { aff: Uint8Array; dic: Uint8Array }): { json: string; stems: Uint8Array; dic?: Uint8Array } {
  const text = new TextDecoder().decode(dictionary.dic);
  const latin1 = !/[^\u0000-\u00ff]/u.test(text);
  const compiled = compileSpeller({ aff: dictionary.aff, dic: latin1 ? text : dictionary.dic });
  const extra: Pick<CompiledMeta, "sourceKey" | "latin1Dic"> = { sourceKey: dictionaryKey(dictionary.aff, dictionary.dic), latin1Dic: latin1 };
  const files = compiledFiles(compiled, extra);
  return latin1 ? { ...files, dic: Buffer.from(text, "latin1") } : files;
}
