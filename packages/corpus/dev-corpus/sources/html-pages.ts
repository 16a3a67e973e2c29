/** A source of HTML pages: a Portuguese folder and an English folder whose pages match by file name. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { extractHtmlBlocks, type HtmlBlockOptions } from "../html-blocks.ts";
import type { RawDocument } from "./source.ts";

export interface HtmlPagesOptions extends HtmlBlockOptions {
  ptDir: string;
  enDir?: string;
  /** Which Portuguese files are pages of the text (by path relative to ptDir). */
  include: (relPath: string) => boolean;
  /** The English file for a Portuguese one (same relative path by default). */
  enFile?: (relPath: string) => string;
  /** Document name for a Portuguese file (relative path without `.html` by default). */
  name?: (relPath: string) => string;
}

function* walkFiles(dir: string): Iterable<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else if (entry.isFile()) yield path;
  }
}

export function* htmlPages(o: HtmlPagesOptions): Iterable<RawDocument> {
  for (const path of walkFiles(o.ptDir)) {
    const rel = relative(o.ptDir, path);
    if (!rel.endsWith(".html") || !o.include(rel)) continue;
    const enPath = o.enDir ? join(o.enDir, o.enFile ? o.enFile(rel) : rel) : undefined;
    yield {
      name: o.name ? o.name(rel) : rel.replace(/\.html$/u, ""),
      pt: extractHtmlBlocks(readFileSync(path, "utf8"), o),
      ...(enPath && existsSync(enPath) ? { en: extractHtmlBlocks(readFileSync(enPath, "utf8"), o) } : {}),
    };
  }
}
