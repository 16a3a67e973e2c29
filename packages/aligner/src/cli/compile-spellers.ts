/**
 * Build step (scripts/build-cli.mjs runs it bundled): compiles the Portuguese and English
 * Hunspell dictionaries once, so the command line reads their rules and stem tables instead of
 * working them out on every start. Writes <outdir>/spellers/{pt,en}.{json,stems}.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileSpeller } from "../check/text/speller.ts";
import { compiledFiles } from "./spellers.ts";

const outdir = join(process.argv[2] ?? "dist", "spellers");
mkdirSync(outdir, { recursive: true });
for (const [lang, dictionary] of [["pt", (await import("dictionary-pt")).default], ["en", (await import("dictionary-en")).default]] as const) {
  const { json, stems } = compiledFiles(compileSpeller(dictionary));
  writeFileSync(join(outdir, `${lang}.json`), json);
  writeFileSync(join(outdir, `${lang}.stems`), stems);
}
