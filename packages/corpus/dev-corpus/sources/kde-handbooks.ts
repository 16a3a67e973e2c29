/**
 * KDE application handbooks (DocBook rendered by KDE's meinproc): each book ships in the package as
 * `/usr/share/doc/HTML/<lang>/<book>/index.cache.bz2`, every HTML page of the book in one file,
 * each page between `<FILENAME filename="page.html">` and `</FILENAME>`. The Portuguese books are
 * generated from PO files of the English DocBook, so a page and its translation have the same
 * file name and the same element tree; a message nobody translated stays in English in the
 * Portuguese page (a real flaw of the published text).
 *
 * Tune-only (session 8): fresh help-genre text (menu paths, UI labels, shortcuts, dialog names)
 * that no check author has tuned on.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { isTag, type AnyNode, type Element } from "domhandler";
import { classes, extractHtmlBlocks } from "../html-blocks.ts";
import type { UnpackedPackage } from "../debian.ts";
import type { DevSource, RawDocument } from "./source.ts";

export interface CachePage {
  /** The page's file name without `.html` (`index`, `using-dolphin`). */
  name: string;
  html: string;
}

const MARKER = /<FILENAME filename="([^"]+)">|<\/FILENAME>/gu;

/**
 * The pages of an `index.cache` in the order they open. A page can hold the next ones inside it
 * (meinproc writes a chapter's first section page before the chapter page's own footer), so the
 * markers are read as a stack: each page is its own text, without the pages nested in it. A book
 * rendered as one fragment (khelpcenter's glossary has no markers) is one page named `index`.
 */
export function splitCachePages(cache: string): CachePage[] {
  const open: { name: string; parts: string[]; at: number }[] = [];
  const done: { name: string; parts: string[]; at: number }[] = [];
  let last = 0;
  let count = 0;
  for (const m of cache.matchAll(MARKER)) {
    open.at(-1)?.parts.push(cache.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) open.push({ name: m[1].replace(/\.html?$/u, ""), parts: [], at: count++ });
    else {
      const page = open.pop();
      if (!page) throw new Error("dev-corpus: index.cache has a </FILENAME> with no page open");
      done.push(page);
    }
  }
  if (open.length) throw new Error(`dev-corpus: index.cache ends inside page ${open.at(-1)!.name}`);
  if (count === 0) return cache.trim() ? [{ name: "index", html: cache }] : [];
  return done.sort((a, b) => a.at - b.at).map((p) => ({ name: p.name, html: p.parts.join("") }));
}

/** Page header and footer, navigation bars, tables of contents, a back-of-book index: furniture, not prose. */
const FURNITURE_CLASS = new Set(["navCenter", "navigation", "toc", "index", "indexdiv", "authorgroup", "othercredit", "copyright", "legalnotice", "releaseinfo"]);
const FURNITURE_ID = new Set(["header", "footer", "footer_text"]);
const childTags = (el: Element): Element[] => el.children.filter((c: AnyNode): c is Element => isTag(c));
/**
 * The title page's "Revision Applications 16.08 (2016-07-25)" and "Legal notice" link: book
 * metadata, and the date is written differently in every language on purpose.
 */
const isMetadataLine = (el: Element) =>
  childTags(el).some((c) => classes(c).includes("releaseinfo") || (c.name === "a" && (c.attribs["href"] ?? "").includes("fdl-notice")));
const skip = (el: Element) =>
  FURNITURE_ID.has(el.attribs["id"] ?? "") || classes(el).some((c) => FURNITURE_CLASS.has(c)) || isMetadataLine(el);

/** Credits pages are authors', translators' and licence lines, no prose a translator wrote for the reader. */
const SKIP_PAGE = /^credits/u;

function readCache(pkg: UnpackedPackage, lang: string, book: string): CachePage[] | undefined {
  const path = join(pkg.root, "usr/share/doc/HTML", lang, book, "index.cache.bz2");
  if (!existsSync(path)) return undefined;
  return splitCachePages(execFileSync("bzip2", ["-dc", path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
}

/** The pages of `books` in the Portuguese language `lang`, each with the English page of the same file name. */
export function* handbookPages(pkg: UnpackedPackage, lang: "pt_BR" | "pt", books: readonly string[], leaveOut: readonly string[] = []): Iterable<RawDocument> {
  for (const book of books) {
    const pt = readCache(pkg, lang, book);
    if (!pt) throw new Error(`dev-corpus: ${pkg.name} has no ${lang} handbook ${book}`);
    const en = new Map((readCache(pkg, "en", book) ?? []).map((p) => [p.name, p.html]));
    for (const page of pt) {
      if (SKIP_PAGE.test(page.name) || leaveOut.includes(`${book}/${page.name}`)) continue;
      const enHtml = en.get(page.name);
      yield {
        name: `${book.replaceAll("/", "-")}.${page.name}`,
        pt: extractHtmlBlocks(page.html, { skip }),
        ...(enHtml !== undefined ? { en: extractHtmlBlocks(enHtml, { skip }) } : {}),
      };
    }
  }
}

const TUNE_ONLY_S8 = "fresh tuning material (session 8): KDE handbooks, help-genre text (menu paths, UI labels, shortcuts) no check was tuned on; the test half stays as it was reviewed";

/**
 * `files`: where the copyright file names the handbook's text (its `Files:` pattern); `*` when it
 * does not. `leaveOut`: pages (`book/page`) whose translation is of another version of the English
 * than the one shipped beside it (a different number of paragraph-level elements), when the rest of
 * the book matches.
 */
interface Book { pkg: string; version: string; books: readonly string[]; files?: string; leaveOut?: readonly string[] }

const handbook = (b: Book, variant: "pt-BR" | "pt-PT", tuneOnly = TUNE_ONLY_S8): DevSource => ({
  source: `${b.pkg}-handbook-${variant === "pt-BR" ? "pt-br" : "pt"}`,
  variant,
  pt: { name: b.pkg, version: b.version },
  licence: { package: { name: b.pkg, version: b.version }, ...(b.files ? { files: b.files } : {}) },
  tuneOnly,
  documents: (pkg) => handbookPages(pkg, variant === "pt-BR" ? "pt_BR" : "pt", b.books, b.leaveOut),
});

const V = "4:22.12.3-1";
/**
 * Only books whose translation is of the English shipped beside it: the same page list and
 * (within 1 %, the translator's credit line) the same number of paragraph-level elements. KDE keeps
 * an old translated book when its translation falls behind (dolphin, okular, konsole, gwenview,
 * kinfocenter, kmail2, kmplot, systemsettings; in pt also akregator, juk, kfind, kget, kolourpaint),
 * and an English page that moved on from its translation would teach the checks' authors only
 * version drift (as nmap's man pages did in session 7). Not khelpcenter's pt_BR books either: their
 * counts agree, but the pages are of another version (fundamentals' colour chooser and shortcut
 * tables, the glossary's entries, the help centre's "Installation" section differ from the English).
 */
const PT_BR: Book[] = [
  { pkg: "akregator", version: V, books: ["akregator"], files: "doc/index.docbook" },
  { pkg: "filelight", version: V, books: ["filelight"], files: "doc/*" },
  { pkg: "juk", version: V, books: ["juk"], files: "doc/*" },
  { pkg: "kbruch", version: V, books: ["kbruch"], files: "doc/*" },
  { pkg: "kcalc", version: V, books: ["kcalc"], files: "doc/*" },
  { pkg: "kcharselect", version: V, books: ["kcharselect"] },
  { pkg: "kfind", version: V, books: ["kfind"], files: "doc/*" },
  { pkg: "kget", version: V, books: ["kget"], files: "doc/*" },
  { pkg: "kig", version: V, books: ["kig"], files: "doc/*" },
  { pkg: "kleopatra", version: V, books: ["kleopatra", "kwatchgnupg"], files: "doc/*" },
  { pkg: "kmail", version: V, books: ["akonadi_archivemail_agent", "akonadi_sendlater_agent", "ktnef"], files: "doc/akonadi_archivemail_agent/index.docbook" },
  { pkg: "knotes", version: V, books: ["akonadi_notes_agent"], files: "doc/knotes/index.docbook" },
  { pkg: "kolourpaint", version: V, books: ["kolourpaint"], files: "doc/*" },
  { pkg: "konqueror", version: V, books: ["bookmarks", "filemanager", "kcmcss", "khtml-adblock", "khtml-behavior", "khtml-general", "khtml-java-js", "performance"].map((k) => `kcontrol5/${k}`) },
  { pkg: "korganizer", version: V, books: ["korganizer"], files: "doc/index.docbook" },
  { pkg: "krdc", version: V, books: ["krdc"], files: "doc/*" },
  { pkg: "kturtle", version: V, books: ["kturtle"], files: "doc/*" },
  { pkg: "sweeper", version: V, books: ["sweeper"] },
];

const PT: Book[] = [
  { pkg: "ark", version: "4:22.12.3-1+deb12u1", books: ["ark"], files: "doc/*" },
  { pkg: "filelight", version: V, books: ["filelight"], files: "doc/*" },
  { pkg: "kbruch", version: V, books: ["kbruch"], files: "doc/*" },
  { pkg: "kcalc", version: V, books: ["kcalc"], files: "doc/*" },
  { pkg: "kcharselect", version: V, books: ["kcharselect"] },
  { pkg: "khelpcenter", version: V, books: ["khelpcenter/glossary"], files: "doc/*/index.docbook" },
  { pkg: "kleopatra", version: V, books: ["kleopatra", "kwatchgnupg"], files: "doc/*" },
  { pkg: "kmail", version: V, books: ["akonadi_sendlater_agent", "ktnef"], files: "doc/akonadi_archivemail_agent/index.docbook" },
  { pkg: "knotes", version: V, books: ["knotes", "akonadi_notes_agent"], files: "doc/knotes/index.docbook" },
  { pkg: "konqueror", version: V, books: ["bookmarks", "filemanager", "kcmcss", "khtml-adblock", "khtml-general", "khtml-java-js", "performance"].map((k) => `kcontrol5/${k}`) },
  { pkg: "krdc", version: V, books: ["krdc"], files: "doc/*" },
  { pkg: "krfb", version: V, books: ["krfb"], files: "doc/*" },
  { pkg: "kturtle", version: V, books: ["kturtle"], files: "doc/*" },
  { pkg: "kwalletmanager", version: V, books: ["kwallet5"], files: "doc/*" },
  { pkg: "sweeper", version: V, books: ["sweeper"] },
];

export const kdeHandbooks: DevSource[] = [...PT_BR.map((b) => handbook(b, "pt-BR")), ...PT.map((b) => handbook(b, "pt-PT"))];

const TUNE_ONLY_S9 = "fresh tuning material (session 9): more KDE handbooks (help-genre text) no check was tuned on; the test half stays as it was reviewed";
/**
 * Session 9: more books whose translation is of the English shipped beside it (same page list, the
 * same number of paragraph-level elements in every page), none of them tuned on before.
 */
const KIO = { pkg: "kio", version: "5.103.0-1+deb12u1", books: [...["cookies", "netpref", "smb", "trash", "webshortcuts"].map((k) => `kcontrol5/${k}`), ...["data", "ftp", "http", "webdav"].map((k) => `kioslave5/${k}`)] };
const KIO_EXTRAS = ["bookmarks", "bzip2", "fish", "gzip", "info", "man", "nfs", "recentdocuments", "sftp", "tar", "thumbnail", "xz"];
const KWIN = { pkg: "kwin-data", version: "4:5.27.5-3", books: ["kcontrol/windowspecific"], files: "doc/*" };
/** Small books of control modules and tools (a few hundred to a thousand words each), both variants. */
const SMALL_S9: Book[] = [
  { pkg: "kde-config-cddb", version: V, books: ["kcontrol/cddbretrieval5"], files: "kcmcddb/doc/*" },
  { pkg: "kio-audiocd", version: V, books: ["kioslave5/audiocd"], files: "doc/*" },
  { pkg: "kgamma5", version: "5.27.5-2", books: ["kcontrol/kgamma5"] },
  { pkg: "kde-config-cron", version: V, books: ["kcontrol5/kcron"] },
  { pkg: "kronometer", version: "2.3.0-1", books: ["kronometer"] },
  { pkg: "kteatime", version: V, books: ["kteatime"], files: "doc/*" },
  { pkg: "kdf", version: V, books: ["kdf"], files: "doc/*" },
  { pkg: "kimagemapeditor", version: V, books: ["kimagemapeditor"], files: "doc/*" },
];
const PT_BR_S9: Book[] = [
  { pkg: "cervisia", version: V, books: ["cervisia"], files: "doc/*" },
  { pkg: "kcachegrind", version: V, books: ["kcachegrind"], files: "doc/*" },
  { pkg: "kgpg", version: V, books: ["kgpg"], files: "doc/index.docbook" },
  { pkg: "kompare", version: V, books: ["kompare"], files: "doc/*" },
  { pkg: "lokalize", version: V, books: ["lokalize"], files: "doc/*" },
  { pkg: "kmenuedit", version: "4:5.27.5-2", books: ["kmenuedit"], files: "doc/index.docbook" },
  KWIN,
  KIO,
  { pkg: "kio-extras-data", version: V, books: KIO_EXTRAS.map((k) => `kioslave5/${k}`) },
  { pkg: "kfloppy", version: V, books: ["kfloppy"], files: "doc/*" },
  { pkg: "kshisen", version: V, books: ["kshisen"], files: "doc/*" },
  { pkg: "ksystemlog", version: V, books: ["ksystemlog"], files: "doc/*" },
  { pkg: "kmouth", version: V, books: ["kmouth"], files: "doc/*" },
  { pkg: "kmousetool", version: V, books: ["kmousetool"], files: "doc/*" },
  { pkg: "kreversi", version: V, books: ["kreversi"], files: "doc/*" },
  ...SMALL_S9,
];
const PT_S9: Book[] = [
  { pkg: "kgpg", version: V, books: ["kgpg"], files: "doc/index.docbook" },
  { pkg: "kompare", version: V, books: ["kompare"], files: "doc/*" },
  { pkg: "cervisia", version: V, books: ["cervisia"], files: "doc/*" },
  { pkg: "kdesvn", version: "2.1.0-3", books: ["kdesvn"] },
  { pkg: "okteta", version: "5:0.26.10-1", books: ["okteta"], files: "doc/*" },
  { pkg: "kontact", version: V, books: ["kontact"], files: "doc/kontact/index.docbook" },
  { pkg: "konsolekalendar", version: V, books: ["konsolekalendar"], files: "doc/konsolekalendar/index.docbook" },
  { pkg: "khotkeys-data", version: "4:5.27.5-2", books: ["kcontrol/khotkeys"], files: "doc/kcm/index.docbook" },
  { pkg: "kde-cli-tools-data", version: "4:5.27.5.1-2", books: ["kcontrol5/filetypes"] },
  KWIN,
  KIO,
  // pt has one more kioslave page than pt_BR whose element count matches the English (smb).
  { pkg: "kio-extras-data", version: V, books: [...KIO_EXTRAS, "smb"].map((k) => `kioslave5/${k}`) },
  { pkg: "kfloppy", version: V, books: ["kfloppy"], files: "doc/*" },
  { pkg: "kshisen", version: V, books: ["kshisen"], files: "doc/*" },
  { pkg: "ksystemlog", version: V, books: ["ksystemlog"], files: "doc/*" },
  ...SMALL_S9,
];

export const freshKdeHandbooks: DevSource[] = [...PT_BR_S9.map((b) => handbook(b, "pt-BR", TUNE_ONLY_S9)), ...PT_S9.map((b) => handbook(b, "pt-PT", TUNE_ONLY_S9))];

const TUNE_ONLY_S11 = "fresh blind material (session 11): reviewed before any tuning; measured once at merge, then tuning material";
/**
 * Session 11: a second blind yardstick for pt-BR, KDE handbooks of packages no source used before
 * (games, education, small tools and control modules), chosen as in session 9: the Portuguese book
 * has the English's page list and, in every page, the same number of paragraph-level elements.
 * Not (pages or elements differ from the English: the translation is of another version) cantor,
 * kalarm, kate, katepart, kgoldrunner, kigo, knights, kolf, konquest, konversation, kpat, ksirk,
 * ksudoku, ktouch, palapeli, parley, skrooge, spectacle, umbrello, klipper and most control modules
 * of plasma-desktop-data and plasma-workspace-data.
 */
const V11 = "4:22.12.3-1";
const PT_BR_S11: Book[] = [
  { pkg: "artikulate", version: V11, books: ["artikulate"] },
  { pkg: "blinken", version: V11, books: ["blinken"], files: "doc/index.docbook" },
  { pkg: "bomber", version: V11, books: ["bomber"], files: "doc/*" },
  { pkg: "bovo", version: V11, books: ["bovo"], files: "doc/*" },
  { pkg: "kamera", version: V11, books: ["kcontrol/kamera"] },
  { pkg: "kanagram", version: V11, books: ["kanagram"], files: "doc/*" },
  { pkg: "kapman", version: V11, books: ["kapman"], files: "doc/*" },
  { pkg: "katomic", version: V11, books: ["katomic"], files: "doc/*" },
  { pkg: "kblocks", version: V11, books: ["kblocks"], files: "doc/*" },
  { pkg: "kbounce", version: V11, books: ["kbounce"], files: "doc/*" },
  { pkg: "kbreakout", version: V11, books: ["kbreakout"], files: "doc/*" },
  { pkg: "kde-config-tablet", version: "3.2.0-4+b1", books: ["kcontrol/wacomtablet"] },
  { pkg: "kdiamond", version: V11, books: ["kdiamond"], files: "doc/*" },
  { pkg: "kfourinline", version: V11, books: ["kfourinline"], files: "doc/*" },
  { pkg: "khangman", version: V11, books: ["khangman"], files: "doc/*" },
  { pkg: "killbots", version: V11, books: ["killbots"], files: "doc/*" },
  { pkg: "kiriki", version: V11, books: ["kiriki"], files: "doc/*" },
  { pkg: "kiten", version: V11, books: ["kiten"], files: "doc/index.docbook" },
  { pkg: "kjumpingcube", version: V11, books: ["kjumpingcube"], files: "doc/*" },
  { pkg: "klickety", version: V11, books: ["klickety"], files: "doc/*" },
  { pkg: "kmag", version: V11, books: ["kmag"], files: "doc/*" },
  { pkg: "kmahjongg", version: V11, books: ["kmahjongg"], files: "doc/*" },
  { pkg: "knavalbattle", version: V11, books: ["knavalbattle"], files: "doc/*" },
  { pkg: "kollision", version: V11, books: ["kollision"], files: "doc/*" },
  { pkg: "ksnakeduel", version: V11, books: ["ksnakeduel"], files: "doc/*" },
  { pkg: "ksquares", version: V11, books: ["ksquares"], files: "doc/*" },
  { pkg: "ktimer", version: V11, books: ["ktimer"], files: "doc/*" },
  { pkg: "kwrite", version: V11, books: ["kwrite"], files: "doc/*" },
  { pkg: "ktorrent-data", version: "22.12.3-1", books: ["ktorrent"] },
  { pkg: "lskat-data", version: V11, books: ["lskat"], files: "doc/*" },
  {
    pkg: "plasma-desktop-data",
    version: "4:5.27.5-2",
    books: [...["clock", "joystick", "kcmsmserver", "kded", "paths", "solid-actions", "solid-device-automounter", "spellchecking"].map((k) => `kcontrol/${k}`), "kfontview", "knetattach"],
  },
  { pkg: "umbrello-data", version: V11, books: ["umbrello/apphelp"] },
  { pkg: "kwordquiz", version: V11, books: ["kwordquiz"], files: "doc/*", leaveOut: ["kwordquiz/mode-menu"] },
  { pkg: "kalgebra-common", version: V11, books: ["kalgebra"], files: "doc/*", leaveOut: ["kalgebra/using-calculator"] },
  // Kile's LaTeX editor handbook (its copyright file is prose, GPL-2+ for the whole package).
  { pkg: "kile-doc", version: "4:2.9.93-2", books: ["kile"], leaveOut: ["kile/id_usermenu_parameter"] },
];

export const fresh11KdeHandbooks: DevSource[] = PT_BR_S11.map((b) => handbook(b, "pt-BR", TUNE_ONLY_S11));

const TUNE_ONLY_S12 = "fresh blind material (session 12): reviewed before any tuning; measured once at merge, then tuning material";
/**
 * Session 12: a third blind yardstick, KDE handbooks of packages no source used before, many of
 * them longer user guides in prose (KStars' AstroInfo articles, KDevelop, KPhotoAlbum, Marble,
 * KmPlot). Most of these books are older translations than the English beside them (sessions 8–11
 * left them out whole), so the choice is made page by page: a page is used when the English has a
 * page of its name with the same number of paragraph-level elements; `leaveOut` names every other
 * page (an element count that differs, or a page the English no longer has: the old
 * installation and compilation chapters). Not: kdenlive, knetwalk, kruler, picmi and ksirk's own
 * book (most pages differ), k3b (the English book is in another package and a few hundred words).
 */
const V12 = "4:22.12.3-1";
const KDEVELOP_DRIFTED = ["navigating-in-source-code", "building-kdevelop-from-sources", "install-for-all-users", "install-for-local-user"].map((p) => `kdevelop/${p}`);
const PT_BR_S12: Book[] = [
  {
    pkg: "kstars-data",
    version: "5:3.6.2-2",
    books: ["kstars"],
    files: "doc/*.docbook",
    leaveOut: [
      ...["index", "introduction", "lookaround", "skyobjects", "viewops", "commands", "tools", "tool-calculator", "tool-altvstime", "tool-obsplanner", "tool-fitsviewer"],
      ...["indi-configure", "indi-remote-control", "faq", "installation", "requirements", "compilation", "configuration"],
    ].map((p) => `kstars/${p}`),
  },
  { pkg: "kdevelop-data", version: "4:22.12.2-1", books: ["kdevelop"], leaveOut: KDEVELOP_DRIFTED },
  { pkg: "kphotoalbum", version: "5.9.1-1", books: ["kphotoalbum"] },
  { pkg: "palapeli-data", version: V12, books: ["palapeli"], files: "doc/*", leaveOut: ["palapeli/psc", "palapeli/interface", "palapeli/installation"] },
  { pkg: "marble-data", version: V12, books: ["marble"], files: "doc/*", leaveOut: ["marble/map-views", "marble/commands", "marble/configure", "marble/installation", "marble/requirements", "marble/compilation"] },
  { pkg: "kubrick", version: V12, books: ["kubrick"], files: "doc/*", leaveOut: ["kubrick/installation"] },
  { pkg: "ktouch-data", version: V12, books: ["ktouch"], files: "doc/*", leaveOut: ["ktouch/training_preparation", "ktouch/custom_lessons", "ktouch/installation"] },
  { pkg: "kmplot", version: V12, books: ["kmplot"], files: "doc/*", leaveOut: ["kmplot/first-steps", "kmplot/popupmenu", "kmplot/commands", "kmplot/dcop", "kmplot/developers", "kmplot/installation"] },
  { pkg: "kalzium-data", version: V12, books: ["kalzium"], files: "doc/*", leaveOut: ["kalzium/colors", "kalzium/commands"] },
  { pkg: "kolf", version: V12, books: ["kolf"], files: "doc/*", leaveOut: ["kolf/settings-menu", "kolf/help", "kolf/installation"] },
  { pkg: "ksudoku", version: V12, books: ["ksudoku"], files: "doc/*", leaveOut: ["ksudoku/variants", "ksudoku/configuration", "ksudoku/installation"] },
  { pkg: "ksirk", version: V12, books: ["ksirkskineditor"], files: "doc/*", leaveOut: ["ksirkskineditor/installation", "ksirkskineditor/compilation"] },
  { pkg: "rocs", version: V12, books: ["rocs"], files: "doc/*", leaveOut: ["rocs/user-interface", "rocs/user-interface-toolbar"] },
  { pkg: "step", version: V12, books: ["step"], files: "doc/*", leaveOut: ["step/examples"] },
  { pkg: "konquest", version: V12, books: ["konquest"], files: "doc/*", leaveOut: ["konquest/installation", "konquest/compilation"] },
  { pkg: "kgeography-data", version: V12, books: ["kgeography"], files: "doc/*", leaveOut: ["kgeography/description-file", "kgeography/flags"] },
  { pkg: "kigo", version: V12, books: ["kigo"], files: "doc/*", leaveOut: ["kigo/interface", "kigo/keybindings", "kigo/installation", "kigo/compilation"] },
  { pkg: "granatier", version: V12, books: ["granatier"], files: "doc/*" },
  { pkg: "klines", version: V12, books: ["klines"], files: "doc/*", leaveOut: ["klines/menu-items"] },
  { pkg: "kspaceduel", version: V12, books: ["kspaceduel"], files: "doc/*", leaveOut: ["kspaceduel/options-configurations", "kspaceduel/installation"] },
  { pkg: "kblackbox", version: V12, books: ["kblackbox"], files: "doc/*", leaveOut: ["kblackbox/menu"] },
  { pkg: "kmines", version: V12, books: ["kmines"], files: "doc/*", leaveOut: ["kmines/settings"] },
];
const PT_S12: Book[] = [
  { pkg: "kphotoalbum", version: "5.9.1-1", books: ["kphotoalbum"], leaveOut: ["kphotoalbum/chp-plugins"] },
  { pkg: "kdevelop-data", version: "4:22.12.2-1", books: ["kdevelop"], leaveOut: KDEVELOP_DRIFTED },
];

export const fresh12KdeHandbooks: DevSource[] = [...PT_BR_S12.map((b) => handbook(b, "pt-BR", TUNE_ONLY_S12)), ...PT_S12.map((b) => handbook(b, "pt-PT", TUNE_ONLY_S12))];
