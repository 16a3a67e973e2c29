/** GIMP help 2.10 (DocBook → XHTML): one page per file, same file names and element trees in every language. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "domhandler";
import { classes, DOCBOOK_FURNITURE, extractHtmlBlocks } from "../html-blocks.ts";
import type { DevSource, RawDocument } from "./source.ts";
import type { UnpackedPackage } from "../debian.ts";

const VERSION = "2.10.34-2";
/** Navigation bars, tables of contents, index entries: furniture repeated on every page. */
// GIMP's help also ends a page with its own index.
const FURNITURE = new Set([...DOCBOOK_FURNITURE, "index"]);
const skip = (el: Element) => classes(el).some((c) => FURNITURE.has(c));
/** The licence's own text, the index and the search pages are not documentation prose. */
const SKIP_FILE = /^(gfdl-|gimp-help-index|ix\d|index\.html$|search)/u;

const helpDir = (pkg: UnpackedPackage, lang: string) => join(pkg.root, "usr/share/gimp/2.0/help", lang);

function* pages(pt: UnpackedPackage, ptLang: string, en: UnpackedPackage | undefined): Iterable<RawDocument> {
  const ptDir = helpDir(pt, ptLang);
  const enDir = en ? helpDir(en, "en") : undefined;
  for (const file of readdirSync(ptDir).filter((f) => f.endsWith(".html") && !SKIP_FILE.test(f)).sort()) {
    const enFile = enDir ? join(enDir, file) : undefined;
    yield {
      name: file.replace(/\.html$/u, ""),
      pt: extractHtmlBlocks(readFileSync(join(ptDir, file), "utf8"), { skip }),
      ...(enFile && existsSync(enFile) ? { en: extractHtmlBlocks(readFileSync(enFile, "utf8"), { skip }) } : {}),
    };
  }
}

const common = { name: "gimp-help-common", version: VERSION };
const en = { name: "gimp-help-en", version: VERSION };

export const gimpHelpPtBr: DevSource = {
  source: "gimp-help-pt-br",
  variant: "pt-BR",
  pt: { name: "gimp-help-pt-br", version: VERSION },
  en,
  licence: { package: common },
  documents: (pt, enPkg) => pages(pt, "pt_BR", enPkg),
};

export const gimpHelpPt: DevSource = {
  source: "gimp-help-pt",
  variant: "pt-PT",
  pt: { name: "gimp-help-pt", version: VERSION },
  en,
  licence: { package: common },
  documents: (pt, enPkg) => pages(pt, "pt", enPkg),
};
