/** Man pages: rendered by groff, Portuguese paired with the English page of the same name and section. */
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { manBlocks, readManSource, renderMan, unpairDifferingSections } from "../man-blocks.ts";
import type { UnpackedPackage } from "../debian.ts";
import type { DevSource, RawDocument } from "./source.ts";

/**
 * `skipLinks`: leave out a page that is a symbolic link to another (xz-utils' unxz, xzcat...), which
 * would otherwise be the same text again under another name. Off for the first sources, so their
 * documents (and split) stay as they were. `skipCopies`: likewise for a page that is a byte-identical
 * copy of an earlier one (fakeroot ships fakeroot-sysv.1 and fakeroot-tcp.1 as two files).
 */
function* manPages(pt: UnpackedPackage, lang: string, en: UnpackedPackage, { skipLinks = false, skipCopies = false } = {}): Iterable<RawDocument> {
  const ptMan = join(pt.root, "usr/share/man", lang);
  if (!existsSync(ptMan)) return;
  const seen = new Set<string>();
  for (const dir of readdirSync(ptMan).filter((d) => /^man\d/u.test(d)).sort()) {
    for (const file of readdirSync(join(ptMan, dir)).sort()) {
      if (skipLinks && lstatSync(join(ptMan, dir, file)).isSymbolicLink()) continue;
      const ptSource = readManSource(join(ptMan, dir, file));
      if (!ptSource) continue;
      if (skipCopies) {
        const digest = createHash("sha256").update(ptSource).digest("hex");
        if (seen.has(digest)) continue;
        seen.add(digest);
      }
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

const TUNE_ONLY_S7 = "extra tuning material (session 7): the checks' false-alarm classes of the test half were missing from the tuning documents, so rule authors get more real text to learn from; the test half stays as it was reviewed";

/**
 * More Debian packages whose man pages are translated (po4a or gettext) with the English of the
 * same version in the same package: tune-only (`tuneOnly`), so the test half is unchanged.
 * Not nmap (pt_BR and pt pages): its translation is of a much older Nmap, so the English of 7.93
 * has drifted away from it (905 flags on 45,000 words, mostly omission and number flags of that
 * drift), which teaches the checks' authors nothing and cannot be reviewed in one session.
 */
const extraToolPages = (name: string, version: string, variant: "pt-BR" | "pt-PT"): DevSource => ({
  source: `${name}-man-${variant === "pt-BR" ? "pt-br" : "pt"}`,
  variant,
  pt: { name, version },
  tuneOnly: TUNE_ONLY_S7,
  documents: (pkg) => manPages(pkg, variant === "pt-BR" ? "pt_BR" : "pt", pkg, { skipLinks: true }),
});

export const extraTuneManPages: DevSource[] = [
  extraToolPages("po4a", "0.69-1", "pt-BR"),
  extraToolPages("man-db", "2.11.2-2", "pt-BR"),
  extraToolPages("xz-utils", "5.4.1-1+deb12u2", "pt-BR"),
  extraToolPages("procps", "2:4.0.2-3", "pt-BR"),
  extraToolPages("psmisc", "23.6-1", "pt-BR"),
  extraToolPages("passwd", "1:4.13+dfsg1-1+deb12u2", "pt-BR"),
  extraToolPages("debconf-doc", "1.5.82", "pt-BR"),
  extraToolPages("po4a", "0.69-1", "pt-PT"),
  extraToolPages("man-db", "2.11.2-2", "pt-PT"),
  extraToolPages("debconf-doc", "1.5.82", "pt-PT"),
  extraToolPages("adduser", "3.134", "pt-PT"),
  extraToolPages("apt-utils", "2.6.2", "pt-PT"),
  extraToolPages("dselect", "1.21.23", "pt-PT"),
  extraToolPages("apt-listchanges", "3.24", "pt-PT"),
  extraToolPages("debianutils", "5.7-0.5~deb12u1", "pt-PT"),
  extraToolPages("debsums", "3.0.2.1", "pt-PT"),
  extraToolPages("sensible-utils", "0.0.17+nmu1", "pt-PT"),
];

const TUNE_ONLY_S9 = "fresh tuning material (session 9): more man pages (CUPS, Kid3's handbook, Debian tools) no check was tuned on, mostly European Portuguese; the test half stays as it was reviewed";

/**
 * Session 9: more packages whose man pages are translated with the English of the same version in
 * the same package (paragraph counts checked against the English: within a few per page). Not
 * net-tools (pt_BR): its translation is of a much older page (ifconfig 27 paragraphs for 40).
 * Not debconf-i18n (its English is in another package) nor debconf-utils (its copyright is
 * debconf's): a few hundred words each.
 */
const freshToolPages = (name: string, version: string, variant: "pt-BR" | "pt-PT", licence?: DevSource["licence"]): DevSource => ({
  source: `${name}-man-${variant === "pt-BR" ? "pt-br" : "pt"}`,
  variant,
  pt: { name, version },
  ...(licence ? { licence } : {}),
  tuneOnly: TUNE_ONLY_S9,
  documents: (pkg) => manPages(pkg, variant === "pt-BR" ? "pt_BR" : "pt", pkg, { skipLinks: true, skipCopies: true }),
});

// The security update apt offers (bookworm-security); 2.4.2-3+deb12u9 is the point release's.
const CUPS = "2.4.2-3+deb12u11";
export const freshTuneManPages: DevSource[] = [
  freshToolPages("dos2unix", "7.4.3-1", "pt-BR"),
  freshToolPages("kdesdk-scripts", "4:22.12.3-1", "pt-BR"),
  freshToolPages("poxml", "4:22.12.3-1", "pt-BR"),
  freshToolPages("cups", CUPS, "pt-PT"),
  // cups-bsd's /usr/share/doc folder is a link to libcups2's: the copyright is CUPS's own.
  freshToolPages("cups-bsd", CUPS, "pt-PT", { package: { name: "cups", version: CUPS } }),
  freshToolPages("cups-client", CUPS, "pt-PT"),
  freshToolPages("cups-daemon", CUPS, "pt-PT"),
  freshToolPages("cups-ipp-utils", CUPS, "pt-PT"),
  freshToolPages("cups-ppdc", CUPS, "pt-PT"),
  freshToolPages("kid3-core", "3.9.3-1", "pt-PT"),
  freshToolPages("po-debconf", "1.0.21+nmu1", "pt-PT"),
  freshToolPages("fakeroot", "1.31-1.2", "pt-PT"),
  freshToolPages("multistrap", "2.2.11", "pt-PT"),
  freshToolPages("rlinetd", "0.9.3-1", "pt-PT"),
  freshToolPages("svn-buildpackage", "0.8.8", "pt-PT"),
  freshToolPages("kdesdk-scripts", "4:22.12.3-1", "pt-PT"),
  freshToolPages("poxml", "4:22.12.3-1", "pt-PT"),
];

/**
 * Session 11: the development pages (sections 2 and 3) of the manpages-l10n project in Brazilian
 * Portuguese, paired with the English of manpages-dev. A package no source used before; its
 * translators are those of manpages-pt-br, but none of these pages was ever checked or tuned on.
 */
export const fresh11ManpagesPtBrDev: DevSource = {
  source: "manpages-pt-br-dev",
  variant: "pt-BR",
  pt: { name: "manpages-pt-br-dev", version: "4.18.1-1" },
  en: { name: "manpages-dev", version: "6.03-2" },
  // manpages-dev's /usr/share/doc folder is a link to manpages': the copyright is the project's own.
  enLicence: { package: { name: "manpages", version: "6.03-2" } },
  tuneOnly: "fresh blind material (session 11): reviewed before any tuning; measured once at merge, then tuning material",
  documents: (pt, en) => (en ? manPages(pt, "pt_BR", en, { skipLinks: true, skipCopies: true }) : []),
};
