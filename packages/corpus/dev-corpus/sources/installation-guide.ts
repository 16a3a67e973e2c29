/**
 * The Debian Installation Guide (DocBook → HTML), Portuguese (pt-PT: "equipa", "numa") and English
 * in one package. Not one of the manuals kept aside to measure the product (issue 12).
 */
import { join } from "node:path";
import { isDocbookFurniture } from "../html-blocks.ts";
import { htmlPages } from "./html-pages.ts";
import type { DevSource } from "./source.ts";

const PKG = { name: "installation-guide-amd64", version: "20230508+deb12u1" };

export const installationGuidePt: DevSource = {
  source: "installation-guide-pt",
  variant: "pt-PT",
  pt: PKG,
  licence: { package: PKG, docDir: PKG.name },
  documents: (pkg) => {
    const base = join(pkg.root, "usr/share/doc", PKG.name);
    return htmlPages({
      ptDir: join(base, "pt"),
      enDir: join(base, "en"),
      // The GPL's own text (appendix) is legal boilerplate, not documentation prose.
      include: (rel) => rel !== "index.html" && !/^apf/u.test(rel),
      skip: isDocbookFurniture,
    });
  },
};
