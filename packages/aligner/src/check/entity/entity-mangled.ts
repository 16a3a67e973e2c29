import { literalSpans, overlapsLiteral, type LiteralKind } from "../../normalize/literal-spans.ts";
import { flagAt, type Check } from "../check.ts";
import { lineAt } from "../text/lines.ts";
import { nameMatches } from "./name-matches.ts";
import { translatedPieces } from "./translated-pieces.ts";

/**
 * The same name with another number ("ISO C 99" where the English has "ISO C90"): another version or
 * standard, which the number checks compare; a mangling changes letters ("GPT-4.0" for "GPT-4o").
 */
function otherNumber(text: string, expected: string): boolean {
  const a = text.replace(/\s/gu, "");
  const b = expected.replace(/\s/gu, "");
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(/\p{N}/u.test(a[i]!) && /\p{N}/u.test(b[i]!))) return false;
  return true;
}

/** An address is copied whole or not: a word inside one ("gnu.org/licenses/") is the address's, not a name's (entity-token compares addresses). */
const ADDRESS: ReadonlySet<LiteralKind> = new Set(["url", "email", "path", "host", "file"]);

/**
 * A name of the English that reached the Portuguese split, joined, misheard or
 * respelled ("deep seek" for DeepSeek, "noé smith" for Noah Smith, "GPT-4.0" for GPT-4o).
 */
/**
 * Not a mangled name but the name's accepted other spelling or no name at all (session 15, issue 12):
 * - the same letters with a hyphen more or fewer ("DBus" for "D-Bus", "cdrom" for "CD-ROM"): names spelled with a hyphen
 *   are written without it as often (D-Bus's own documentation writes "DBus"), and the capitals are the casing checks' to judge;
 *   joined words without a hyphen ("GuideXML" for "Guide XML") and a hyphen moved ("WKP-DCA" for "WKPD-CA") stay findings;
 * - a figure with its unit ("64 bits", "1,024-bits" for "64-bit PCs", "1,024-bit RSA"): Portuguese puts the unit in the plural
 *   after "de" where English makes a hyphenated adjective; the figure is the number checks' to compare;
 * - a word inside an identifier or an option that the English has whole ("create" of "create_makefile", "import-certificate"
 *   of "--import-certificate"): the identifier is the name, copied as it is; one the English has otherwise ("MT_ISSCSI" for
 *   "MT_ISSCSI1") stays a finding.
 */
function otherSpellingOrNoName(pt: string, en: string, m: { start: number; end: number; text: string; expected: string }): boolean {
  if (m.text.includes("-") !== m.expected.includes("-") && m.text.replace(/-/gu, "").toLowerCase() === m.expected.replace(/-/gu, "").toLowerCase()) return true;
  // Only a figure and its one unit word ("64 bits" for "64-bit PCs"): a longer name that opens with a figure
  // ("8168B PCI ExpressGigabit") is still a name, its words joined or not.
  const figure = FIGURE_AND_UNIT.exec(m.text)?.[1];
  if (figure !== undefined && (m.expected.startsWith(`${figure}-`) || m.expected.startsWith(`${figure} `))) return true;
  const token = identifierAround(pt, m.start, m.end);
  return token.length > m.end - m.start && wholeTokenIn(en, token);
}

/** The identifier joined by "_" or "-" around a span, with an option's dashes ("create_makefile" around "create", "--import-certificate"). */
function identifierAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && IDENTIFIER_CHAR.test(text[a - 1]!)) a--;
  while (b < text.length && IDENTIFIER_CHAR.test(text[b]!)) b++;
  return text.slice(a, b);
}
const IDENTIFIER_CHAR = /[\p{L}\p{N}_-]/u;
/** A figure and one word, apart or hyphenated ("64 bits", "1,024-bit"): the figure in group 1. */
const FIGURE_AND_UNIT = /^(\d[\d.,]*)[\s-]\p{L}+$/u;
/** Whether `text` has `token` standing alone, not inside a longer identifier ("MT_ISSCSI" is not in "MT_ISSCSI1"). */
function wholeTokenIn(text: string, token: string): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    if (!IDENTIFIER_CHAR.test(text[at - 1] ?? " ") && !IDENTIFIER_CHAR.test(text[at + token.length] ?? " ")) return true;
  }
  return false;
}

/** A line of a code comment: "// texto", "/* texto", "* texto" inside one. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*)/u;

export const entityMangled: Check<"entity-mangled"> = {
  id: "entity-mangled",
  family: "entity",
  severity: "error",
  name: "Name changed from the English",
  description: "A name, product or model in the English appears in the Portuguese in another spelling.",
  run(pair, context) {
    // Without English there is nothing to compare with; the term-list check covers that case.
    if (!pair.en) return [];
    const found = nameMatches(pair, context.terms, context.spellers.pt, context.spellers.en).filter((m) => m.from === "english" && m.kind === "spelling");
    if (!found.length) return [];
    const addresses = literalSpans(pair.pt).filter((l) => ADDRESS.has(l.kind));
    return found
      // A metavariable translated piece by piece ("-Vdependências" for "-Vdependencies") is the translator's choice.
      .filter((m) => !overlapsLiteral(addresses, m.start, m.end) && !otherNumber(m.text, m.expected) && !translatedPieces(m.text, m.expected, context.spellers.pt, context.spellers.en))
      // A code comment's words ("// … mostra a predominância de Global Property" for "GlobalProperty"): the example's own
      // text, which follows the page's version; a name written apart there is no name the prose got wrong.
      .filter((m) => !COMMENT_LINE.test(lineAt(pair.pt, m.start)) && !otherSpellingOrNoName(pair.pt, pair.en!, m))
      .map((m) => flagAt(this, pair.pt, m.start, m.end, `The English has "${m.expected}"; "${m.text}" looks like a mangled form of it.`, m.expected));
  },
};
