/** Man pages: rendered by groff, Portuguese paired with the English page of the same name and section. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { manBlocks, readManSource, renderMan, unpairDifferingSections } from "../man-blocks.ts";
import type { UnpackedPackage } from "../debian.ts";
import type { DevSource, RawDocument } from "./source.ts";

function* manPages(pt: UnpackedPackage, lang: string, en: UnpackedPackage): Iterable<RawDocument> {
  const ptMan = join(pt.root, "usr/share/man", lang);
  if (!existsSync(ptMan)) return;
  for (const dir of readdirSync(ptMan).filter((d) => /^man\d/u.test(d)).sort()) {
    for (const file of readdirSync(join(ptMan, dir)).sort()) {
      const ptSource = readManSource(join(ptMan, dir, file));
      if (!ptSource) continue;
      const enPath = join(en.root, "usr/share/man", dir, file);
      const enSource = existsSync(enPath) ? readManSource(enPath) : undefined;
      const ptBlocks = manBlocks(renderMan(ptSource));
      const enBlocks = enSource ? manBlocks(renderMan(enSource)) : undefined;
      yield {
        name: `${dir}-${file.replace(/\.gz$/u, "")}`,
        pt: enBlocks ? unpairDifferingSections(ptBlocks, enBlocks) : ptBlocks,
        ...(enBlocks ? { en: enBlocks } : {}),
      };
    }
  }
}

export const manpagesPtBr: DevSource = {
  source: "manpages-pt-br",
  variant: "pt-BR",
  pt: { name: "manpages-pt-br", version: "4.18.1-1" },
  en: { name: "manpages", version: "6.03-2" },
  documents: (pt, en) => (en ? manPages(pt, "pt_BR", en) : []),
};

/**
 * Debian's own tools ship their man pages in European Portuguese (the Debian Portuguese team's
 * po4a translations), with the English of the same version in the same package.
 */
const debianToolPages = (name: string, version: string): DevSource => ({
  source: `${name}-man-pt`,
  variant: "pt-PT",
  pt: { name, version },
  documents: (pkg) => manPages(pkg, "pt", pkg),
});

export const debianToolManPages: DevSource[] = [
  debianToolPages("dpkg", "1.21.23"),
  debianToolPages("dpkg-dev", "1.21.23"),
  debianToolPages("debhelper", "13.11.4"),
  debianToolPages("apt", "2.6.2"),
];
