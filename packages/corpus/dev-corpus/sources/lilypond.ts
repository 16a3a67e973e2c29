/**
 * LilyPond's web manual (Texinfo → HTML). The Debian package says "Portuguese"; the text is
 * Brazilian ("Nosso objetivo", "softwares", "você"), so it counts as pt-BR.
 */
import { join } from "node:path";
import type { Element } from "domhandler";
import { classes } from "../html-blocks.ts";
import { htmlPages } from "./html-pages.ts";
import type { DevSource } from "./source.ts";

const VERSION = "2.24.1-2";
const DOC = "usr/share/doc/lilypond/html/Documentation";

export const lilypondPt: DevSource = {
  source: "lilypond-doc-html-pt",
  variant: "pt-BR",
  pt: { name: "lilypond-doc-html-pt", version: VERSION },
  en: { name: "lilypond-doc-html", version: VERSION },
  licence: { package: { name: "lilypond-doc-html-pt", version: VERSION }, files: "Documentation/*" },
  documents: (pt, en) => htmlPages({
    ptDir: join(pt.root, DOC),
    ...(en ? { enDir: join(en.root, DOC) } : {}),
    // The big page repeats every page; the licence's text and the table of contents are not prose.
    include: (rel) => rel.startsWith("web/") && rel.endsWith(".pt.html") && !/\/(fdl|index_toc|all)\.pt\.html$/u.test(rel),
    enFile: (rel) => rel.replace(/\.pt\.html$/u, ".html"),
    name: (rel) => rel.replace(/\.pt\.html$/u, "").replace("/", "-"),
    root: (el: Element) => el.attribs["id"] === "main",
    // The hidden menu and the "other languages" footer.
    skip: (el: Element) => classes(el).includes("hide") || el.attribs["id"] === "footer" || el.attribs["id"] === "languages",
  }),
};
