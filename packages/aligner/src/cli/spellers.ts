import { readFileSync } from "node:fs";
import { createSpeller, type CompiledSpeller } from "../check/text/speller.ts";
import type { Speller } from "../types.ts";

export type SpellerLanguage = "pt" | "en";

/**
 * The Hunspell dictionaries as spellers, with their compiled form when the build left one
 * (`compile-spellers.ts` writes dist/spellers/<lang>.json and .stems). createSpeller ignores a
 * compiled form made from another version of the dictionary, and without one it compiles at run
 * time: slower to start (~0.4 s for Portuguese), same answers.
 */
export async function loadSpeller(lang: SpellerLanguage): Promise<Speller> {
  const dictionary = (lang === "pt" ? await import("dictionary-pt") : await import("dictionary-en")).default;
  return createSpeller(dictionary, readCompiled(lang));
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
