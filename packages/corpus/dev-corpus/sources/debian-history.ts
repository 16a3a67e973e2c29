/**
 * "A Brief History of Debian" (DocBook → HTML, po4a translations beside the English in one package:
 * `<page>.pt.html` and `<page>.en.html`). European Portuguese. Tune-only (session 12): narrative
 * prose (people, dates, releases), a genre the corpus had next to none of.
 */
import { join } from "node:path";
import { isDocbookFurniture } from "../html-blocks.ts";
import { htmlPages } from "./html-pages.ts";
import type { DevSource } from "./source.ts";

export const debianHistoryPt: DevSource = {
  source: "debian-history-pt",
  variant: "pt-PT",
  pt: { name: "debian-history", version: "2.28" },
  tuneOnly: "fresh blind material (session 12): reviewed before any tuning; measured once at merge, then tuning material",
  documents: (pkg) => {
    const docs = join(pkg.root, "usr/share/doc/debian-history/docs");
    return htmlPages({
      ptDir: docs,
      enDir: docs,
      include: (rel) => rel.endsWith(".pt.html"),
      enFile: (rel) => rel.replace(/\.pt\.html$/u, ".en.html"),
      name: (rel) => rel.replace(/\.pt\.html$/u, ""),
      skip: isDocbookFurniture,
    });
  },
};
