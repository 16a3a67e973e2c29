/**
 * Build step (scripts/build-cli.mjs runs it bundled): compiles the Portuguese and English
 * Hunspell dictionaries once, so the command line reads their rules and stem tables instead of
 * working them out on every start. Writes <outdir>/spellers/{pt,en}.{json,rules,stems} and, when the
 * dictionary's text fits in Latin-1, {pt,en}.dic (see saved-speller.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { savedForm, readDictionary } from "./spellers.ts";

const outdir = join(process.argv[2] ?? "dist", "spellers");
mkdirSync(outdir, { recursive: true });
for (const lang of ["pt", "en"] as const) {
  const { json, rules, stems, dic } = savedForm(readDictionary(lang));
  writeFileSync(join(outdir, `${lang}.json`), json);
  writeFileSync(join(outdir, `${lang}.rules`), rules);
  writeFileSync(join(outdir, `${lang}.stems`), stems);
  if (dic !== undefined) writeFileSync(join(outdir, `${lang}.dic`), dic);
}
