import type { CheckInput } from "../../types.ts";

/**
 * What a configuration directive's term line holds after its keyword: a placeholder naming the kind
 * of value ("Port number", "User name", "Timeout seconds", "DriverType type", "Cutter boolean-value"),
 * a literal value ("Browsing Yes", "Allow all", "Encryption IfRequested", "Deny @LOCAL", "Listen
 * *:port", "INCLUDE "filename"", "Allow [ipv6-address]").
 */
const PLACEHOLDER = /^(?:[\p{Ll}\d]+-)*(?:name|names|number|type|value|values|seconds|minutes|address|username|filename|path|directory|level|size|count|string|port|host|hostname|id|uri|url|banner|message|spec|expression|format|file|text|mode|key|list)$/u;
const VALUE = /^(?:yes|no|on|off|true|false)$/iu;
/** Values a menu's label has too ("Select all", "Select none"): a directive's only beside one that says more. */
const WORD_VALUE = /^(?:all|none|any|never|always|required)$/iu;
const LITERAL_VALUE = /^(?:"[^"\s]*"|<[^>\s]*>|\[[^\]\s]*\]|@\p{L}+|\*\S*|\S*:\S+|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$/u;
/** The directive's keyword: a capitalised or CamelCase word ("Browsing", "DriverType"), or capitals ("INCLUDE"). */
const KEYWORD = /^\p{Lu}[\p{L}\p{N}]*$/u;

const isValue = (token: string): boolean => PLACEHOLDER.test(token) || VALUE.test(token) || LITERAL_VALUE.test(token);

/**
 * A line shaped like a directive: its keyword and one or two values or placeholders, no stop of a sentence.
 * `weak`: also a value a menu's label may have ("all", "none"), which says "directive" only with another line's help.
 */
export function isDirectiveShape(line: string, weak = false): boolean {
  const tokens = line.trim().split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 3 || !KEYWORD.test(tokens[0]!)) return false;
  return tokens.slice(1).every((t) => isValue(t) || (weak && WORD_VALUE.test(t)));
}

/** A coined keyword: a capital inside the word ("PeerCred", "PrintcapFormat"), as a program names a directive and no prose word is written. */
const COINED_KEYWORD = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
/** The keyword and its one or two values, whatever they are: "PeerCred root-only", "LogFileGroup group-name-or-number". */
const keywordAndValues = (line: string): string | undefined => {
  const tokens = line.trim().split(/\s+/u);
  return tokens.length >= 2 && tokens.length <= 3 && COINED_KEYWORD.test(tokens[0]!) ? tokens[0] : undefined;
};

/**
 * A directive's forms listed one per line, by structure rather than by its values: the same coined keyword opens
 * the line beside, each with a value or two ("PeerCred off" ¶ "PeerCred on" ¶ "PeerCred root-only"). A heading with a
 * product's name ("JavaScript support") does not repeat its first word on the next line.
 */
function coinedKeywordRun(pair: CheckInput): boolean {
  const keyword = keywordAndValues(pair.pt);
  if (keyword === undefined) return false;
  const prev = pair.prevPt?.trimEnd() ?? "";
  return keywordAndValues(prev.slice(prev.lastIndexOf("\n") + 1)) === keyword || keywordAndValues(firstLine(pair.nextPt)) === keyword;
}

/** A sentence that opens on a verb in the third person ("Especifica", "Permite", "Nega", "Inclui") and ends with a stop. */
const DESCRIPTION = /^\p{Lu}\p{Ll}+[aei]\s[^\n]*\.$/u;

const firstLine = (text: string | undefined): string => (text ?? "").trimStart().split("\n")[0] ?? "";

/**
 * A configuration file's directive as its manual lists it (CUPS' cupsd.conf(5): "Browsing Yes", "Port
 * number", "Allow all"; ppdcfile(5): "Duplex type"): syntax the reader types, the same in both languages.
 * Its shape alone could be a heading left in English ("Image type"), so where it stands must say it too:
 * beside another directive (the manual lists "Browsing Yes" then "Browsing No", "Group name" then
 * "Installable name"), or before the Portuguese sentence that describes it ("Especifica o nome…"),
 * translated while the line was not.
 */
export function isDirectiveLine(pair: CheckInput): boolean {
  if (coinedKeywordRun(pair)) return true;
  if (!isDirectiveShape(pair.pt, true)) return false;
  // Beside another directive; two lines of menu-like values alone ("Select all" then "Select none") are labels.
  const strong = isDirectiveShape(pair.pt);
  const prev = pair.prevPt?.trimEnd() ?? "";
  const prevLine = prev.slice(prev.lastIndexOf("\n") + 1);
  const nextLine = firstLine(pair.nextPt);
  if (isDirectiveShape(prevLine, strong) || isDirectiveShape(nextLine, strong)) return true;
  // The description a manual gives a directive opens on its verb and ends its sentence ("Especifica o nome…", "Escuta no
  // porto…"); a label's explanation often opens a list ("Escolhe como a onda deve ser:") or has its own subject.
  const next = pair.nextPt?.trim();
  return next !== undefined && DESCRIPTION.test(next) && next !== pair.nextEn?.trim();
}
