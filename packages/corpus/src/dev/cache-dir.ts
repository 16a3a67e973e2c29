import { homedir } from "node:os";
import { join } from "node:path";

/** Where the development corpus lives: outside the repository, so no third-party text is committed. */
export function devCorpusDir(): string {
  const base = process.env["XDG_CACHE_HOME"] || join(homedir(), ".cache");
  return join(base, "alinha", "dev-corpus");
}
