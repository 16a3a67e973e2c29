/** The Ubuntu Packaging Guide (Sphinx HTML), pt-BR and English in two packages of one version. */
import { join } from "node:path";
import type { Element } from "domhandler";
import { classes } from "../html-blocks.ts";
import { htmlPages } from "./html-pages.ts";
import type { DevSource } from "./source.ts";

const VERSION = "1.0.4";
const PT = "ubuntu-packaging-guide-html-pt-br";
const EN = "ubuntu-packaging-guide-html";

export const ubuntuPackagingGuidePtBr: DevSource = {
  source: PT,
  variant: "pt-BR",
  pt: { name: PT, version: VERSION },
  en: { name: EN, version: VERSION },
  documents: (pt, en) => htmlPages({
    ptDir: join(pt.root, "usr/share/doc", PT),
    ...(en ? { enDir: join(en.root, "usr/share/doc", EN) } : {}),
    // singlehtml repeats every page; search.html is a form.
    include: (rel) => !rel.includes("/") && rel !== "search.html" && rel !== "genindex.html",
    // The main column; the "¶" permalinks are not text.
    root: (el: Element) => classes(el).includes("grid_9"),
    skip: (el: Element) => classes(el).includes("headerlink"),
  }),
};
