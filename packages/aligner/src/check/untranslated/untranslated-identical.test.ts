import { describe, expect, it } from "vitest";
import type { CheckInput, Speller } from "../../types.ts";
import { runCheck } from "../render-flags.ts";
import { checkDocument } from "../index.ts";
import { untranslatedIdentical } from "./untranslated-identical.ts";

const quote = "In one example, provided by a tech worker who asked to remain anonymous for professional reasons, a user testing the service prompted ChatGPT.";

describe("untranslated-identical", () => {
  it("hit: a sentence copied from the English", () => {
    expect(runCheck(untranslatedIdentical, { pt: quote, en: quote })).toEqual([quote]);
  });
  it.each([
    ["a name", "Sam Altman:", "Sam Altman:"],
    ["a product line", "GPT-4o, o3 e R1", "GPT-4o, o3 e R1"],
    ["no English", "Texto em português aqui.", undefined],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(untranslatedIdentical, en === undefined ? { pt } : { pt, en })).toEqual([]));
});

describe("untranslated-identical, development corpus", () => {
  it.each([
    ["a record's field", { pt: "Suites: testing main", en: "Suites: testing main" }],
    ["a line inside an example block", { pt: "Include the default settings here", en: "Include the default settings here", gapBefore: "\n" }],
    ["a C declaration", { pt: "unsigned long sectors count;", en: "unsigned long sectors count;" }],
    ["a comment in code", { pt: "/* the values below depend on the device */", en: "/* the values below depend on the device */" }],
    ["a table's columns", { pt: "echo    7/tcp    the echo service", en: "echo    7/tcp    the echo service" }],
    // One mark of code is enough: an identifier's underscore and wildcard, a synopsis's bar, an armour line, a pattern.
    ["an identifier with a wildcard", { pt: "the DEB_BUILD_* variables and the rest", en: "the DEB_BUILD_* variables and the rest" }],
    ["a synopsis's alternatives", { pt: "| remove pkg... | upgrade the system", en: "| remove pkg... | upgrade the system" }],
    // A man page's synopsis item alone (apt-cache): a subcommand and its repeated placeholder, literal material.
    ["a synopsis item", { pt: "show pkg...", en: "show pkg..." }],
    ["a synopsis item with a pattern", { pt: "search regex...", en: "search regex..." }],
    ["a subcommand and its placeholder (apt-key)", { pt: "add filename", en: "add filename" }],
    ["an armour line", { pt: "-----BEGIN PGP PUBLIC KEY BLOCK-----", en: "-----BEGIN PGP PUBLIC KEY BLOCK-----" }],
    ["a search pattern", { pt: "?narrow(PATTERN...) selects any version", en: "?narrow(PATTERN...) selects any version" }],
    // Session 15: a symbols file's line, the symbol glued to its version tag (deb-symbols(5), deb-src-symbols(5)).
    ["a symbol and its version tag", { pt: "foo@Base 1.0 and more", en: "foo@Base 1.0 and more" }],
    // Development corpus, tuning half: code the shared code test knows, and literal lines of other kinds.
    ["a Fortran subroutine's header (Scilab dasrt)", { pt: "subroutine jac(t,y,yd,pd,cj,rpar,ipar)", en: "subroutine jac(t,y,yd,pd,cj,rpar,ipar)" }],
    ["an equation of an example (Scilab dasrt)", { pt: "g(t,y,ydot) = 0", en: "g(t,y,ydot) = 0" }],
    ["a Lisp form opening another (GIMP Script-Fu)", { pt: "(set! theResult (script-fu-text-box", en: "(set! theResult (script-fu-text-box" }],
    ["a symbols file's tagged line (dpkg)", { pt: "(tag1=i am marked|tag name with space)\"tagged quoted symbol\"@Base 1.0", en: "(tag1=i am marked|tag name with space)\"tagged quoted symbol\"@Base 1.0" }],
    ["a preseed line (installation guide)", { pt: "d-i foo/bar string value", en: "d-i foo/bar string value" }],
    ["a boot parameter (installation guide)", { pt: "rescue/enable", en: "rescue/enable" }],
    // Development corpus, tuning half (LilyPond tiny examples): the segmenter cut a comment's line at its question mark.
    ["the rest of a comment's line", { pt: "Left-hand endpoint is not aligned with the B tie?", en: "Left-hand endpoint is not aligned with the B tie?", prevPt: "<c d>8 ~\n    %% Too tall?", gapBefore: " " }],
    ["a URL of another scheme (man7 uri)", { pt: "wais://hostport/database", en: "wais://hostport/database" }],
    ["a definition list's parameter names (Scilab plot3d1)", { pt: "theta, alpha", en: "theta, alpha" }],
    ["a cited work's title (Scilab roots)", { pt: "(1970), Principles for Testing Polynomial Zerofinding Programs.", en: "(1970), Principles for Testing Polynomial Zerofinding Programs." }],
    ["a copyright line (GIMP bibliography)", { pt: "Copyright © 2000 New Riders Publishing.", en: "Copyright © 2000 New Riders Publishing." }],
    // Literal material known by its structure: names joined by a colon or an operator inside the word, a block's header (looks-like-code).
    ["forms of syntax listed alone (flags and their argument)", { pt: "translate:spec, translate!:spec", en: "translate:spec, translate!:spec" }],
    ["a line opening a block of code", { pt: "def rg2sc(dirpath):", en: "def rg2sc(dirpath):" }],
    ["a call continued on the next line by four dots", { pt: "optim(list(costfunc,a1,b1,c1),....", en: "optim(list(costfunc,a1,b1,c1),...." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair)).toEqual([]));
  it("near miss: a device listing with no English word (installation guide)", () => {
    const en: Speller = { correct: (w) => ["the", "disk"].includes(w) };
    const line = "SCSI1 (0,0,0) (sda) - 6.4 GB WDC AC36400L";
    expect(runCheck(untranslatedIdentical, { pt: line, en: line }, { spellers: { en } })).toEqual([]);
  });
  it.each([
    // A colon with a space after it closes a label or an introduction: not a name joined to its argument.
    ["a sentence whose colon is followed by a space", "see the notes: use it with care"],
    // A sentence introducing a formula opens with a capital: not a block's header (see looks-like-code).
    ["a sentence ending in a call and a colon", "Call the function f(x):"],
  ])("hit: %s", (_n, line) => expect(runCheck(untranslatedIdentical, { pt: line, en: line })).toEqual([line]));
  it("hit: an address in a sentence (its domain in lower case) is no symbol's version", () => {
    const line = "Send the bug reports to bugs@debian.org as soon as you can.";
    expect(runCheck(untranslatedIdentical, { pt: line, en: line })).toEqual([line]);
  });
  it("hit: a lower-case line of English with a function word", () => {
    expect(runCheck(untranslatedIdentical, { pt: "open the file", en: "open the file" })).toEqual(["open the file"]);
  });
  it("hit: a sentence after a sentence of prose on its line", () => {
    const line = "Left-hand endpoint is not aligned with the B tie?";
    expect(runCheck(untranslatedIdentical, { pt: line, en: line, prevPt: "O exemplo mostra a ligadura.", gapBefore: " " })).toEqual([line]);
  });
  it("hit: a sentence with an ordinary slash and hyphen", () => {
    const line = "Copy the file and/or the folder to a well-known place.";
    expect(runCheck(untranslatedIdentical, { pt: line, en: line })).toEqual([line]);
  });
  it.each([["\n\n"], ["\n"]])("hit: a labelled line after %j (a paragraph, or a header's line)", (gapBefore) => {
    const note = "Original Note: the settings are read again when the program starts.";
    expect(runCheck(untranslatedIdentical, { pt: note, en: note, gapBefore })).toEqual([note]);
  });
  // Session 18 (hand-written administration documents): a program's labels lined up on their colons are its output.
  it.each([
    ["an indented labelled line of a block", "Universal time: Mon 2026-12-07 17:05:11 UTC", "\n           ", "\n                "],
    ["a labelled line at the margin, the next line indented", "System clock synchronized: yes", "\n", "\n              "],
  ])("near miss: %s (aligned labels, a program's output)", (_n, line, gapBefore, gapAfter) => {
    expect(runCheck(untranslatedIdentical, { pt: line, en: line, gapBefore, gapAfter })).toEqual([]);
  });
  it("hit: a labelled line of a header, its neighbour at the margin too", () => {
    const note = "Original Note: the settings are read again when the program starts.";
    expect(runCheck(untranslatedIdentical, { pt: note, en: note, gapBefore: "\n", gapAfter: "\n" })).toEqual([note]);
  });
});

describe("untranslated-identical, labels the Portuguese describes", () => {
  const en: Speller = { correct: (w) => ["total", "package", "names", "show", "shadows", "color", "is", "the", "number", "of"].includes(w.toLowerCase()) };
  const pt: Speller = { correct: (w) => ["é", "o", "número", "de", "nomes", "pacotes", "set"].includes(w.toLowerCase()) };
  // Development corpus (apt-cache's statistics): a bullet's label is a line of the program's output, which the Portuguese goes on to define.
  it("near miss: a bullet's label the next Portuguese sentence describes", () => {
    const label = "• Total package names";
    expect(runCheck(untranslatedIdentical, { pt: label, en: label, nextPt: "é o número de nomes de pacotes." }, { spellers: { en, pt } })).toEqual([]);
  });
  it.each([
    ["followed by its English sentence", "is the number of package names."],
    ["followed by a sentence of its own", "Shadows color"],
    // Scilab's list of functions: a category left in English, then a function's name.
    ["followed by a name alone", "set"],
  ])("hit: a label %s", (_n, nextPt) => {
    const label = "• Total package names";
    expect(runCheck(untranslatedIdentical, { pt: label, en: label, nextPt }, { spellers: { en, pt } })).toEqual([label]);
  });
});

describe("untranslated-identical, headings", () => {
  const en: Speller = { correct: (w) => ["online", "help", "pages", "debug", "notes"].includes(w.toLowerCase()) };
  const pt: Speller = { correct: (w) => ["online"].includes(w.toLowerCase()) };
  it.each([
    ["a heading of English words and a loanword", "Online help pages", "Online help pages"],
    ["a heading in capitals", "DEBUG NOTES", "DEBUG NOTES"],
    ["a numbered heading, flagged from its words", "4.2.1. Online help pages", "Online help pages"],
  ])("hit: %s", (_n, text, flagged) => expect(runCheck(untranslatedIdentical, { pt: text, en: text }, { spellers: { en, pt } })).toEqual([flagged]));
  it.each([
    ["a name English does not know", "Wilber Online"],
    ["a person's name", "Debug Notes"],
  ])("near miss: %s", (_n, text) => {
    // As a name "Debug" is capitalised only: the stand-in knows it so, like a dictionary's proper nouns.
    const names: Speller = { correct: (w) => w === "Debug" || en.correct(w) && w !== "debug" };
    expect(runCheck(untranslatedIdentical, { pt: text, en: text }, { spellers: { en: text === "Debug Notes" ? names : en, pt } })).toEqual([]);
  });
});


describe("untranslated-identical, shown as the English shows it (development corpus, tuning half)", () => {
  const EN = new Set(["debian", "installer", "boot", "menu", "press", "for", "the", "help", "index", "or", "to", "as", "code", "is", "mapping", "minimum", "version", "avoid", "outputting",
    "not", "nearly", "snippet", "repository", "carol", "spears", "information", "technology", "part", "architecture", "and", "basic", "multilingual", "plane", "page", "up", "down",
    "perform", "a", "tape", "operation", "select", "tools", "paint", "border", "style", "of", "output", "lines", "file", "this", "line"]);
  const spellers = { en: { correct: (w: string) => EN.has(w.toLowerCase()) }, pt: { correct: (w: string) => !EN.has(w.toLowerCase()) } };
  const same = (pt: string, more: Partial<CheckInput> = {}): CheckInput => ({ pt, en: pt, ...more });
  it.each([
    // Installation guide: the boot menu's title, the first line of the menu as the screen shows it.
    ["a listing's first line (a screen's menu)", same("Debian GNU/Linux installer boot menu", { gapBefore: "\n\n", gapAfter: "\n" })],
    // dpkg-dev deb-changelog(5): the first line of a changelog entry of the example.
    ["an example file's first line", same("as the code is mapping the minimum version 0 to '' to avoid outputting", { gapBefore: "\n\n", gapAfter: "\n" })],
    // Installation guide: the boot prompt, introduced by a Portuguese sentence ending in a colon.
    ["a prompt a Portuguese colon introduces", same("Press F1 for the help index, or ENTER to boot:", { prevPt: "Na linha seguinte pode ser escrito o comando de arranque:", prevEn: "The boot command can be typed at the prompt:", gapBefore: "\n\n", gapAfter: "\n\n" })],
    ["lines of output a Portuguese colon introduces", same("the output lines of this file", { prevPt: "O programa mostra:", prevEn: "The program shows:", gapBefore: "\n\n", gapAfter: "\n\n" })],
    // Installation guide: a component's name, then the name spelled out.
    ["a name's expansion after the name (anna)", same("Anna's Not Nearly APT.", { prevPt: "anna", gapBefore: "\n\n", gapAfter: " " })],
    // LilyPond's manuals page: a resource's name holding a coined name.
    ["a title holding a coined name", same("LilyPond Snippet Repository:", { gapAfter: " " })],
    // GIMP bibliography: the author line, credited with the copyright in the next pair.
    ["an author the next pair credits with a copyright", same("Carol Spears.", { nextPt: "Copyright © 2004 Carol Spears.", gapAfter: " " })],
    // unicode(7): a cited standard's title, its entry going on after it on the line.
    ["a cited standard's title", same("• Information technology — Part 1: Architecture and Basic Multilingual Plane.", { nextPt: "International Standard ISO/IEC 10646-1, International Organization for Standardization, Genebra, 2000.", gapAfter: " " })],
    // GIMP key reference: a key of two words, the key's label.
    ["a key's name", same("Page Up")],
  ])("near miss: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair, { spellers })).toEqual([]));
  it.each([
    ["a heading, a blank line after it", same("Debian installer boot menu", { gapBefore: "\n\n", gapAfter: "\n\n" }), "Debian installer boot menu"],
    // Injected: an entry a colon introduces is prose the translation translates, not a display.
    ["an entry a Portuguese colon introduces", same("MTIOCTOP — perform a tape operation", { prevPt: "Estes pedidos estão definidos em mtio.h:", prevEn: "These requests are defined in mtio.h:", gapBefore: "\n\n", gapAfter: "\n\n" }), "MTIOCTOP — perform a tape operation"],
    ["a label after a colon, continued on its line", same("Border Style:", { prevPt: "São elas:", prevEn: "They are:", gapBefore: "\n\n", gapAfter: " " }), "Border Style:"],
    ["a colon of English kept as it is before it", same("the output lines of this file", { prevPt: "The program shows:", prevEn: "The program shows:", gapBefore: "\n\n", gapAfter: "\n\n" }), "the output lines of this file"],
    ["a title of capitalised words with no coined name", same("Paint Tools", { gapAfter: "\n\n" }), "Paint Tools"],
    ["a name the neighbours do not credit", same("Carol Spears.", { nextPt: "Tutorial de Carol Spears.", gapAfter: " " }), "Carol Spears."],
    ["initials that spell no name before it", same("Anna's Not Nearly APT.", { prevPt: "apt", gapAfter: " " }), "Anna's Not Nearly APT."],
  ])("hit: %s", (_n, pair, flagged) => expect(runCheck(untranslatedIdentical, pair, { spellers })).toEqual([flagged]));
});

describe("untranslated-identical, in a whole document", () => {
  // checkDocument gives each pair the gap after it from the next pair's gap before: the listing's first line is known as such.
  it("near miss: a listing's first line, its next line in the same block", () => {
    const title = "Debian GNU/Linux installer boot menu";
    const inputs: CheckInput[] = [
      { pt: "O ecrã mostra um menu.", en: "The screen shows a menu." },
      { pt: title, en: title, gapBefore: "\n\n" },
      { pt: "Graphical install", en: "Graphical install", gapBefore: "\n" },
    ];
    const { pairFlags } = checkDocument(inputs, { variant: "pt-PT", terms: [] });
    expect(pairFlags[1]!.map((f) => f.code)).not.toContain("untranslated-identical");
    // The same pair with a paragraph after it is flagged.
    const alone = checkDocument([inputs[0]!, inputs[1]!, { ...inputs[2]!, gapBefore: "\n\n" }], { variant: "pt-PT", terms: [] });
    expect(alone.pairFlags[1]!.map((f) => f.code)).toContain("untranslated-identical");
  });
});

// Session 6 (issue 12): text the man pages and the installation guide show as the program has it, known by its look
// or by the line it continues, not by the layout around it (a line alone between blank lines is no block).
describe("untranslated-identical, shown as the program has it (session 6)", () => {
  const alone = (pt: string, more: Partial<CheckInput> = {}): CheckInput => ({ pt, en: pt, gapBefore: "\n\n", gapAfter: "\n\n", ...more });
  it.each([
    ["a program's message with its name first (dpkg)", alone("dpkg: warning: ignoring request to remove foo which isn't installed")],
    ["apt's error line", alone("E: Unable to locate package foo")],
    ["the rest of a changelog line after its comma (deb-changelog)", alone("as the code is mapping the minimum version 0 to '' to avoid outputting", {
      prevPt: "* Handle empty minimum versions when initializing dependency versions,", prevEn: "* Handle empty minimum versions when initializing dependency versions," })],
    ["a shell statement on variables (dpkg-buildflags)", alone("export CPPFLAGS CFLAGS LDFLAGS")],
    ["a preseed line's 'seen' flag (installation guide)", alone("d-i foo/bar seen false")],
    ["a command setting a quoted value (GRUB)", alone("set root='(hd0,msdos1)'")],
    ["a symbols file's tags glued to the symbol (dpkg)", alone("(regex|optional)\"private\" 1.0")],
  ])("near miss: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair)).toEqual([]));
  it.each([
    ["a heading starting with a capital and a colon", alone("Note: the settings are read again when the program starts.")],
    // A name, then its purpose: the purpose is a text of its own (Scilab's "continue" page).
    ["a purpose after its page's name", alone("keyword to pass control to the next iteration of a loop", { prevPt: "continue", prevEn: "continue" })],
    ["a line after an English sentence that ended", alone("as the code is mapping the minimum version", { prevPt: "Handle empty versions.", prevEn: "Handle empty versions." })],
    ["'export' in a sentence", alone("export the file to the folder")],
  ])("hit: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair)).toEqual([pair.pt]));
});

// Session 7 (issue 12): a man page's NOTES list its links as a title, then the address on a line of its own.
describe("untranslated-identical, a link's title (session 7)", () => {
  const alone = (pt: string, more: Partial<CheckInput> = {}): CheckInput => ({ pt, en: pt, gapBefore: "\n\n", gapAfter: "\n\n", ...more });
  it.each([
    ["a cited page's title, its address on the next line", alone("1. Debian Policy Manual, the packaging rules", { nextPt: "https://www.debian.org/doc/debian-policy/" })],
    ["a title, its address in angle brackets", alone("the packaging tutorial for new maintainers", { nextPt: "<https://www.debian.org/doc/manuals/packaging-tutorial/>" })],
  ])("near miss: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair)).toEqual([]));
  it.each([
    ["a sentence with an address after it on the same line", alone("see the packaging rules for new maintainers", { nextPt: "https://www.debian.org/doc/", gapAfter: " " })],
    ["a sentence followed by prose that holds an address", alone("see the packaging rules for new maintainers", { nextPt: "Veja https://www.debian.org/doc/ para mais." })],
  ])("hit: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair)).toHaveLength(1));
});

// Session 7, fresh tune-only man pages (debconf-devel, man, po4a): syntax shown alone, beside the headings that stay findings.
describe("untranslated-identical, syntax shown alone (session 7)", () => {
  const alone = (pt: string): CheckInput => ({ pt, en: pt, gapBefore: "\n\n", gapAfter: "\n\n" });
  it.each([
    ["a protocol's command and its placeholder (debconf)", alone("GET question")],
    ["a command and two placeholders", alone("SET question value")],
    ["a command line of a listed program (man)", alone("man ls")],
    ["a file's name", alone("XX.doc")],
    ["a roff request", alone(".SH \"AUTHORS\"")],
  ])("near miss: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair)).toEqual([]));
  it.each([
    ["a capitalised command word that opens a sentence", alone("GET the question from the database")],
    ["a sentence that opens with a listed program", alone("man pages are written in the roff language")],
  ])("hit: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair)).toEqual([pair.pt]));
});

// Session 9, fresh tune-only man pages (S9-FRESH-CLASSES C3): a configuration file's directives as its manual lists them.
describe("untranslated-identical, configuration directives (session 9)", () => {
  const term = (pt: string, more: Partial<CheckInput> = {}): CheckInput => ({ pt, en: pt, gapBefore: "\n\n", gapAfter: "\n\n", ...more });
  const english: Speller = { correct: (w) => ["online", "resources", "port", "number", "the", "default", "is", "no", "debug", "messages"].includes(w.toLowerCase()) };
  const described = { nextPt: "Especifica o número de porto em que o servidor escuta.", nextEn: "Specifies the port number to listen on." };
  it.each([
    ["a directive and its placeholder before its description (cupsd.conf)", term("Port number", described)],
    ["a directive and its value beside its sibling (cupsd.conf)", term("Browsing Yes", { nextPt: "Browsing No" })],
    ["a directive with a menu-like value beside one with a placeholder (cupsd.conf)", term("Allow none", { prevPt: "Allow all", nextPt: "Allow ipv4-address" })],
    ["a directive and an address group", term("Deny @LOCAL", { prevPt: "Deny [ipv6-address]" })],
    ["a directive with a quoted placeholder (ipptoolfile)", term("INCLUDE \"filename\"", { nextPt: "INCLUDE <filename>" })],
    ["a CamelCase directive in a list of directives (ppdcfile)", term("Duplex type", { prevPt: "DriverType type", nextPt: "Finishing name" })],
    // By structure, whatever the values: the same coined keyword on the line beside.
    ["a coined keyword's forms, one per line, values of any kind", term("LogLevel debug messages", { prevPt: "LogLevel warn" })],
  ])("near miss: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair)).toEqual([]));
  it.each([
    ["an English heading before its translated paragraph", term("Online resources", described)],
    ["a directive-shaped line whose next sentence was left in English too", term("Port number", { nextPt: "The port number the server listens on.", nextEn: "The port number the server listens on." })],
    ["the English sentence beside the directives", term("The default is \"No\".", { nextPt: "Timeout seconds" })],
    ["a coined name's heading, no line beside with the same keyword", term("JavaScript debug messages", { prevPt: "JavaScript", nextPt: "Especifica o nível." })],
  ])("hit: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair, { spellers: { en: english, pt: { correct: () => false } } })).toHaveLength(1));
});

// Tuning half, GIMP help (reviewed genuine): labels of a dialog left in English, shaped like directives.
describe("untranslated-identical, labels beside directive-shaped lines (GIMP help)", () => {
  const english: Speller = { correct: (w) => ["wave", "type", "fractional", "select", "all"].includes(w.toLowerCase()) };
  const term = (pt: string, more: Partial<CheckInput> = {}): CheckInput => ({ pt, en: pt, gapBefore: "\n\n", gapAfter: "\n\n", ...more });
  it.each([
    ["a label before the list its Portuguese opens", term("Wave type", { nextPt: "Escolhe como a onda deve ser:", nextEn: "Choose how the wave should be:" })],
    ["a key reference's labels, one beside the other", term("Select all", { prevPt: "Ctrl + A", nextPt: "Select none" })],
    ["a label before a paragraph with its own subject", term("Fractional type", { nextPt: "Por conta do corte na imagem, pixels desaparecem.", nextEn: "Due to the cut, pixels disappear." })],
  ])("hit: %s", (_n, pair) => expect(runCheck(untranslatedIdentical, pair, { spellers: { en: english, pt: { correct: () => false } } })).toHaveLength(1));
});

// Session 15 (issue 12, broad classes): a line of configuration or a command around an address, standing alone
// (apt's sources.list lines, kdesvn's command lines; the same lines the words check calls configuration).
describe("untranslated-identical, a configuration or command line around an address (session 15)", () => {
  const en: Speller = { correct: (w) => ["main", "contrib", "see", "the", "for", "details", "exec", "diff", "stable", "notes", "on", "page", "at", "free", "firmware", "non"].includes(w) };
  it.each([
    ["a sources.list line alone between paragraphs (apt)", "deb http://deb.debian.org/debian bookworm main contrib non-free non-free-firmware"],
    ["a source line with a short address", "deb-src http://x.org/debian stable main contrib non-free"],
  ])("near miss: %s", (_n, line) => expect(runCheck(untranslatedIdentical, { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n\n" }, { spellers: { en } })).toEqual([]));
  it.each([
    // A sentence opens with a capital, or ends with its stop: the address is the prose's.
    ["a sentence around an address, with no stop", "See the notes on the main page at http://x.org for the details"],
    ["a lower-case sentence ending with its stop", "see the notes on the main page at http://x.org for the details."],
  ])("hit: %s", (_n, line) => expect(runCheck(untranslatedIdentical, { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n\n" }, { spellers: { en } })).toEqual([line]));
});

// Session 15: a line of code behind a comment's or a prompt's mark glued to it (the installation guide's preseed
// examples; the same holds of a rules file's "#export …" or a prompt's "%cvs …", which other rules excuse already).
describe("untranslated-identical, code behind a glued comment or prompt mark (session 15)", () => {
  const en: Speller = { correct: (w) => ["string", "include", "export", "update", "the", "values", "can", "also", "be", "set", "here"].includes(w) };
  it.each([
    ["a preseed line commented out", "#d-i preseed/include string x.cfg"],
  ])("near miss: %s", (_n, line) => expect(runCheck(untranslatedIdentical, { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n\n" }, { spellers: { en } })).toEqual([]));
  it.each([
    // A comment in words after a glued mark is prose: the words, not the mark, decide.
    ["a comment in words glued to its mark", "#The values can also be set here"],
  ])("hit: %s", (_n, line) => expect(runCheck(untranslatedIdentical, { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n\n" }, { spellers: { en } })).toEqual([line]));
});

// Session 15: a program's invocation in lower case, the program's hyphenated name first (dpkg's maintainer scripts as
// deb-postinst(5) lists their calls, apt-get's and update-alternatives' command lines, cups' helper programs).
describe("untranslated-identical, a program's invocation (session 15)", () => {
  const en: Speller = { correct: (w) => ["upgrade", "remove", "package", "install", "link", "name", "path", "priority", "right", "click", "the", "image", "to", "open", "it", "settings", "dialog", "plot", "zero", "pole", "low", "true"].includes(w) };
  const run = (line: string) => runCheck(untranslatedIdentical, { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n\n" }, { spellers: { en } });
  it.each([
    ["a maintainer script's call", "old-prerm upgrade new-version"],
    ["a maintainer script's call with a possessive", "conflictor's-prerm remove in-favour package new-version"],
    ["a command line with placeholders", "update-alternatives --install link name path priority"],
    ["a boot command and its setting (installation guide)", "install fb=false"],
    ["a boot parameter alone, its question's path as its name", "lowmem/low=true"],
  ])("near miss: %s", (_n, line) => expect(run(line)).toEqual([]));
  it.each([
    // Function words make it prose; a capital makes it a heading or a sentence.
    ["a lower-case instruction with function words", "right-click the image to open it"],
    ["a capitalised heading with a hyphenated word", "Pole-zero plot settings dialog"],
    ["a lower-case sentence with a setting in it", "set the value to fb=false in the file"],
  ])("hit: %s", (_n, line) => expect(run(line)).toEqual([line]));
});

// Session 15: a statement of a file format or a protocol, its keyword in capitals (ipptool's test files, debconf's
// protocol), as KEYWORD_AND_PLACEHOLDERS with longer arguments.
describe("untranslated-identical, a statement opened by a keyword in capitals (session 15)", () => {
  const en: Speller = { correct: (w) => ["integer", "name", "medium", "uri", "member", "the", "value", "of", "is", "not", "set", "here", "notes", "image", "menu", "options"].includes(w.toLowerCase()) };
  const run = (line: string) => runCheck(untranslatedIdentical, { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n\n" }, { spellers: { en } });
  it.each([
    ["a test file's member", "MEMBER integer x-dimension 21590"],
    ["a test file's expectation", "EXPECT job-uri OF-TYPE uri"],
    ["a protocol's command", "INPUT medium debconf/frontend"],
  ])("near miss: %s", (_n, line) => expect(run(line)).toEqual([]));
  it.each([
    // A sentence opened by a word in capitals has function words.
    ["a sentence opened by a shouted word", "NOTE the value is not set here"],
  ])("hit: %s", (_n, line) => expect(run(line)).toEqual([line]));
});

// Session 15: a C declaration cut at an argument, standing alone (the Linux man pages' synopses, cups' filter(7)).
describe("untranslated-identical, a C declaration cut at an argument (session 15)", () => {
  const en: Speller = { correct: (w) => ["int", "char", "data", "get", "key", "stream", "restrict", "long", "ago", "in", "a", "land", "far", "away", "short", "five", "minutes", "break", "for", "the", "team"].includes(w.toLowerCase()) };
  const run = (line: string) => runCheck(untranslatedIdentical, { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n\n" }, { spellers: { en } });
  it.each([
    ["a function pointer member", "int (*get)(const DB *db, DBT *key, DBT *data,"],
    ["a prototype cut at its arguments", "int fwprintf(FILE *restrict stream,"],
    ["pointer parameters", "char *data, int *datalen,"],
  ])("near miss: %s", (_n, line) => expect(run(line)).toEqual([]));
  it.each([
    // Prose that opens with a type's word has no star or name glued to a bracket after it.
    ["prose opening with a keyword's word", "long ago, in a land far away"],
    ["a keyword's word before an aside in brackets", "short (five minutes) break for the team"],
  ])("hit: %s", (_n, line) => expect(run(line)).toEqual([line]));
});
