import { looksLikeCode } from "../text/looks-like-code.ts";
import { isDeclarationLine } from "../text/type-keywords.ts";
import { isCommandLine } from "./commands.ts";
import { configLine } from "./config-line.ts";

/**
 * Literal lines known by their own shape, wherever they stand: a mark of code, a command, a line of configuration
 * around an address, code behind a glued comment mark, a program's invocation, a file format's statement, a C
 * declaration. The identical check excuses a pair of these; so do the other untranslated checks (see shownAsIs), since
 * a line the translator kept as the English has it for its shape is not English prose to translate, whatever words it holds.
 */

// One mark is enough for these: an identifier's underscore ("DEB_BUILD_*"; not an asterisk alone: Markdown emphasis), a synopsis's bar
// ("| remove pkg..."), an armour line ("-----BEGIN PGP"), a search pattern ("?narrow(PATTERN...)"), a symbol glued to its
// version tag ("foo@Base 1.0", "access@GLIBC_2.0": a symbols file's line; an address's domain is in lower case).
// A lone key, path or address in lower case ("rescue/enable", "wais://hostport/database") is a boot parameter, a setting's name or a URL, not words.
export const CODE_MARK = /\p{L}_|_\p{L}|(?:^|\s)\|\s|-{3,}|(?:^|\s)\?\p{L}+\(|[\p{L}\p{N}")]@\p{Lu}|^[\p{Ll}\d.:-]+(?:\/+[\p{Ll}\d.:-]+)+$/u;

export const LOWER_FIRST = /^\p{Ll}/u;
/**
 * A comment's or a prompt's mark glued to the start of a line ("#d-i preseed/include string x.cfg", "#export DH_VERBOSE=1",
 * "%cvs update -r X"): a line of code commented out, or typed after the shell's prompt, is still the program's text when
 * what follows the mark is code. (A comment in words has a space after its mark: CODE_OR_TABLE_LINE's affair.)
 */
const GLUED_MARK = /^(?:#|%|\/\/|;)(?=[\p{L}_$])/u;
export const commentedCode = (pt: string): boolean => {
  const mark = GLUED_MARK.exec(pt);
  if (!mark) return false;
  const rest = pt.slice(mark[0].length);
  return looksLikeCode(rest) || CODE_MARK.test(rest) || isCommandLine(rest);
};
// The pair is its English word for word: no word of it is the translator's Portuguese.
export const NO_PORTUGUESE = (): boolean => false;

/**
 * A program's invocation in lower case: the program's name, hyphenated as programs are named ("apt-get", "old-prerm",
 * "update-alternatives", "conflictor's-prerm", "dh_install"), then two arguments at least, none an English function word
 * ("old-prerm upgrade new-version", "apt-get install package/testing"), no stop. A sentence or a heading opens with a
 * capital; a lower-case fragment of prose ("is now", "instead of") has function words; a hyphenated term alone
 * ("pole-zero plot") has fewer words. So is a command given its settings glued to their values ("install fb=false").
 */
const PROGRAM_NAME = /^\p{Ll}[\p{Ll}\p{N}'’]*(?:[-_][\p{Ll}\p{N}]+)+$/u;
const FUNCTION_WORD = /^(?:the|a|an|of|to|is|are|was|be|for|with|and|or|in|on|at|by|from|this|that|it|as|not|no|can|will|if|then)$/iu;
const MIN_INVOCATION_TOKENS = 3;
// A setting glued to its value, as a program reads its arguments ("fb=false", "vga=788", "packages=udev"), a boot
// parameter's question path included ("lowmem/low=true").
const SETTING = /^[\p{Ll}_][\p{L}\p{N}_./-]*=\S+$/u;
export function invocation(pt: string): boolean {
  if (/[.!?:;]$/u.test(pt) || !LOWER_FIRST.test(pt)) return false;
  const tokens = pt.split(/\s+/u);
  if (tokens.some((t) => FUNCTION_WORD.test(t))) return false;
  // Or a command and its settings ("install fb=false", "expert vga=normal"), or a setting alone ("lowmem/low=true").
  return (tokens.length >= MIN_INVOCATION_TOKENS && PROGRAM_NAME.test(tokens[0]!)) || (tokens.length >= 2 ? tokens.slice(1) : tokens).some((t) => SETTING.test(t));
}

/**
 * A statement of a file format or a protocol (the identical check's KEYWORD_AND_PLACEHOLDERS with longer arguments), its keyword in capitals and then two
 * arguments at least, one in lower case, none a function word or a capitalised word ("MEMBER integer x-dimension
 * 21590", "ATTR name requesting-user-name $user", "EXPECT job-uri OF-TYPE uri", "INPUT medium debconf/frontend"). A
 * heading in capitals has no lower case; a sentence opened by an acronym has function words.
 */
const STATEMENT_KEYWORD = /^\p{Lu}{2,}[\p{Lu}\p{N}_-]*$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
export function keywordStatement(pt: string): boolean {
  if (/[.!?:;]$/u.test(pt)) return false;
  const [keyword, ...args] = pt.split(/\s+/u);
  return STATEMENT_KEYWORD.test(keyword!) && args.length >= 2 && args.some((a) => LOWER_FIRST.test(a)) && !args.some((a) => FUNCTION_WORD.test(a) || TITLE_WORD.test(a));
}

/**
 * Whether the line (trimmed) is literal by its whole shape: see the module's comment. Not a single mark of code
 * (CODE_MARK, looksLikeCode): one identifier in an English paragraph ("set DEB_BUILD_OPTIONS before you build") is
 * enough for the identical check to leave the pair to the others, not for them to leave it too.
 */
export const literalByShape = (pt: string): boolean =>
  isCommandLine(pt) || (LOWER_FIRST.test(pt) && configLine(pt, NO_PORTUGUESE)) || commentedCode(pt) || invocation(pt) || keywordStatement(pt) || isDeclarationLine(pt);
