import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { createSpeller, type CompiledSpeller } from "../check/text/speller.ts";
import type { Speller } from "../types.ts";

export type SpellerLanguage = "pt" | "en";

/**
 * The Hunspell dictionaries as spellers, with their compiled form when the build left one
 * (`compile-spellers.ts` writes dist/spellers/<lang>.json and .stems). createSpeller ignores a
 * compiled form made from another version of the dictionary, and without one it compiles at run
 * time: slower to start (~0.4 s for Portuguese), same answers.
 */
export function loadSpeller(lang: SpellerLanguage): Speller {
  return createSpeller(readDictionary(lang), readCompiled(lang));
}

/**
 * A speller that loads its dictionary when first asked about a word: a run whose checks never
 * ask (a document with no word a check looks up in that language) does not pay for the load.
 * Same answers as `loadSpeller`'s; the checks see the one `Speller` interface either way.
 */
export function lazySpeller(lang: SpellerLanguage, onLoad?: (lang: SpellerLanguage) => void): Speller {
  let speller: Speller | undefined;
  return {
    correct(word) {
      if (speller === undefined) {
        speller = loadSpeller(lang);
        onLoad?.(lang);
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
function readDictionary(lang: SpellerLanguage): { aff: Uint8Array; dic: Uint8Array } {
  const dir = new URL(".", pathToFileURL(createRequire(import.meta.url).resolve(`dictionary-${lang}`)));
  return { aff: readFileSync(new URL("index.aff", dir)), dic: readFileSync(new URL("index.dic", dir)) };
}

/** Where the build put them: beside the bundle, which may be this file or a chunk one folder down. */
const PLACES = ["./spellers/", "../spellers/"];

function readCompiled(lang: SpellerLanguage): CompiledSpeller | undefined {
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
    const meta = JSON.parse(json) as Omit<CompiledSpeller, "stems"> & { littleEndian: boolean };
    if (meta.littleEndian !== LITTLE_ENDIAN || bytes.byteLength % 4 !== 0) return undefined;
    // An Int32Array needs a 4-byte aligned start; a file's Buffer usually has one, else copy.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
    return { key: meta.key, forbidden: meta.forbidden, rules: meta.rules, stems: new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4) };
  }
  return undefined;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Writes a dictionary's compiled form into `dir` (the build's step; see scripts/build-cli.mjs). */
export function compiledFiles(compiled: CompiledSpeller): { json: string; stems: Uint8Array } {
  const { stems, ...meta } = compiled;
  return { json: JSON.stringify({ ...meta, littleEndian: LITTLE_ENDIAN }), stems: new Uint8Array(stems.buffer, stems.byteOffset, stems.byteLength) };
}
