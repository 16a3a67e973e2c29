import type { CheckFamily, CheckInput, Flag } from "../types.ts";
import { literalSpans, maskLiterals, overlapsLiteral, type LiteralSpan } from "../normalize/literal-spans.ts";
import { looksLikeCode, sentenceAroundLiterals } from "./text/looks-like-code.ts";

/**
 * Families whose verdicts read prose. Over literal material (a URL, a file name, a menu path, an
 * option) their patterns see stops, hyphens, capitals and English words that are meant: such a
 * flag is no finding. Entity, number, markup, junk and omission checks look at literal material
 * on purpose and keep their flags.
 */
export const PROSE_FAMILIES: ReadonlySet<CheckFamily> = new Set(["casing", "punctuation", "untranslated", "foreign", "variant", "repetition", "broken", "spelling", "consistency"]);

// A link's text is prose ("[Source](#)" is English left in), and numbers are the number check's. An HTML tag is no
// prose, its attributes least of all (`<a href="http://community.kde.org/…">`, shown as text by a page that escaped it);
// a man page's placeholder in angle brackets ("<conjunto de caracteres>") is written in words, and stays prose.
const HTML_TAG = /^<(?:\/|[^>]*=|(?:a|p|br|b|i|em|strong|span|div|li|ul|ol|code|pre|tt|img|table|tr|td|th|h[1-6]|sup|sub|hr|dl|dt|dd|blockquote|q|u|s)[\s/>])/u;
const proseLiterals = (text: string): LiteralSpan[] =>
  literalSpans(text).filter((s) => s.kind !== "number" && (s.kind !== "markup" || (text[s.start] === "<" && HTML_TAG.test(text.slice(s.start, s.end)))));

/**
 * A repeated phrase or sentence spans prose that may hold a literal in each copy ("Sobreposto pela
 * opção --sign-keyfile." said twice): it stays when most of its letters are outside literals.
 * So does a sentence left as the English wrote it (untranslated-identical flags the whole pair): a key
 * combination or a file name inside it ("Press Tab to move to the next control and Shift+Tab to go back.",
 * the way task help names keys) is part of the sentence, not what the flag is about.
 */
const SPANNING_FAMILIES: ReadonlySet<CheckFamily> = new Set(["repetition"]);
/**
 * A sentence as prose writes it: a capitalised word opening it, a stop closing it. A line of a listing left as it is
 * ("shutdown -r now", "$self->translate(\"string\",", "(s*E-A)^-1 = (Bfs/chis) - Bis.") is the program's, however few
 * of its letters the literal spans cover.
 */
const WRITTEN_SENTENCE = /^\p{Lu}\p{Ll}*\s[^\n]*[.!?]$/u;
const spansSentence = (f: Flag, text: string): boolean => f.code === "untranslated-identical" && WRITTEN_SENTENCE.test(text.slice(f.start, f.end).trim());
function mostlyProse(f: Flag, text: string, literals: readonly LiteralSpan[]): boolean {
  if (!SPANNING_FAMILIES.has(f.family) && !spansSentence(f, text)) return false;
  const span = text.slice(f.start, f.end);
  const prose = maskLiterals(text, literals).slice(f.start, f.end);
  const letters = (t: string) => t.match(/\p{L}/gu)?.length ?? 0;
  return letters(prose) * 2 > letters(span);
}

/**
 * A joined token's capitals restored from the English ("DEB_build_OPTIONS" where the English has
 * "DEB_BUILD_OPTIONS"): a finding about the literal itself, compared with its own source, not a
 * prose pattern misreading it.
 */
const restoresEnglishLiteral = (f: Flag, input: CheckInput, literals: readonly LiteralSpan[] = []): boolean =>
  f.family === "casing" && f.suggestion !== undefined && input.en !== undefined && input.en.includes(f.suggestion) &&
  input.pt.slice(f.start, f.end).toLowerCase() === f.suggestion.toLowerCase() &&
  // A joined token (by "_", "/", "+" or "::"), or an option's whole name after its dashes ("-vdependencies" for "-Vdependencies")
  // as the English writes the option itself: an option that shares its name with a word the English capitalises elsewhere
  // ("--db" beside "a binary caching DB", "--namespace NAMESPACE": its placeholder) is spelt as the program spells it.
  (/[_/+]|::/u.test(f.suggestion) || literals.some((l) => l.kind === "option" && l.end === f.end && /^-+$/u.test(input.pt.slice(l.start, f.start)) &&
    input.en!.includes(input.pt.slice(l.start, f.start) + f.suggestion)) ||
    // A file's stem the English writes with capitals ("exportjson.qml" for "ExportJson.qml"): the file as the English names it.
    literals.some((l) => l.kind === "file" && l.start === f.start && l.end > f.end && input.en!.includes(f.suggestion + input.pt.slice(f.end, l.end))));

/** A flag the literal material of its pair silences: a prose family's, unless it restores the English's own literal. */
const silenced = (f: Flag, input: CheckInput, literals?: readonly LiteralSpan[]): boolean => PROSE_FAMILIES.has(f.family) && !restoresEnglishLiteral(f, input, literals);

/**
 * The flags that stand: a prose family's flag over literal material, or on a pair that is code
 * altogether, is no finding. Every pass applies this, per pair or per document.
 */
export function dropProseOverLiterals(input: CheckInput, found: Flag[]): Flag[] {
  let flags = found;
  if (flags.some((f) => PROSE_FAMILIES.has(f.family))) {
    // Code, a command line or a configuration excerpt is no prose at all: nothing for the prose checks to say.
    // A sentence quoting literal material is no code for its start, though the literals hold most of its letters
    // ("um manual completo ⟨https://www.gnu.org/software/grep/manual/⟩ está disponível."): the literal test below still applies.
    if (looksLikeCode(input.pt)) flags = flags.filter((f) => !silenced(f, input) || (f.code === "casing-sentence-start" && sentenceAroundLiterals(input.pt)));
    const literals = proseLiterals(input.pt);
    if (literals.length) flags = flags.filter((f) => !silenced(f, input, literals) || !overlapsLiteral(literals, f.start, Math.max(f.end, f.start + 1)) || mostlyProse(f, input.pt, literals));
  }
  return flags;
}
