import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeChecks } from "@alinha/aligner";

/**
 * Raise by hand to make every document be checked again at the next setup, for a change the
 * digest below cannot see (a check that reads a file outside the aligner's sources, say).
 */
const CHECKS_REVISION = 3; // 3: the checks run with the Hunspell dictionaries

/** Every source and data file of the aligner, tests left out, in a stable order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(full);
      return /\.(ts|json)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
    });
}

/**
 * The aligner's code, hashed. Ids and descriptions alone change rarely; the checks' logic and
 * word lists change often ("cheaper name search", a new near miss), and each such change can add
 * or remove flags. The aligner runs from source (the monorepo exports `src`), so its files are
 * what runs. Any change counts, which costs at worst a re-check that finds the same flags.
 */
function alignerDigest(): string {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve("@alinha/aligner"));
  } catch {
    return "unresolved";
  }
  const root = path.dirname(entry);
  const hash = createHash("sha256");
  for (const file of sourceFiles(root)) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("base64url");
}

let memo: string | undefined;

/** What the stored flags of a document were computed with; a different value means they may be stale. */
export function checksFingerprint(): string {
  memo ??= createHash("sha256")
    .update(JSON.stringify({ revision: CHECKS_REVISION, checks: describeChecks(), code: alignerDigest() }))
    .digest("base64url")
    .slice(0, 32);
  return memo;
}
