import { flagAt, type Check } from "../check.ts";
import { lines } from "../text/lines.ts";
import { execAll } from "../text/exec-all.ts";

// Letters of scripts a Portuguese text has no reason to contain.
const OTHER = "\\p{Script=Hangul}\\p{Script=Cyrillic}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Greek}\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Devanagari}\\p{Script=Thai}";
const RUN = new RegExp(`[${OTHER}][${OTHER}\\s]*`, "gu");
const BEYOND_LATIN = /[\u0370-\uffff]/;
const OPEN_QUOTE = /["'“‘«]$/u;
const CLOSE_QUOTE = /^["'”’»]/u;
const LANGUAGE_NAMES = /English|Français|Deutsch|Português|Español|español|Italiano|Русский|日本語|한어|한국어|中文|Indonesian|Ελληνικά|Suomalainen|Latina|Nederlands|Polski|Türkçe|العربية/gu;

// A lower-case word of a sentence, outside the language names: a picker has none but a name's own ("do" of "Português do Brasil").
const SENTENCE_WORD = /(?<!\p{L})\p{Ll}{2,}(?!\p{L})/gu;
const MIN_SENTENCE_WORDS = 4;

/**
 * A sentence that names the languages the page is also written in ("Esta página também está disponível em: English,
 * Español, Português do Brasil."): a wiki's or a manual's translation notice, which the translator translates with the
 * page. A picker is the names alone, or under a one-word label ("Idiomas: English • Deutsch • …").
 */
const speaksOfLanguages = (line: string): boolean => (line.replace(LANGUAGE_NAMES, " ").match(SENTENCE_WORD) ?? []).length >= MIN_SENTENCE_WORDS;

/** A language picker ("한어Русский языкEnglishFrançais…") or a run of text in a non-Latin script. */
export const junkOtherScript: Check<"junk-other-script"> = {
  id: "junk-other-script",
  family: "junk",
  severity: "warning",
  name: "Other script or language picker",
  description: "Text in a non-Latin script, such as the web page's language picker.",
  run(pair) {
    const flags = [];
    for (const line of lines(pair.pt)) {
      // Three languages named on one line is a picker: the whole line goes. A picker names each language once, in its
      // own tongue; a name said again is a sentence speaking of that language ("como Português ou Português (Brasil)",
      // a keyboard layout's help; "Português do Brasil, … Italiano, … Português", a list of a game's languages).
      if (new Set(line.text.match(LANGUAGE_NAMES)).size >= 3 && !speaksOfLanguages(line.text)) {
        flags.push(flagAt(this, pair.pt, line.start, line.end, "The web page's language menu, not part of the text: leave it out.", ""));
        continue;
      }
      // Every script listed starts above U+036F: a line without such a character has no run to find.
      if (BEYOND_LATIN.test(line.text)) for (const m of execAll(RUN, line.text)) {
        // One stray character (a symbol, a Greek letter in a formula) is not a line in another script.
        if (m[0].trim().length < 2) continue;
        const start = line.start + m.index;
        // Quoted text (a string in a code example) or text the English has too is the document's own example.
        const run = m[0].trimEnd();
        if (pair.en?.includes(run) || (OPEN_QUOTE.test(pair.pt.slice(0, start)) && CLOSE_QUOTE.test(pair.pt.slice(start + run.length)))) continue;
        flags.push(flagAt(this, pair.pt, start, start + m[0].trimEnd().length, "Text in another script: a leftover of the web page or an untranslated quote."));
      }
    }
    return flags;
  },
};
