import { flagAt, type Check } from "../check.ts";
import { words } from "../text/words.ts";
import { maskLiterals } from "../../normalize/literal-spans.ts";
import { englishWordTest } from "./english-signal.ts";
import { isLiteralLine } from "./literal-line.ts";
import { isCommandLine } from "./commands.ts";
import { describedLabel } from "./described-label.ts";
import { isDirectiveLine } from "./directive-line.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { configLine } from "./config-line.ts";
import { isDeclarationLine } from "../text/type-keywords.ts";
import { CODE_MARK, LOWER_FIRST, NO_PORTUGUESE, commentedCode, invocation, keywordStatement } from "./literal-shape.ts";
import { citedTitle, continuesShownText, creditedName, introducedDisplay, linkTitle, namesCoinedThing, opensBlock, programMessage, spellsPreviousName } from "./shown-as-is.ts";

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const LETTER_WORD_2 = /^\p{L}{2,}$/u;
const LETTER_WORD_3 = /^\p{L}{3,}$/u;
const LOWER_WORD_3 = /^\p{Ll}{3,}$/u;
const ANY_LETTER_G = /\p{L}/gu;

/** Fewer words than this can be the same in both languages ("OpenAI", "GPT-4o", "Sam Altman:"). */
const MIN_WORDS = 3;
/** Share of the text that must be prose (not code, paths, options) for "the same" to mean "not translated". */
const MIN_PROSE_SHARE = 0.6;
/** A short heading is English when this many of its words are English and not Portuguese. */
const MIN_ENGLISH_WORDS = 2;


/**
 * Literal lines of other kinds: a list of names of the program ("theta, alpha", "db,phi": a
 * definition list's parameters), and a cited work's reference or copyright line ("(1970), A
 * Three-Stage Algorithm…", "Copyright © 2000 New Riders Publishing."), whose title stays as published.
 */
const NAME_LIST = /^[\p{Ll}_][\w]*(?:\s*,\s*[\p{Ll}_][\w]*)+$/u;
const CITATION = /^(?:\(\d{4}\),|Copyright\s|©)/u;
/**
 * Forms of syntax listed alone: tokens each joining two lower-case names by a colon or an operator inside the word
 * ("translate:spec, translate!:spec", "key=value"), a flag and its argument as the program reads them. A label's colon
 * closes its words ("Filter Surround:"); it does not sit between two of them.
 */
const SYNTAX_FORMS = /^\p{Ll}[\p{L}\p{N}_-]*[!?]?(?:::|[:=])\p{Ll}[\p{L}\p{N}_-]*(?:\s*,\s*\p{Ll}[\p{L}\p{N}_-]*[!?]?(?:::|[:=])\p{Ll}[\p{L}\p{N}_-]*)*$/u;

// A command in capitals and one or two placeholders in lower case: a protocol's or a language's syntax (debconf's "GET question").
// A heading is in capitals, Title Case or sentence case throughout, never capitals then lower case.
const KEYWORD_AND_PLACEHOLDERS = /^\p{Lu}{2,}(?:\s+\p{Ll}[\p{Ll}\p{N}_-]*){1,2}$/u;
// One token with an extension: a file's name ("XX.doc", "po4a.cfg"). "Blur/Sharpen" is a label of two words.
const FILE_NAME = /^[^\s/]+\.\p{L}{1,4}$/u;
// A roff request opening its line: ".SH \"AUTHORS\"", ".TP", ".B foo".
const ROFF_REQUEST = /^\.\p{Lu}{1,2}(?:\s|$)/u;

const letters = (text: string): number => (text.match(ANY_LETTER_G) ?? []).length;

// Marks of code and markup; one pair of parentheses is prose, nested ones are Lisp ("(car (cdr x))").
const CODE_PUNCTUATION = /[{}[\];=<>$\\]|\((?=[^)]*\()/gu;

export const untranslatedIdentical: Check<"untranslated-identical"> = {
  id: "untranslated-identical",
  family: "untranslated",
  severity: "error",
  name: "Same as the English",
  description: "The Portuguese is identical to its English partner.",
  run(pair, context) {
    if (!pair.en) return [];
    const pt = pair.pt.trim();
    if (pt !== pair.en.trim()) return [];
    // A line of an example (a function's header, an assignment, a formula) is the program's own text.
    if (isLiteralLine(pair) || CODE_MARK.test(pt) || looksLikeCode(pt) || NAME_LIST.test(pt) || CITATION.test(pt) || SYNTAX_FORMS.test(pt)) return [];
    // Syntax shown alone: a protocol's command and its placeholders ("GET question", "VERSION number"), a program's
    // command line ("man ls"), a file's name ("XX.doc"), a roff request (".SH \"AUTHORS\"").
    if (KEYWORD_AND_PLACEHOLDERS.test(pt) || isCommandLine(pt) || FILE_NAME.test(pt) || ROFF_REQUEST.test(pt)) return [];
    // A line of code behind a comment's or a prompt's mark ("#d-i preseed/run string foo.sh"); a program's invocation;
    // a file format's statement; a C declaration cut at an argument ("int (*get)(const DB *db, DBT *key,").
    if (commentedCode(pt) || invocation(pt) || keywordStatement(pt) || isDeclarationLine(pt)) return [];
    // A configuration file's directive in its manual's list ("Browsing Yes", "Port number", "Allow @LOCAL").
    if (isDirectiveLine(pair)) return [];
    // A line of configuration or a command around an address, opening on its keyword in lower case ("deb http://… bookworm
    // main", "kdesvn exec diff http://…"), wherever it stands: a sentence or a heading opens with a capital (see configLine).
    if (LOWER_FIRST.test(pt) && configLine(pt, NO_PORTUGUESE)) return [];
    // Where it stands says it is shown as it is: a listing's first line, a display its Portuguese introduces, a cited title,
    // the rest of a line the previous pair began; or its look does: a program's message as the program prints it.
    if (opensBlock(pair) || introducedDisplay(pair) || citedTitle(pair) || linkTitle(pair) || continuesShownText(pair) || programMessage(pt)) return [];
    // Code, commands and file lists read the same in both languages: only prose left as it was is a finding.
    const prose = maskLiterals(pt);
    if (letters(prose) < MIN_PROSE_SHARE * letters(pt) || (prose.match(CODE_PUNCTUATION)?.length ?? 0) >= 2) return [];
    const ws = words(prose);
    const plain = ws.filter((w) => LOWER_WORD_3.test(w.text));
    const isEnglish = englishWordTest(context.spellers);
    // A heading left in English is in Title Case ("Image Menu"): its words, not their case, say it is English.
    const englishWords = ws.filter((w) => LETTER_WORD_3.test(w.text) && isEnglish(w.text.toLowerCase())).length;
    // A sentence has an English word among its plain ones: "SCSI1 (0,0,0) (sda) - 6.4 GB" is a device listing, not English.
    const sentence = ws.length >= MIN_WORDS && plain.length > 0 && (!context.spellers.en || plain.some((w) => context.spellers.en!.correct(w.text)));
    const heading = englishWords >= MIN_ENGLISH_WORDS && englishWords * 2 >= ws.length;
    // A short heading whose every word English knows, one of them English only ("Online resources",
    // "DEBUG OPTIONS": loanwords such as "online" and "debug" are English too when the whole heading is).
    const lettered = ws.filter((w) => LETTER_WORD_2.test(w.text));
    const englishHeading = !sentence && lettered.length >= MIN_ENGLISH_WORDS && lettered.length === ws.length && englishWords >= 1 &&
      // Common words, as English writes them in lower case: a person's name ("Joey Hess") is not one.
      lettered.every((w) => context.spellers.en?.correct(w.text.toLowerCase()));
    if (!sentence && !heading && !englishHeading) return [];
    // A name, not words: spelled out after itself ("anna" / "Anna's Not Nearly APT."), holding a coined
    // name ("LilyPond Snippet Repository:"), or credited with a copyright beside it ("Carol Spears.").
    if (spellsPreviousName(pair, ws) || namesCoinedThing(ws) || creditedName(pair, ws)) return [];
    // A label the next Portuguese sentence describes ("• Total package names" / "é o número…") is a name the program prints.
    if (describedLabel(pair, isEnglish, context.spellers.pt)) return [];
    // The flag starts at the words: a section number before them ("3.14.1.") is literal material, not the finding.
    const start = pair.pt.indexOf(pt) + (/^\d+(?:\.\d+)*\.?\s+(?=\p{L})/u.exec(pt)?.[0].length ?? 0);
    return [flagAt(this, pair.pt, start, pair.pt.indexOf(pt) + pt.length, "The Portuguese is the same as the English: it was not translated.")];
  },
};
