/**
 * GNU Solfege's user manual (DocBook → HTML, pt_BR and the English `C` pages in one package, same
 * file names and element trees). Tune-only (session 9): help-genre prose about ear-training
 * exercises (dialogs, preferences, lesson files) no check was tuned on.
 */
import { join } from "node:path";
import { isDocbookFurniture } from "../html-blocks.ts";
import { htmlPages } from "./html-pages.ts";
import type { DevSource } from "./source.ts";

const PKG = { name: "solfege-doc", version: "3.23.4-11" };

export const solfegePtBr: DevSource = {
  source: "solfege-doc-pt-br",
  variant: "pt-BR",
  pt: PKG,
  tuneOnly: "fresh tuning material (session 9): GNU Solfege's manual, help-genre prose no check was tuned on; the test half stays as it was reviewed",
  documents: (pkg) => {
    const help = join(pkg.root, "usr/share/doc/solfege/help");
    return htmlPages({
      ptDir: join(help, "pt_BR"),
      enDir: join(help, "C"),
      // The title page is the table of contents; gpl.html is the licence's own text.
      include: (rel) => rel !== "index.html" && rel !== "gpl.html" && !rel.includes("/"),
      skip: isDocbookFurniture,
    });
  },
};
