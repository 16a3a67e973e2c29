import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { describe, expect, it } from "vitest";
import { createSpeller } from "../text/speller.ts";
import { runCheck } from "../render-flags.ts";
import { untranslatedLanguage } from "./untranslated-language.ts";

const quote = "In one example, provided by a tech worker who asked to remain anonymous for professional reasons, a user testing the service prompted ChatGPT.";

describe("untranslated-language", () => {
  it.each([
    ["English paragraph", quote, [quote]],
    ["English sentence inside Portuguese", `O relato dizia o seguinte. ${quote}`, [quote]],
    ["English title after a label", "Original Article Title: Sam Altman on Sora, Energy, and Building an AI Empire", ["Original Article Title: Sam Altman on Sora, Energy, and Building an AI Empire"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(untranslatedLanguage, { pt })).toEqual(expected));

  it.each([
    ["Portuguese", "Sobre o recente lançamento do modelo de vídeo Sora, Altman também delineou suas posições."],
    // Loanwords and names do not make a Portuguese sentence English.
    ["loanwords and names", "O feedback do ChatGPT sobre o prompt da startup foi publicado no blog da OpenAI."],
    ["short English", "Original Source: a16z"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(untranslatedLanguage, { pt })).toEqual([]));
});

describe("untranslated-language, titles", () => {
  it("near miss: a book title kept in English inside a Portuguese sentence", () => {
    expect(runCheck(untranslatedLanguage, { pt: "Veja também o livro “Structure and Interpretation of Computer Programs” para mais." })).toEqual([]);
  });
  it("near miss: a title with a comma kept in English", () => {
    expect(runCheck(untranslatedLanguage, { pt: "Leia o livro “Hackers, Heroes of the Computer Revolution”." })).toEqual([]);
  });
  it("near miss: a quotation the English has word for word (a title in lower case)", () => {
    const pt = "Leia o artigo “the cathedral and the bazaar, as seen by its users”.";
    expect(runCheck(untranslatedLanguage, { pt, en: "Read the article “the cathedral and the bazaar, as seen by its users”." })).toEqual([]);
  });
});

// Development corpus (tune half): English that stays English where it stands.
describe("untranslated-language, English kept on purpose (development corpus)", () => {
  const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
  it.each([
    // A list of values the text names, after a Portuguese lead.
    ["a list of keywords after a Portuguese lead", "É um de: Mon, Tue, Wed, Thu, Fri, Sat, Sun."],
    // A bibliography's entry: the cited work's title, the standard's and the publisher's names.
    ["a cited book with its citation key", "Computer Graphics, Principles and Practice, the revised edition [FOLEY01]."],
    ["a cited standard with its city and year", "International Standard ISO/IEC 10646-1, International Organization for Standardization, Genebra, 2000."],
    // Code: an assignment and a call, and a formula whose stop between digits ends no sentence.
    ["a calling sequence", "[unit, err] = file(\"open\", file-name [,status] [,access [,recl]] [,format]) with the name of the file"],
    ["an English comment after code", "clf()\nsubplot(224); plot(x , y', \"o-\"); // x and y are transposed in this plot, as the figure shows\nxtitle(t)"],
    ["a formula with a decimal number", "[14] Scaled intensity = (intensity - 127.5) / 127.5; see Seção 13.3.6, the calculation of the displacement."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(untranslatedLanguage, { pt }, { spellers })).toEqual([]));
  it.each([
    ["a description left in English after an entry's name", "cdfnor — cumulative distribution function of the normal distribution, with its inverse"],
    ["a sentence with a short list in it", "Any Scilab object can be given here (matrix, list, string), and the result is the same."],
  ])("hit: %s", (_n, pt) => expect(runCheck(untranslatedLanguage, { pt }, { spellers })).toEqual([pt]));
});

describe("untranslated-language, shown as the English shows it (development corpus, tuning half)", () => {
  const line = "Press F1 for the help index, or ENTER to boot the system from here:";
  it.each([
    // Installation guide: the identical check excuses the boot prompt by where it stands; so does this check.
    ["a prompt a Portuguese colon introduces", { pt: line, en: line, prevPt: "Pode ser escrito o comando de arranque:", prevEn: "The boot command can be typed:", gapBefore: "\n\n", gapAfter: "\n\n" }],
    ["a listing's first line", { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n" }],
    // Scilab roots: an author-year citation, the title of the cited paper after the year.
    ["a cited paper's title after its year", { pt: "(1970), A Three-Stage Algorithm for Real Polynomials Using Quadratic Iteration, SIAM J. Numer." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(untranslatedLanguage, pair)).toEqual([]));
  it("hit: the same line as a paragraph of its own", () => {
    expect(runCheck(untranslatedLanguage, { pt: line, en: line, gapBefore: "\n\n", gapAfter: "\n\n" })).toEqual([line]);
  });
});

// Session 6 (issue 12, Scilab's history tables with no English): values the sentence names in quotes, one word each.
describe("untranslated-language, values named in quotes (session 6)", () => {
  const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
  it("near miss: quoted keyword values in a Portuguese sentence, no English", () => {
    expect(runCheck(untranslatedLanguage, { pt: "Novo \"orientation\" valores disponíveis: \"left\", \"right\", \"upper\", \"lower\"." }, { spellers })).toEqual([]);
  });
  it("hit: an English sentence around a quoted word", () => {
    const line = "Set the \"orientation\" property to change where the label is drawn on the axes.";
    expect(runCheck(untranslatedLanguage, { pt: line }, { spellers })).toEqual([line]);
  });
});

// Development corpus, tune half (issue 12, session 8): literal material franc reads as English.
describe("untranslated-language, addresses and settings (session 8)", () => {
  const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
  it.each([
    // po4a's RubyDoc.3pm (pt-BR and pt): the FSF's address, which every GPL notice of a man page carries.
    ["a postal address after a Portuguese lead (po4a)", "Você deve ter recebido uma cópia da Licença Pública Geral GNU; se não, escreva para Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA."],
    ["another address, a street and a suite (constructed)", "Os pedidos devem ser enviados para Example Software Ltd., 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA."],
    // po4a.7: the header line of the example, its position text translated or not.
    // KDE khelpcenter's glossary (pt-PT) prints its links as raw HTML: the link's text and address are the markup's.
    ["a raw link's markup shown as text (KDE glossary)", "Mais informações: <a href=\"http://en.wikipedia.org/wiki/Qt_Style_Sheets\" target=\"_top\">Wikipedia: Qt Style Sheets and the widgets</a>"],
    ["a header line of settings (po4a)", "PO4A-HEADER:mode=after;position=Copyright Big Dude, 2004;beginboundary=^"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(untranslatedLanguage, { pt }, { spellers })).toEqual([]));
  it.each([
    // The GPL's paragraph in capitals is English left as it was, shouted or not.
    ["a paragraph in capitals", "THERE IS NO WARRANTY FOR THE PROGRAM, TO THE EXTENT PERMITTED BY APPLICABLE LAW."],
    ["a sentence with one setting in it", "Set mode=after in the header when you want the translator's note placed after the section."],
  ])("hit: %s", (_n, pt) => expect(runCheck(untranslatedLanguage, { pt }, { spellers })).toEqual([pt]));
});

// Session 15 (issue 12, broad classes): a command's synopsis written in the notation of every manual (kid3-cli's
// commands, mime.types' rule syntax): a lower-case command, then a bracket of alternatives between bars or of a repetition.
describe("untranslated-language, a command's synopsis (session 15)", () => {
  const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
  const run = (pt: string) => runCheck(untranslatedLanguage, { pt }, { spellers });
  it.each([
    ["alternatives between bars", "select [all | none | first | previous | next | FILE...]"],
    ["a bracket of alternatives and a placeholder's bracket", "get [all | the package name] [the numbers of the tags]"],
    ["a rule repeated in its bracket", "mime/type [ really-really-really-long-rule ... \\ rule ]"],
  ])("near miss: %s", (_n, pt) => expect(run(pt)).toEqual([]));
  it.each([
    // A sentence opens with a capital: its bracket is the prose's.
    ["a sentence with an elision in brackets", "Select all of the files that you want [...] and then press the button to remove them."],
    // A lower-case line whose bracket holds no alternatives and no repetition is prose.
    ["a lower-case sentence with an aside in brackets", "select all of the files [the ones you want to keep] and then press the button to remove them."],
  ])("hit: %s", (_n, pt) => expect(run(pt)).toEqual([pt]));
});

// Session 15: an acronym's expansion is a name (KDE Kalzium's "IUPAC … é o International Union of Pure and Applied Chemistry").
describe("untranslated-language, an acronym's expansion (session 15)", () => {
  const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
  const run = (pt: string) => runCheck(untranslatedLanguage, { pt }, { spellers });
  it("near miss: the expansion of an acronym the sentence writes", () => {
    expect(run("IUPAC (padrão) é o International Union of Pure and Applied Chemistry.")).toEqual([]);
  });
  it("hit: English around the expansion is still English", () => {
    const pt = "The IUPAC is the International Union of Pure and Applied Chemistry, which names the elements for everyone in the world.";
    expect(run(pt)).toEqual([pt]);
  });
  it("hit: capitalised words that spell no acronym of the sentence", () => {
    const pt = "IUPAC (padrão) é o International Committee of Weights and Measures.";
    expect(run(pt)).toEqual([pt]);
  });
});

// Session 15: a line literal by its shape and identical to its English (literal-shape.ts through shownAsIs): franc
// would take a command on paths, or a program's invocation, for English.
describe("untranslated-language, a literal line kept as the English has it (session 15)", () => {
  const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
  it.each([
    ["a program's invocation", "update-alternatives --install link name path priority"],
    ["a maintainer script's call", "new-preinst install old-version new-version"],
  ])("near miss: %s", (_n, line) => expect(runCheck(untranslatedLanguage, { pt: line, en: line }, { spellers })).toEqual([]));
  it("hit: an English sentence identical to its English is still English", () => {
    const line = "Choose the language to be used for the installation process.";
    expect(runCheck(untranslatedLanguage, { pt: line, en: line }, { spellers })).toEqual([line]);
  });
});
