import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { createSpeller, dictionaryKey, spellerFromCompiled, type CompiledSpeller } from "../check/text/speller.ts";
import { fromSaved, savedMeta, sourceFingerprint, type FileSlices, type SavedFiles } from "./saved-speller.ts";
import type { Speller } from "../types.ts";

export type SpellerLanguage = "pt" | "en";

/**
 * The Hunspell dictionaries as spellers, from their compiled form when the build left one
 * (`compile-spellers.ts` writes dist/spellers/<lang>.json, .rules, .stems and .dic) made from
 * the installed dictionary's files; else compiled at run time: slower to start (~0.4 s for
 * Portuguese), same answers.
 */
export function loadSpeller(lang: SpellerLanguage): Speller {
  return load(lang).speller;
}

/** The speller, and whether it came from the saved form. */
function load(lang: SpellerLanguage): { speller: Speller; saved: boolean } {
  const compiled = readCompiled(lang);
  // The saved text beside it: neither of the package's files is read.
  const saved = compiled?.dic === undefined ? undefined : spellerFromCompiled(compiled.dic, compiled.speller);
  if (saved !== undefined) return { speller: saved, saved: true };
  const dictionary = readDictionary(lang);
  const speller = createSpeller(dictionary, compiled?.speller);
  return { speller, saved: compiled !== undefined && compiled.speller.key === dictionaryKey(dictionary.aff, dictionary.dic) };
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

/** The folder of a dictionary package, where its index.aff and index.dic are. */
const dictionaryDir = (lang: SpellerLanguage): URL => new URL(".", pathToFileURL(createRequire(import.meta.url).resolve(`dictionary-${lang}`)));

/**
 * The dictionary package's two files, read as its own module does (`dictionary-pt` reads
 * index.aff and index.dic beside its index.js) but synchronously, without loading that module
 * (an ES module with top-level await), so that a speller can load on first use inside a check.
 */
export function readDictionary(lang: SpellerLanguage): { aff: Uint8Array; dic: Uint8Array } {
  const dir = dictionaryDir(lang);
  return { aff: readFileSync(new URL("index.aff", dir)), dic: readFileSync(new URL("index.dic", dir)) };
}

/** The package's files as `sourceFingerprint` reads them: a few slices, not the 5 MB. */
function installedFingerprint(lang: SpellerLanguage): string {
  const dir = dictionaryDir(lang);
  const fds = ["index.aff", "index.dic"].map((name) => openSync(new URL(name, dir), "r"));
  try {
    return sourceFingerprint(fds.map((fd): FileSlices => ({
      size: fstatSync(fd).size,
      read(position, length) {
        const bytes = new Uint8Array(length);
        return bytes.subarray(0, readSync(fd, bytes, 0, length, position));
      },
    })));
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** Where the build put them: beside the bundle, which may be this file or a chunk one folder down. */
const PLACES = ["./spellers/", "../spellers/"];

/** The saved form of a dictionary (saved-speller.ts), if it was made from the installed package's files. */
function readCompiled(lang: SpellerLanguage): { speller: CompiledSpeller; dic?: string } | undefined {
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
    return fromSaved(files, installedFingerprint(lang));
  }
  return undefined;
}

export { compiledFiles, savedForm } from "./saved-speller.ts";
