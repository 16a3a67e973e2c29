import { existsSync, readFileSync } from "node:fs";
import { corpusFilePath } from "./index.ts";

/** Words as a reader counts them: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The page-furniture lines of a document (language pickers, "related articles"), one per line. */
export function loadJunkLines(id: string): string[] {
  const path = corpusFilePath(`junk/${id}.txt`);
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
}

export function withoutJunk(text: string, junk: string[]): string {
  const skip = new Set(junk);
  return text.split(/\r?\n/).filter((l) => !skip.has(l.trim())).join("\n");
}
