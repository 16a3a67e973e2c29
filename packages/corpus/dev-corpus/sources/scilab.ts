/**
 * Scilab's help (DocBook → HTML inside a JavaHelp jar): pt-BR and English jars of one version,
 * unpacked with `unzip` next to the unpacked package. Untranslated pages are the English, and
 * the builder's fallback rule sets them aside.
 */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "domhandler";
import { classes } from "../html-blocks.ts";
import type { UnpackedPackage } from "../debian.ts";
import { htmlPages } from "./html-pages.ts";
import type { DevSource } from "./source.ts";

const VERSION = "6.1.1+dfsg2-6";

/** The jar's HTML folder, unzipped once into the unpacked package. */
function helpDir(pkg: UnpackedPackage, lang: string): string {
  const out = join(pkg.root, "help-jar");
  const done = join(out, ".unzipped");
  if (!existsSync(done)) {
    const jar = join(pkg.root, "usr/share/scilab/modules/helptools/jar", `scilab_${lang}_help.jar`);
    try {
      execFileSync("unzip", ["-q", "-o", jar, "-d", out], { stdio: ["ignore", "ignore", "pipe"] });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error("dev-corpus: Scilab's help needs unzip (apt-get install unzip)");
      throw error;
    }
    writeFileSync(done, "");
  }
  return join(out, `scilab_${lang}_help`);
}

export const scilabPtBr: DevSource = {
  source: "scilab-doc-pt-br",
  variant: "pt-BR",
  pt: { name: "scilab-doc-pt-br", version: VERSION },
  en: { name: "scilab-doc", version: VERSION },
  documents: (pt, en) => htmlPages({
    ptDir: helpDir(pt, "pt_BR"),
    ...(en ? { enDir: helpDir(en, "en_US") } : {}),
    // section_*.html are generated tables of contents.
    include: (rel) => !rel.includes("/") && !rel.startsWith("section_") && rel !== "index.html",
    skip: (el: Element) => classes(el).includes("manualnavbar"),
  }),
};
