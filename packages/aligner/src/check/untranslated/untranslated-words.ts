import type { Speller, Term } from "../../types.ts";
import { glossed } from "../text/glossed.ts";
import { flagAt, type Check } from "../check.ts";
import { words } from "../text/words.ts";
import { isLiteralLine } from "./literal-line.ts";
import { englishFlags, englishWordTest, isListedEnglish } from "./english-signal.ts";
import { execAll } from "../text/exec-all.ts";

/** A run needs this many English words to be English rather than a borrowed word. */
const MIN_RUN = 2;
/** A quotation longer than this is a sentence, for the language check. */
const MAX_QUOTED_WORDS = 6;

// What may separate the words of one English run: a space or two, a comma.
const JOIN = /^[\s,]{1,2}$/u;
const QUOTED = /[“"]([^”"\n]{2,60})[”"]/gu;
const FUNCTION_WORDS = new Set(["of", "and", "the", "on", "in", "for", "to", "a", "an", "at", "by", "with", "from", "or"]);
/** Titles and names: every word but the small ones capitalised ("Game of Thrones", "Jordan Schneider"). */
const titleCase = (text: string): boolean => words(text).every((w) => /^[\p{Lu}\p{N}]/u.test(w.text) || FUNCTION_WORDS.has(w.text));

const keptSets = new WeakMap<readonly Term[], Set<string>>();
/** The glossary's terms that stay as they are (policy "keep", the default), in their written forms. */
function keepTerms(terms: readonly Term[]): Set<string> {
  let set = keptSets.get(terms);
  if (!set) {
    set = new Set();
    for (const t of terms) {
      if (t.policy && t.policy !== "keep") continue;
      for (const form of [t.term, ...(t.aliases ?? [])]) set.add(form);
    }
    keptSets.set(terms, set);
  }
  return set;
}

/**
 * Programs whose name, followed by an argument or two, reads as English words ("apt-get update",
 * "meson test", "info grep", "man command"). Everyday verbs ("make", "find") are left out: a
 * leftover English sentence could start with them.
 */
const COMMANDS = new Set(["apt", "apt-get", "apt-cache", "aptitude", "dpkg", "dh", "info", "man", "meson", "ninja", "cmake", "git", "svn", "bzr", "hg", "quilt", "debuild", "dch", "pbuilder", "sbuild", "lintian", "sudo", "systemctl", "pip", "npm", "gpg", "docker"]);
/** A command and its arguments: a program's name in lower case, then at most two words, the way the English writes it. */
function commandLine(pair: { pt: string; en?: string }, r: { start: number; end: number; count: number }): boolean {
  const text = pair.pt.slice(r.start, r.end);
  const first = words(text)[0]?.text ?? "";
  if (r.count > 3 || !COMMANDS.has(first)) return false;
  return pair.en === undefined || pair.en.includes(text);
}

/** A name ("Debian", "Perl") the English dictionary knows only with its capital. */
const isName = (w: string, en: Speller | undefined): boolean => /^\p{Lu}\p{Ll}/u.test(w) && !!en?.correct(w) && !en.correct(w.toLowerCase());

const QUOTED_CODE = /[=:(){}<>?\\/]/u;
const OPEN_QUOTE = /[“"'‘«]$/u;
const CLOSE_QUOTE = /^[”"'’»]/u;

/** Whether every gap between the run's words has a comma in it. */
function commaList(text: string, r: { start: number; end: number }): boolean {
  const inner = text.slice(r.start, r.end);
  const gaps = inner.match(/[^\p{L}\p{N}]+/gu) ?? [];
  return gaps.length > 0 && gaps.every((g) => g.includes(","));
}

/** The run is a whole quotation with a capital, and the English has that quotation word for word. */
function quotedAsInEnglish(pair: { pt: string; en?: string }, r: { start: number; end: number }): boolean {
  if (!pair.en || !OPEN_QUOTE.test(pair.pt.slice(0, r.start)) || !CLOSE_QUOTE.test(pair.pt.slice(r.end))) return false;
  const text = pair.pt.slice(r.start, r.end);
  return /^\p{Lu}/u.test(text) && new RegExp(`[“"'‘«]${text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}[”"'’»]`, "u").test(pair.en);
}

/**
 * Short English left in the Portuguese, too short for language identification:
 * labels ("Original Source:"), "ai unicorn", link texts ("[Source](#)").
 */
export const untranslatedWords: Check<"untranslated-words"> = {
  id: "untranslated-words",
  family: "untranslated",
  severity: "warning",
  name: "English words left untranslated",
  description: "A run of English words inside the Portuguese.",
  run(pair, context) {
    const ws = words(pair.pt);
    const runs: { start: number; end: number; count: number }[] = [];
    let run: { start: number; end: number; count: number } | undefined;
    const isEnglish = englishWordTest(context.spellers);
    const flags = englishFlags(ws, context.spellers);
    ws.forEach((w, k) => {
      const english = flags[k]!;
      if (english && run && k > 0 && JOIN.test(pair.pt.slice(ws[k - 1]!.end, w.start))) { run.end = w.end; run.count++; return; }
      if (run) runs.push(run);
      run = english ? { start: w.start, end: w.end, count: 1 } : undefined;
    });
    if (run) runs.push(run);
    // A line of an example, record, table or code keeps the program's English.
    if (!flags.some(Boolean) || isLiteralLine(pair)) return [];
    // A short quoted phrase that is half English is an English phrase with a name in it: “ai unicorn”.
    for (const m of execAll(QUOTED, pair.pt)) {
      const inner = words(m[1]!);
      const english = inner.filter((w) => isEnglish(w.text)).length;
      // One Portuguese word makes the quotation Portuguese, whatever else it shares with English ("original", a product name).
      // A capital at the quotation's start ("“Sistema standard”") keeps the word Portuguese when both dictionaries say so of its lower case.
      const portuguese = inner.some((w) => {
        if (w.text.length < 3) return false;
        const lower = w.text.toLowerCase();
        if (/\p{Ll}/u.test(w.text[0]!)) return !!context.spellers.pt?.correct(w.text) && !context.spellers.en?.correct(w.text);
        return w === inner[0] && !!context.spellers.pt?.correct(lower) && !context.spellers.en?.correct(lower) && !context.spellers.en?.correct(w.text);
      });
      const start = m.index + 1;
      // One quoted English word is a keyword or value the text mentions ("none", "always"), not a leftover.
      // A quoted piece of code or configuration ("flag=value", "Enabled: no", "?foo(bar)") is literal.
      if (QUOTED_CODE.test(m[1]!)) continue;
      // A quoted token with no space is a file or identifier name (“README.source”), not a phrase.
      if (!/\s/u.test(m[1]!)) continue;
      if (inner.length >= MIN_RUN && inner.length <= MAX_QUOTED_WORDS && english > 0 && english * 2 >= inner.length && !portuguese && !titleCase(m[1]!) && !runs.some((r) => r.start < start + m[1]!.length && start < r.end && r.count >= MIN_RUN)) {
        runs.push({ start, end: start + m[1]!.length, count: MIN_RUN });
      }
    }
    const kept = keepTerms(context.terms);
    return runs
      .filter((r) => {
        const text = pair.pt.slice(r.start, r.end);
        // Glossary terms kept in English ("merge request") are the project's choice, never untranslated.
        // As the glossary writes it: "bell labs" has lost its capitals and is still flagged.
        if (kept.size && (kept.has(text) || words(text).every((w) => kept.has(w.text)))) return false;
        // A single English word inside a link or a label still reads as a leftover: "[Source](#)".
        // A link's whole text ("[Source](#)"), or a label before a colon ("Source:"); "[option...]" in a synopsis is neither.
        const alone = (pair.pt[r.start - 1] === "[" && pair.pt.startsWith("](", r.end)) || /^:/u.test(pair.pt.slice(r.end, r.end + 1));
        if (r.count < MIN_RUN && !alone) return false;
        if (commandLine(pair, r)) return false;
        // Code: a run glued to a bracket is a declaration or a call ("void res(double *t", "double gout[]"),
        // and one between bars is a synopsis's alternative ("search | show | install pkg").
        // A longer run before a bracket is a sentence that ends in code ("Default value is list([],0)").
        if ((r.count <= MIN_RUN && /^[([]/u.test(pair.pt.slice(r.end, r.end + 1))) || /\|\s*$/u.test(pair.pt.slice(Math.max(0, r.start - 3), r.start)) || /^\s*\|/u.test(pair.pt.slice(r.end, r.end + 3))) return false;
        // A name and one word ("Debian policy", "lists Debian") is a name in a Portuguese sentence, not English prose.
        if (r.count === MIN_RUN && words(text).some((w) => isName(w.text, context.spellers.en))) return false;
        // Words joined only by commas are a list of values, targets or keywords ("clean, binary", "stable, testing, unstable").
        if (ws.some((w) => w.start > r.start && w.start < r.end) && commaList(pair.pt, r)) return false;
        // The English original given beside its translation, in parentheses: "manuais (man pages)",
        // "listas com tipos ("typed lists")", or the other way round, "sky blue (céu azul)".
        if (glossed(pair.pt, r, context.spellers)) return false;
        // A character class's name ("[:blank:]") is the regular expression's syntax.
        if (pair.pt.slice(r.start - 2, r.start) === "[:" && pair.pt.startsWith(":]", r.end)) return false;
        // A quoted interface string the English quotes the same way ("“Graphical install”"): the program's own label.
        if (quotedAsInEnglish(pair, r)) return false;
        // A one-word label the English writes the same way is a property or field name ("foreground:"), kept as the program spells it.
        if (r.count < MIN_RUN && pair.pt[r.end] === ":" && pair.en !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(pair.en)) return false;
        // Title Case runs are titles and names ("Careless People") unless they label something.
        // A title-case label counts when its words are the web page's ("Original Source:"), not a speaker's name.
        // A label is the web page's when its words are all common English ("Original Source:"); a name before a colon is a name.
        return !titleCase(text) || ((/^\s*:/u.test(pair.pt.slice(r.end)) || alone) && words(text).every((w) => isListedEnglish(w.text) || FUNCTION_WORDS.has(w.text)));
      })
      .map((r) => flagAt(this, pair.pt, r.start, r.end, "These words are English: translate them."));
  },
};
