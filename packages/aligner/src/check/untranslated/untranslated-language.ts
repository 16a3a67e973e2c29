import { francAll } from "franc";
import francLanguages from "./franc-languages.json" with { type: "json" };
import { flagAt, type Check } from "../check.ts";
import { words } from "../text/words.ts";
import { isLiteralLine } from "./literal-line.ts";
import { englishFlags, englishShare } from "./english-signal.ts";
import { execAll } from "../text/exec-all.ts";
import { isReferenceEntry } from "./reference-entry.ts";
import { inCodeComment } from "./code-comment.ts";
import { shownAsIs } from "./shown-as-is.ts";

/** Below this many characters franc guesses; such spans are left to the word lists. */
const MIN_LENGTH = 40;
/**
 * Languages a Portuguese machine translation leaves behind; a small set keeps franc from
 * wandering to Galician or Catalan. In a file of its own because the CLI build reads it too: the
 * built command keeps only these languages of franc's trigram tables (scripts/build-cli.mjs).
 */
const ONLY = francLanguages;
/** franc's runner-up score above which it is not sure enough to call the span English. */
const MAX_PORTUGUESE_SCORE = 0.9;
/** Share of English-only words needed to back franc's verdict: franc alone calls terse Portuguese Italian. */
const MIN_ENGLISH_SHARE = 0.25;

// A stop between digits ("127.5") ends no sentence.
const SENTENCE = /(?:[^.!?\n]|\.(?=\d))+(?:[.!?]+["”)]?|$)/gu;
// Values listed with commas, four or more words alone ("Mon, Tue, Wed, Thu"): keywords the text names, not prose.
const VALUE_LIST = /(?<![\p{L}\p{N}])[\p{L}\p{N}_-]+(?:,\s*[\p{L}\p{N}_-]+){3,}(?![\p{L}\p{N}])/gu;
// An assignment of code: "[unit, err] = file("open", …)", "Scaled intensity = (intensity - 127.5) / 127.5".
const ASSIGNMENT = /\S\s?=\s?(?:[\p{L}_][\p{L}\p{N}_.]*\(|\()/u;
// A title in quotes: capitalised words (small words between), as book and program titles are written;
// a title may hold commas ("Free Software, Free Society").
const QUOTED_TITLE = /[“"«](?:\p{Lu}[\p{L}\p{N}'’:,-]*|[\p{Ll}]{1,4})(?:\s+(?:\p{Lu}[\p{L}\p{N}'’:,-]*|[\p{Ll}]{1,4}))*[”"»]/gu;
// One word quoted: a value or a keyword the sentence names ("Novo \"orientation\" valores disponíveis: \"left\", \"right\""), English or not.
const QUOTED_WORD = /[“"«][^\s“”"«»]{1,40}[”"»]/gu;
// Any quotation: one the English quotes word for word is a name or title kept as it is.
const QUOTED = /[“"«]([^”"»\n]{2,120})[”"»]/gu;
const MAY_QUOTE = /[“"«]/u;
// Settings written as keys and values, two at least, no space around "=": "mode=after;position=AUTHORS;beginboundary=^",
// a configuration or a header line of the program's own syntax, whatever words its values hold.
const SETTINGS = /[\p{L}_][\p{L}\p{N}_.-]*=[^\s=;]+[;,&\s]+[\p{L}_][\p{L}\p{N}_.-]*=/u;
// A tag's attribute ('target="_top"', 'href="…"'): markup shown as text (a glossary's raw links), whatever words the link holds.
const ATTRIBUTE = /[\p{L}_-]+="[^"\n]*"/u;
// A word of prose in lower case ("on", "and", "for"): English to translate has them; a postal address ("51 Franklin Street,
// Fifth Floor, Boston, MA 02110-1301 USA."), a list of names or of capitalised labels has none.
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}_])\p{Ll}{2,}(?![\p{L}\p{N}_])/u;
// Text in capitals throughout ("THERE IS NO WARRANTY FOR THE PROGRAM"): shouted prose, still English to translate.
const LOWER_CASE_LETTER = /\p{Ll}/u;

/**
 * A command's synopsis: a lower-case command or keyword, then a bracket of optional arguments that holds alternatives
 * between bars or a repetition's ellipsis ("select [all | none | first | FILE...]", "get [all | TAG] [NUMBERS]",
 * "mime/type [ rule ... ]"). The notation is the one every manual writes syntax in; a sentence opens with a capital,
 * and an elision ("[...]") has no word before its dots.
 */
const SYNOPSIS = /^\p{Ll}[\p{L}\p{N}_./-]*\s+\[[^\]\n]*?[\p{L}\p{N}][^\]\n]*?(?:\s\|\s|\.{3}|…)/u;

/**
 * An acronym's expansion in the same sentence: capitalised words (small words between) whose initials spell an acronym
 * the sentence writes ("IUPAC (padrão) é o International Union of Pure and Applied Chemistry"). The name of an
 * organisation or a standard keeps its language, as the words check's acronymExpansion says of a shorter run; it is
 * no evidence of the sentence's.
 */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|the|on|in|to)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;
const SMALL_WORD = /^(?:of|and|for|the|on|in|to)$/u;
function withoutExpandedAcronyms(text: string): string {
  const acronyms = new Set(text.match(ACRONYM) ?? []);
  if (!acronyms.size) return text;
  return text.replace(CAPITALISED_RUN, (run) => {
    const initials = run.split(/\s+/u).filter((w) => !SMALL_WORD.test(w)).map((w) => w[0]).join("");
    return acronyms.has(initials) ? " " : run;
  });
}

/** How many commas `text` has, up to three. */
function commas(text: string): number {
  let n = 0;
  for (let at = text.indexOf(","); at >= 0 && n < 3; at = text.indexOf(",", at + 1)) n++;
  return n;
}

/** Sentences of the pair, so an English sentence inside a Portuguese paragraph is found alone. */
const sentences = (text: string): { start: number; end: number }[] =>
  execAll(SENTENCE, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));

export const untranslatedLanguage: Check<"untranslated-language"> = {
  id: "untranslated-language",
  family: "untranslated",
  severity: "error",
  name: "English left untranslated",
  description: "A sentence of the Portuguese is in English (or another source language).",
  run(pair, context) {
    // A sentence's words are the pair's words, except where a dot joins two ("Character.AI"):
    // with no English word in the pair and no such join, no sentence can reach the share.
    const ws = words(pair.pt);
    const englishWord = englishFlags(ws, context.spellers);
    if (!ws.some((w, k) => englishWord[k] || w.text.includes("."))) return [];
    // A line of an example, record, table or code keeps the program's English; a bibliography's entry its titles.
    if (isLiteralLine(pair) || isReferenceEntry(pair.pt) || shownAsIs(pair)) return [];
    const spans = sentences(pair.pt).map((s) => {
      const start = s.start + (pair.pt.slice(s.start, s.end).search(/\S/u));
      return { start, end: s.start + pair.pt.slice(s.start, s.end).trimEnd().length };
    }).filter((s) => s.end - s.start >= MIN_LENGTH);
    const english = spans.filter((s) => {
      // A quoted title kept in English ("o livro “The Art of Computer Programming”") is a name, not a leftover.
      let text = pair.pt.slice(s.start, s.end);
      // All three patterns need an "=": most sentences have none, and skip the three scans of every word run.
      if ((text.includes("=") && (ASSIGNMENT.test(text) || SETTINGS.test(text) || ATTRIBUTE.test(text))) || inCodeComment(pair.pt, s.end - 1)) return false;
      // Names and numbers only, each word capitalised: an address or a list of names, kept as written.
      if (!LOWER_CASE_WORD.test(text) && LOWER_CASE_LETTER.test(text)) return false;
      if (SYNOPSIS.test(text)) return false;
      if (MAY_QUOTE.test(text)) text = text.replace(QUOTED_WORD, " ").replace(QUOTED_TITLE, " ").replace(QUOTED, (q, inner: string) => (pair.en?.includes(inner) ? " " : q));
      // A list needs three commas (VALUE_LIST): a sentence with fewer skips the pattern's scan.
      if (commas(text) >= 3) text = text.replace(VALUE_LIST, " ");
      text = withoutExpandedAcronyms(text);
      if (text.trim().length < MIN_LENGTH) return false;
      // The word count is cheap and rules out nearly every Portuguese sentence before franc runs.
      if (englishShare(text, context.spellers) < MIN_ENGLISH_SHARE) return false;
      const ranked = francAll(text, { only: ONLY, minLength: MIN_LENGTH });
      const por = ranked.find(([lang]) => lang === "por")?.[1] ?? 0;
      return ranked[0]?.[0] === "eng" && por < MAX_PORTUGUESE_SCORE;
    });
    // Neighbouring English sentences make one flag: the reviewer translates them together.
    const merged: { start: number; end: number }[] = [];
    for (const s of english) {
      const last = merged[merged.length - 1];
      if (last && !/\S/u.test(pair.pt.slice(last.end, s.start))) last.end = s.end;
      else merged.push({ ...s });
    }
    return merged.map((s) => flagAt(this, pair.pt, s.start, s.end, "This is English: translate it."));
  },
};
