import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { createSpeller, dictionaryKey, type CompiledSpeller } from "../check/text/speller.ts";
import { fromSaved, savedMeta, type SavedFiles } from "./saved-speller.ts";
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

/**
 * The saved form of a dictionary (saved-speller.ts), if it was made from these very files. The
 * compiled form's key is over the text saved with it, so createSpeller uses the stem table only
 * with that text.
 */
function readCompiled(lang: SpellerLanguage, dictionary: { aff: Uint8Array; dic: Uint8Array }): { speller: CompiledSpeller; dic?: string } | undefined {
  for (const place of PLACES) {
    const dir = new URL(place, import.meta.url);
    const read = (ext: string) => readFileSync(new URL(`${lang}.${ext}`, dir));
    let files: SavedFiles;
    try {
      const json = read("json").toString("utf8");
      files = { json, rules: read("rules"), stems: read("stems"), ...(savedMeta(json).latin1Dic ? { dic: read("dic") } : {}) };
    } catch {
      continue;
    }
    return fromSaved(files, dictionaryKey(dictionary.aff, dictionary.dic));
  }
  return undefined;
}

export { compiledFiles, savedForm } from "./saved-speller.ts";
