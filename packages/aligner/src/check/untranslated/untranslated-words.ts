import type { CheckInput, Speller, Spellers, Term } from "../../types.ts";
import { glossed } from "../text/glossed.ts";
import { flagAt, type Check } from "../check.ts";
import { words } from "../text/words.ts";
import { MESSAGE_INTRO, UI_WORD_BEFORE_QUOTE } from "../text/shown-quotation.ts";
import { isLiteralLine } from "./literal-line.ts";
import { isDirectiveLine } from "./directive-line.ts";
import { englishFlags, englishWordTest, isListedEnglish } from "./english-signal.ts";
import { execAll } from "../text/exec-all.ts";
import { isReferenceEntry } from "./reference-entry.ts";
import { inCodeComment } from "./code-comment.ts";
import { describedLabel } from "./described-label.ts";
import { shownAsIs } from "./shown-as-is.ts";
import { COMMANDS, MAX_COMMAND_WORDS } from "./commands.ts";
import { isDiagramLine } from "../text/diagram.ts";
import { hasSpacedWords, standsWhole } from "../text/spaced-words.ts";
import { codeNames, isCodeName } from "../text/code-names.ts";
import { configLine } from "./config-line.ts";
import { isTypeSpelling } from "../text/type-keywords.ts";

/** A run needs this many English words to be English rather than a borrowed word. */
const MIN_RUN = 2;
/** A quotation longer than this is a sentence, for the language check. */
const MAX_QUOTED_WORDS = 6;

// What may separate the words of one English run: a space or two, a comma.
const JOIN = /^[\s,]{1,2}$/u;
const QUOTED = /[“"]([^”"\n]{2,60})[”"]/gu;
const FUNCTION_WORDS = new Set(["of", "and", "the", "on", "in", "for", "to", "a", "an", "at", "by", "with", "from", "or"]);
/** Titles and names: every word but the small ones capitalised ("Game of Thrones", "Jordan Schneider"). */
const titleCase = (text: string): boolean => words(text).every((w) => /^[\p{Lu}\p{N}]/u.test(w.text) || INNER_CAPITAL.test(w.text) || FUNCTION_WORDS.has(w.text));
// A capital inside a word that opens in lower case is a name's spelling ("iTunes", "gVim", "eBay"), as a title's capital is.
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;

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

/** A command and its arguments: a program's name in lower case, then at most two words, the way the English writes it. */
function commandLine(pair: { pt: string; en?: string }, r: { start: number; end: number; count: number }): boolean {
  const text = pair.pt.slice(r.start, r.end);
  const first = words(text)[0]?.text ?? "";
  if (r.count <= MAX_COMMAND_WORDS && (COMMANDS.has(first) || MAKE_TARGET.test(text))) return pair.en === undefined || pair.en.includes(text);
  // The program's name is no English word, so the run starts after it: "cvs [watch add]" (cervisia), as the English writes it.
  const program = PROGRAM_BEFORE.exec(pair.pt.slice(Math.max(0, r.start - 24), r.start))?.[1];
  if (program === undefined || r.count + 1 > MAX_COMMAND_WORDS || !COMMANDS.has(program)) return false;
  return pair.en !== undefined && pair.en.includes(`${program} ${text}`);
}

/** The word just before a run, alone after a space or a line's start. */
const PROGRAM_BEFORE = /(?:^|\s)([\p{Ll}][\p{Ll}\d-]*) $/u;
/** make and one of its standard targets ("make clean", "make dist"): a command, though "make" alone is an everyday verb. */
const MAKE_TARGET = /^make (?:clean|distclean|dist|install|uninstall|check|all|test)$/u;

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

/**
 * The run is a whole quotation, and the English has it word for word, quoted or not (a hyphen
 * for a space): a label as the screen shows it ("“Graphical install”"), a term the text defines
 * ("“stat overrides” são um modo…"), a search string ("procurar por “windows refund”"), a term
 * the translator marks as the original's ("pacotes 'keep alive'" for "keep-alive packets").
 * The quotes make it a mention, not a leftover; a case the English does not have ("“ai unicorn”"
 * for "“AI unicorn”") is the machine's, and stays flagged.
 */
function quotedAsInEnglish(pair: { pt: string; en?: string }, r: { start: number; end: number }): boolean {
  if (!pair.en) return false;
  const quoted = enclosingQuotation(pair.pt, r);
  if (!quoted) return false;
  const parts = quoted.split(/[\s-]+/u).filter(Boolean);
  return hasSpacedWords(pair.en, parts) || hasSpacedWords(sentenceStartsLowered(pair.en), parts);
}

/**
 * The English with the capital of each sentence's first word lowered: a capital the English has only because the
 * sentence opens with the word ("Free-software projects…") is no case of the term ("os projectos 'free software'"). Same length.
 */
const sentenceStartsLowered = (text: string): string => text.replace(/(^|[.!?]\s+)(\p{Lu})(?=\p{Ll})/gu, (_m, before: string, c: string) => before + c.toLowerCase());
/** Whether the English writes `text` as it stands, or with a capital only its sentence's start gave it ("Device mapper is…"). */
const englishHas = (en: string, text: string): boolean => en.includes(text) || (/[\p{Lu}]/u.test(en) && sentenceStartsLowered(en).includes(text));

/**
 * With no English to compare, a short quotation that is the run itself, opens with a capital and follows
 * a word of the interface: an option, control or message named as the screen shows it ("basta ligar a opção de
 * “Track direction”", "clique em “Apply changes”", "A entrada “Advanced options”", "mensagens “Out of memory”"). Without such a word a quoted term ("um “Power user”")
 * may be a leftover; a lower-case quotation ("“ai unicorn”") may be the machine's: both stay flagged.
 */
const MAX_LABEL_WORDS = 4;
// A definite article (or its contraction) just before the quotation: "como o “Four bars”", the one thing of that name.
const DEFINITE = /(?:^|[\s(])(?:o|a|os|as|do|da|dos|das|no|na|nos|nas|ao|aos|à|às|pelo|pela|pelos|pelas)\s+[“"«]$/iu;
function quotedLabelWithoutEnglish(pair: { pt: string; en?: string }, r: { start: number; end: number; count: number }): boolean {
  if (pair.en?.trim() || r.count > MAX_LABEL_WORDS) return false;
  const quoted = enclosingQuotation(pair.pt, r);
  if (quoted !== pair.pt.slice(r.start, r.end) || !/^\p{Lu}\p{Ll}/u.test(quoted)) return false;
  // A control named as the screen shows it, or a resource the definite article names ("um “Power user”" is a kind, not a name).
  const before = pair.pt.slice(Math.max(0, r.start - 40), r.start);
  return UI_WORD_BEFORE_QUOTE.test(before) || DEFINITE.test(before);
}

/**
 * With no English to compare, a program's message quoted as the program prints it: a quotation the sentence introduces as
 * what a program shows, or what it fails or stops with ("falhar com «Temporary failure in name resolution»", "parar com
 * “Kernel panic - not syncing: …”", "passa a mostrar “start request repeated too quickly”", "falham com a mensagem «System has not been booted…»"). Documentation quotes a
 * message in the program's language so that the reader recognises it on the screen and can search for it; the verbs
 * of showing and of failing are what tell it from a quoted phrase ("ceo “ai unicorn”", "a mensagem “ai unicorn”": a noun
 * names no program's act) a machine left, which stays flagged. Longer than a label (a message is a clause), shorter than
 * someone's speech.
 */
const MAX_MESSAGE_WORDS = 12;
function quotedMessageWithoutEnglish(pair: { pt: string; en?: string }, r: { start: number; end: number }): boolean {
  if (pair.en?.trim()) return false;
  const quoted = enclosingQuotation(pair.pt, r);
  if (quoted === undefined || words(quoted).length > MAX_MESSAGE_WORDS) return false;
  const at = pair.pt.lastIndexOf(quoted, r.start);
  return at > 0 && MESSAGE_INTRO.test(pair.pt.slice(Math.max(0, at - 30), at));
}

/**
 * With no English to compare, a quotation that carries a machine's marks: a path, an option, brackets or a colon after
 * a prefix ("firmware: failed to load", "E: Unable to locate package", "Re: naming unstable", "Malformed entry 3 in list
 * file /etc/apt/sources.list (Component…"), or an identifier or version of digits joined by a hyphen or a dot
 * ("TSA-5612-1 openssl -- security update"). A translator's leftover phrase carries no file path or advisory number:
 * such a quotation is a program's message, a log's line or a mail's subject, copied whole so that the reader finds it
 * (the quoted-phrase test below skips quoted code for the same reason). A quotation of words alone keeps its flag.
 */
const MACHINE_MARK = /[=(){}<>\\/]|\p{L}:\s|--|\p{N}[-.]\p{N}|\p{L}-\p{N}/u;
function quotedMachineTextWithoutEnglish(pair: { pt: string; en?: string }, r: { start: number; end: number }): boolean {
  if (pair.en?.trim()) return false;
  const quoted = enclosingQuotation(pair.pt, r);
  return quoted !== undefined && words(quoted).length <= MAX_MESSAGE_WORDS && MACHINE_MARK.test(quoted);
}

/**
 * The whole quotation the run lies in, on its line ("“Guided - use entire disk”" for the run
 * "entire disk": a label whose other words read as Portuguese), or undefined outside quotes.
 */
function enclosingQuotation(text: string, r: { start: number; end: number }): string | undefined {
  const lineStart = text.lastIndexOf("\n", r.start - 1) + 1;
  const before = text.slice(lineStart, r.start);
  // A straight single quote opens a quotation only after a space or a bracket: elsewhere it is an apostrophe.
  const single = before.search(/(?<![\p{L}\p{N}])'(?=[^']*$)/u);
  const open = Math.max(single, ...[..."“\"‘«"].map((q) => before.lastIndexOf(q)));
  if (open < 0) return undefined;
  const inside = before.slice(open + 1);
  if (/[”»’]/u.test(inside) || (before[open] === '"' && inside.includes('"'))) return undefined;
  const lineEnd = text.indexOf("\n", r.end);
  const after = text.slice(r.end, lineEnd < 0 ? text.length : lineEnd);
  const close = after.search(/[”"’»]|'(?![\p{L}\p{N}])/u);
  if (close < 0 || /[“«‘]/u.test(after.slice(0, close))) return undefined;
  const quoted = inside + text.slice(r.start, r.end) + after.slice(0, close);
  return quoted.length <= 80 ? quoted.trim() : undefined;
}

/**
 * What the reader types: a short run right after a verb of typing ("introduza show all", "digite make clean"), which
 * the English gives after its own ("enter show all"). The verbs say the words are input, literal in both languages.
 */
const TYPING_PT = /(?:^|\s)(?:digite|digitar|introduza|introduzir|indique|escreva|escrever|insira|inserir|execute|executar|tecle|entre com)\s+$/iu;
const TYPING_EN = ["enter", "type", "run", "execute", "write", "issue", "input"];
function typedInput(pair: { pt: string; en?: string }, r: { start: number; end: number; count: number }): boolean {
  if (!pair.en || r.count > MAX_TERM_WORDS || !TYPING_PT.test(pair.pt.slice(Math.max(0, r.start - 20), r.start))) return false;
  const text = pair.pt.slice(r.start, r.end);
  const en = pair.en.toLowerCase();
  return TYPING_EN.some((verb) => en.includes(`${verb} ${text.toLowerCase()}`));
}

/**
 * An enumeration in brackets copied whole from the English ("(name, size, date modified, owner)"): the
 * names of fields or values as the program has them, kept together. Three items at least, so that a gloss is no list.
 */
function enumerationAsInEnglish(pair: { pt: string; en?: string }, r: { start: number; end: number }): boolean {
  if (!pair.en) return false;
  const open = pair.pt.lastIndexOf("(", r.start);
  const close = pair.pt.indexOf(")", r.end);
  if (open < 0 || close < 0 || pair.pt.lastIndexOf(")", r.start) > open) return false;
  const inner = pair.pt.slice(open + 1, close);
  return !inner.includes("\n") && (inner.match(/,/gu)?.length ?? 0) >= 2 && pair.en.includes(`(${inner})`);
}

/**
 * The title of a page the text refers the reader to, as the English names it after its "see": "veja em Window resize
 * issues" for "see Window resize issues". The page is the English's, so is its title. A title opens with a capital; a
 * lower-case phrase after "consulte" ("consulte selection tools") is the sentence's own words left in English.
 */
const SEE_PT = /(?:^|\s)(?:veja|ver|consulte|consultar|leia|vide)(?:\s+(?:em|a|o|também))?\s+[“"«]?$/iu;
const MAX_TITLE_WORDS = 6;
function referredTitle(pair: { pt: string; en?: string }, r: { start: number; end: number; count: number }): boolean {
  if (!pair.en || r.count > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(pair.pt.slice(r.start, r.start + 1))) return false;
  if (!SEE_PT.test(pair.pt.slice(Math.max(0, r.start - 24), r.start))) return false;
  const text = pair.pt.slice(r.start, r.end);
  return ["see ", "See ", "refer to ", "see also "].some((see) => pair.en!.includes(`${see}${text}`) || pair.en!.includes(`${see}“${text}`) || pair.en!.includes(`${see}"${text}`));
}

/**
 * The English original quoted whole and then translated in parentheses, as a translator glosses a program's message:
 * "a mensagem File 'X' is locked by 'Y' (O ficheiro 'X' está bloqueado por 'Y')". The
 * run lies in a stretch of its line the English has word for word, and a parenthesis of Portuguese the English does not
 * have follows the stretch. (glossed() asks the same of a run the parenthesis follows at once.)
 */
function glossedQuotation(pair: { pt: string; en?: string }, r: { start: number; end: number }, isPortuguese: (w: string) => boolean): boolean {
  const en = pair.en;
  if (!en || !en.includes(pair.pt.slice(r.start, r.end))) return false;
  const lineEnd = pair.pt.indexOf("\n", r.end);
  const line = pair.pt.slice(r.start, lineEnd < 0 ? pair.pt.length : lineEnd);
  const open = line.indexOf(" (");
  if (open < 0) return false;
  // The stretch from the run to the parenthesis is the English's, as it stands; and the parenthesis is the translator's,
  // not the English's own one translated ("Color filters (Secção 5.2, …)" for "Color filters (Section 5.2, …)").
  const stretch = line.slice(0, open).trimEnd();
  const at = en.indexOf(stretch);
  if (at < 0 || /^\s*\(/u.test(en.slice(at + stretch.length))) return false;
  const gloss = /^ \(([^()]{2,160})\)/u.exec(line.slice(open));
  return !!gloss && words(gloss[1]!).filter((w) => isPortuguese(w.text) || isPortuguese(w.text.toLowerCase())).length >= 2;
}

// A dot glued to a name on either side of the run: an identifier's or a host's part ("field.selected", "users.example.net").
const DOTTED_AFTER = /^\.[\p{L}_]/u;
const DOTTED_BEFORE = /[\p{L}\p{N}_]\.$/u;

/** An acronym ("FAQ", "SCSI"): with one more word it names a thing ("list FAQ", "load SCSI"), as a name does. */
const isAcronym = (w: string): boolean => /^\p{Lu}{2,}\d*$/u.test(w);

// A keyword that declares a function, then its name and parameters: "double precision function f(x)".
const DECLARES = /^(?:function|subroutine|procedure|def|func|fn|sub)$/u;
// A parameter list: names of code, one at least with an underscore or a digit, or a single letter ("(image, images_array_name, event)", "(x)").
const PARAMETERS = /^\s?\((?:\s*[\p{L}_][\p{L}\p{N}_]*\s*,)*\s*[\p{L}_][\p{L}\p{N}_]*\s*\)/u;

/**
 * A declaration in code: words before a parameter list whose names are code
 * ("function exchange (image, images_array_name, event)"), or a run that ends in a declaring
 * keyword followed by a function's name and parameters ("double precision function f(x)").
 */
function declaration(text: string, r: { start: number; end: number }): boolean {
  const after = text.slice(r.end);
  const last = words(text.slice(r.start, r.end)).at(-1)?.text ?? "";
  if (DECLARES.test(last) && /^ [\p{L}_][\p{L}\p{N}_]*\(/u.test(after)) return true;
  const params = PARAMETERS.exec(after);
  return !!params && /_|\p{L}\d|\(\s*\p{L}\s*[,)]/u.test(params[0]);
}

// Words a translator puts before an English term in parentheses: "(em fall back)", "(ou restricted deletion flag)", "(do inglês, …)".
const GLOSS_LEAD = /\((?:em inglês|do inglês|inglês|ingl\.|ou|em|i\.\s?e\.|isto é|chamado|chamada|conhecido como|conhecida como)[:,]?\s+["“'‘]?$/u;

/**
 * The English term given in parentheses after its translation, led by a word of Portuguese:
 * "retornam (em fall back)", "O sinalizador de exclusão restrito (ou restricted deletion flag)".
 * Whatever follows the run inside the parenthesis is English too (or a loanword): no Portuguese.
 */
function glossedWithLead(text: string, r: { start: number; end: number }, isPortuguese: (w: string) => boolean): boolean {
  const lead = GLOSS_LEAD.exec(text.slice(Math.max(0, r.start - 30), r.start));
  if (!lead) return false;
  const close = /^[^()\n]{0,40}?\)/u.exec(text.slice(r.end));
  return !!close && !words(close[0]).some((w) => isPortuguese(w.text));
}

// An argument's placeholder in angle brackets: "<not given>", "<file name>".
const PLACEHOLDER_OPEN = /<$/u;
const PLACEHOLDER_CLOSE = /^>/u;

// Function words: a cell of names has none ("alice blue", "dark slate gray"), a cell of prose has them ("view from above").
const SMALL_WORDS = /^(?:to|of|the|from|for|in|on|at|by|with|and|or|a|an|is|are)$/iu;
const NUMBER_CELL = /^[\s\d.,;:%#+-]+$/u;

/**
 * A cell of a table of names: a short line of no sentence, beside a cell of numbers
 * ("alice blue" before "240 248 255", a key's name before its code). The English of the table
 * keeps the names as the program reads them (X11 colour names, identifiers).
 */
function nameCell(pair: { pt: string; prevPt?: string; nextPt?: string }): boolean {
  const pt = pair.pt.trim();
  if (pt.includes("\n") || /[.!?:;]$/u.test(pt)) return false;
  const ws = words(pt);
  if (!ws.length || ws.length > 4 || ws.some((w) => SMALL_WORDS.test(w.text))) return false;
  return [pair.prevPt, pair.nextPt].some((n) => n !== undefined && NUMBER_CELL.test(n.trim()) && /\d/u.test(n));
}

/**
 * The name of a reference page's entry: at the start of its line, before the dash that opens its
 * purpose in Portuguese ("graphics entities — Descrição das estruturas…"): the page's own name.
 */
function entryName(text: string, r: { start: number; end: number }, isPortuguese: (w: string) => boolean): boolean {
  if (text.slice(text.lastIndexOf("\n", r.start - 1) + 1, r.start).trim() !== "") return false;
  const purpose = /^ [—–-] (.+)/u.exec(text.slice(r.end));
  return !!purpose && words(purpose[1]!).slice(0, 4).some((w) => isPortuguese(w.text) || isPortuguese(w.text.toLowerCase()));
}

// Articles and prepositions before a noun, and the words that determine one as an article does (possessives,
// demonstratives, "cada", "qualquer": "o seu boot loader", "este device mapper"): a two-word English term after
// one sits in Portuguese syntax as a noun.
const DETERMINER = /(?:^|[\s(])(?:o|a|os|as|um|uma|uns|umas|do|da|dos|das|no|na|nos|nas|ao|aos|pelo|pela|pelos|pelas|com|em|de|ou|e|seu|sua|seus|suas|este|esta|estes|estas|esse|essa|esses|essas|aquele|aquela|aqueles|aquelas|deste|desta|desse|dessa|neste|nesta|nesse|nessa|cada|qualquer|quaisquer|outro|outra|outros|outras)\s+$/iu;
// Words that introduce a name: "é chamado tagged quoted symbol".
const NAMING = /(?:^|\s)(?:chamad[oa]s?|denominad[oa]s?|designad[oa]s?|nomead[oa]s?|conhecid[oa]s? como|(?:em|do) inglês[:,]?)\s+["“'‘«]?$/iu;

/**
 * A technical term the translator kept, as the English writes it: two or three lower-case words of a noun
 * phrase (no function word) after an article or a preposition ("com o device mapper", "a
 * tradução LBA ou large disk CHS", "em down arrow"), or any run after a word that introduces a
 * name ("é chamado tagged quoted symbol"). A leftover phrase is longer or starts with a function
 * word ("em by number milissegundos"); a capitalised heading is no term.
 */
const MAX_TERM_WORDS = 3;
function keptTerm(pair: { pt: string; en?: string }, r: { start: number; end: number; count: number }): boolean {
  const text = pair.pt.slice(r.start, r.end);
  const before = pair.pt.slice(Math.max(0, r.start - 20), r.start);
  if (NAMING.test(before)) return true;
  // Only as the English writes it: without the English, a lower-cased name ("bell labs") may be the machine's.
  if (pair.en === undefined || !englishHas(pair.en, text)) return false;
  return r.count <= MAX_TERM_WORDS && text === text.toLowerCase() && !words(text).some((w) => FUNCTION_WORDS.has(w.text)) && DETERMINER.test(before);
}

// A noun that says what kind of thing the next words name, an adjective of its own allowed ("o utilitário tradicional “groff
// guess”", "a secção Educating developers about translations", "e tag name with space"): the words are that thing's name.
const KIND_NOUN = /(?:^|[\s(])(?:utilitário|programa|comando|biblioteca|função|variável|opção|etiqueta|tag|secção|seção|capítulo|formato|módulo|campo)\s+$/iu;
// The same with an adjective of its own before a quotation: "o utilitário tradicional “groff guess”".
const KIND_NOUN_QUOTED = /(?:^|[\s(])(?:utilitário|programa|comando|biblioteca|função|variável|opção|etiqueta|tag|secção|seção|capítulo|formato|módulo|campo)(?:\s+\p{Ll}+)?\s+["“'‘«]$/iu;
/** Words of a name after its kind: at most this many (a section's title of four words). */
const MAX_NAMED_WORDS = 4;

/**
 * A thing's name right after the noun that says what it is: quoted as a whole, or as the English writes it. A program's,
 * a section's, a tag's name is kept as it is published; a leftover clause after such a noun is longer, or not the English's.
 */
function namedAfterKind(pair: { pt: string; en?: string }, r: { start: number; end: number; count: number }): boolean {
  if (r.count > MAX_NAMED_WORDS) return false;
  const before = pair.pt.slice(Math.max(0, r.start - 40), r.start);
  const text = pair.pt.slice(r.start, r.end);
  // Quoted whole after its kind, or written as the English writes it right after its kind.
  if (KIND_NOUN_QUOTED.test(before) && enclosingQuotation(pair.pt, r) === text) return true;
  return KIND_NOUN.test(before) && pair.en !== undefined && englishHas(pair.en, text);
}

// A verb that defines what precedes it: "X é o número de…", "X indica…".
const DEFINING = /^\s+(?:é|são|indica|indicam|significa|significam|representa|representam|contém|mostra|mostram)(?![\p{L}])/u;

/**
 * A term the sentence defines, opening its line or bullet as the English writes it: "• Total package
 * names é o número de nomes de pacotes…" (apt-cache's statistics, each line of the program's output
 * named, then explained). The term is the program's name for it; the sentence about it is Portuguese.
 */
function definedTerm(pair: { pt: string; en?: string }, r: { start: number; end: number }): boolean {
  if (!pair.en || !DEFINING.test(pair.pt.slice(r.end))) return false;
  const lineStart = pair.pt.lastIndexOf("\n", r.start - 1) + 1;
  // The run may leave out a first word Portuguese shares ("Total"): one word at most before it.
  const head = /^\s*(?:[•*-]\s+)?((?:\p{L}+\s+)?)$/u.exec(pair.pt.slice(lineStart, r.start));
  if (!head) return false;
  return englishHas(pair.en, head[1]! + pair.pt.slice(r.start, r.end));
}

/**
 * One word before a colon that is no label: a scheme or a namespace glued to what follows ("o esquema
 * 'about:'", "urn:ietf:…"), a name glued to code before it ("gimp-context-set-back/foreground:"), or a
 * word the Portuguese sentence names, after a Portuguese word ("a palavra closes: seguida por…", "use a
 * função list:", "Exemplos para format:"). A label opens its line ("Source:").
 */
function namedBeforeColon(text: string, r: { start: number; end: number }, portugueseWord: (w: string) => boolean): boolean {
  if (text[r.end] !== ":") return false;
  if (/^:[^\s]/u.test(text.slice(r.end, r.end + 2)) || /[/_.-]$/u.test(text.slice(0, r.start))) return true;
  const head = text.slice(text.lastIndexOf("\n", r.start - 1) + 1, r.start);
  // A keyword in lower case opening its line, defined after its colon ("all: Liga (ou desliga) todas as opções…").
  if (head.trim() === "") return /^\p{Ll}+$/u.test(text.slice(r.start, r.end)) && /^:\s+\S/u.test(text.slice(r.end));
  // After a word of a Portuguese sentence, the line's third word at least ("noé smith:" is a speaker's label).
  const before = /(?:^|\s)\S+\s+(\p{Ll}+)\s+$/u.exec(head);
  return !!before && portugueseWord(before[1]!);
}

/**
 * A term in quotes that the sentence goes on to define: "“stat overrides” são um modo de dizer ao dpkg…",
 * "'Legacy locales' são locales que…". The quotes and the defining verb make it a mention of the name, with
 * or without the English beside it.
 */
function quotedDefinedTerm(text: string, r: { start: number; end: number }): boolean {
  if (!CLOSE_QUOTE.test(text.slice(r.end, r.end + 1)) || !DEFINING.test(text.slice(r.end + 1))) return false;
  return enclosingQuotation(text, r) === text.slice(r.start, r.end);
}

/**
 * A quotation that opens its line and is followed by a colon and what it means: the entry of a troubleshooting list,
 * whose term is the message the screen shows, quoted as the program writes it ("“Clock skew too great”: o relógio da
 * estação…", "\"System clock synchronized: no\": o serviço chrony…"). The layout (term, colon, explanation) makes the
 * quotation a mention, as a defining verb does. A message's length at most; a quotation inside the sentence, or one
 * with nothing after its colon, is no entry's term.
 */
const ENTRY_OPENING = /^[\s*•=#-]*$/u;
const EXPLAINED_AFTER = /^:\s+\p{L}/u;
function quotedEntryTerm(text: string, r: { start: number; end: number }): boolean {
  const quoted = enclosingQuotation(text, r);
  if (quoted === undefined || words(quoted).length > MAX_MESSAGE_WORDS) return false;
  const at = text.lastIndexOf(quoted, r.start);
  if (at < 1) return false;
  const lineStart = text.lastIndexOf("\n", at - 2) + 1;
  return ENTRY_OPENING.test(text.slice(lineStart, at - 1)) && CLOSE_QUOTE.test(text.slice(at + quoted.length, at + quoted.length + 1)) && EXPLAINED_AFTER.test(text.slice(at + quoted.length + 1));
}

// A quotation of the English: “…”, "…", «…», ‘…’.
// Code's quotes too: backticks and straight single quotes after no letter ("enter `show all`", "type 'show none'"),
// and a placeholder's angle brackets ("the <file name> argument"): the English marks the words as literal.
const EN_QUOTED = /[“"«‘]([^”"»’\n]{2,80})[”"»’]|`([^`\n]{2,80})`|(?<![\p{L}\p{N}])'([^'\n]{2,80})'(?![\p{L}\p{N}])|<([^<>\n]{2,80})>/gu;

/**
 * A label the English quotes as the screen shows it, kept by the translator word for word
 * without the quotes ("seleccione Guided - use entire disk" for "select “Guided - use entire
 * disk”"): the program's own string, which the reader will see in English.
 */
function labelTheEnglishQuotes(en: string | undefined, text: string): boolean {
  if (!en || !/[“"«‘`'<]/u.test(en)) return false;
  const parts = text.split(/[\s-]+/u).filter(Boolean);
  // The pattern holds the first word as it is: an English without it quotes no label of the run (most runs).
  if (parts.length && !en.includes(parts[0]!)) return false;
  return execAll(EN_QUOTED, en).some((m) => hasSpacedWords((m[1] ?? m[2] ?? m[3] ?? m[4])!, parts));
}

/**
 * An acronym's expansion, the name of a standard or a technique, kept as the English writes it:
 * beside the acronym in parentheses, either way round ("LBA (logical block addressing)",
 * "ataques ROP (Return Oriented Programming)", "tradução de endereços (network address
 * translation, NAT)"). The initials of its words, small words aside, spell the acronym.
 */
function acronymExpansion(text: string, r: { start: number; end: number }): boolean {
  const ws = words(text.slice(r.start, r.end)).map((w) => w.text);
  const initials = ws.map((w) => w[0]!.toUpperCase()).join("");
  const content = ws.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join("");
  const spells = (acronym: string | undefined): boolean => !!acronym && acronym.length >= 2 && (acronym === initials || acronym === content);
  const after = /^,?\s*\(?\s*(\p{Lu}{2,})\)?/u.exec(text.slice(r.end, r.end + 12));
  if (after && /^(?:\s*\(|,)/u.test(text.slice(r.end)) && spells(after[1])) return true;
  const before = /(\p{Lu}{2,})\s*\(\s*$/u.exec(text.slice(Math.max(0, r.start - 14), r.start));
  return spells(before?.[1]);
}


// A man page's synopsis: options in brackets ("[--conf file]", "[-q]") on the line.
const SYNOPSIS = /\[--?[\p{L}\p{N}]/u;
const lineAt = (text: string, offset: number): string => {
  const end = text.indexOf("\n", offset);
  return text.slice(text.lastIndexOf("\n", offset - 1) + 1, end < 0 ? text.length : end);
};

/**
 * Short English left in the Portuguese, too short for language identification:
 * labels ("Original Source:"), "ai unicorn", link texts ("[Source](#)").
 */
// The helpers of `run` below stand at module level (or are made once per dictionaries), not as closures made on every
// pair: tsx (the tests', the benches' and the development server's compiler) names each closure as it is made.

/** The pair with the English beside it joined to its own (see `run`), joined once, when a run needs it. */
const near = (lazy: { pair: CheckInput; near?: { pt: string; en?: string } }): { pt: string; en?: string } =>
  (lazy.near ??= lazy.pair.en === undefined ? lazy.pair : { pt: lazy.pair.pt, en: [lazy.pair.prevEn, lazy.pair.en, lazy.pair.nextEn].filter((e) => e !== undefined).join("\n") });

interface PortugueseTests {
  /** A word only Portuguese has: it makes a label, a list or a line Portuguese. */
  isPortuguese: (w: string) => boolean;
  /** Any word Portuguese spells so, the small ones too ("para", "a"), that is not English only. */
  portugueseWord: (w: string) => boolean;
}
const portugueseTestsBySpellers = new WeakMap<Spellers, PortugueseTests>();

function portugueseTests(spellers: Spellers): PortugueseTests {
  let tests = portugueseTestsBySpellers.get(spellers);
  if (!tests) {
    const isEnglish = englishWordTest(spellers);
    tests = {
      isPortuguese: (w) => w.length > 2 && !!spellers.pt?.correct(w) && !spellers.en?.correct(w) && !isEnglish(w),
      portugueseWord: (w) => !!spellers.pt?.correct(w) && !isEnglish(w),
    };
    portugueseTestsBySpellers.set(spellers, tests);
  }
  return tests;
}

export const untranslatedWords: Check<"untranslated-words"> = {
  id: "untranslated-words",
  family: "untranslated",
  severity: "warning",
  name: "English words left untranslated",
  description: "A run of English words inside the Portuguese.",
  // The document's code declares names its prose then uses (see codeNames): learned once, for every pair, as checkPair
  // gets them from the stored document context.
  runDocument(pairs, context) {
    const ctx = { ...context, document: { ...context.document, codeNames: codeNames(pairs) } };
    return { pairFlags: pairs.map((pair) => this.run!(pair, ctx)), documentFlags: [] };
  },
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
    if (!flags.some(Boolean) || isLiteralLine(pair) || shownAsIs(pair)) return [];
    // A bibliography's entry keeps the cited works' titles; a table's name cell its names.
    if (isReferenceEntry(pair.pt) || nameCell(pair)) return [];
    // A label the next Portuguese sentence describes ("• Total package names" / "é o número…") is a name the program prints.
    if (describedLabel(pair, isEnglish, context.spellers.pt)) return [];
    // A configuration file's directive in its manual's list ("Port number", "Allow all"), the same in both languages.
    if (pair.en !== undefined && pair.pt.trim() === pair.en.trim() && isDirectiveLine(pair)) return [];
    // A word only Portuguese has: it makes a label, a list or a line Portuguese.
    const { isPortuguese, portugueseWord } = portugueseTests(context.spellers);
    if (configLine(pair.pt, isPortuguese)) return [];
    // Any word Portuguese spells so, the small ones too ("para", "a"), that is not English only.
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
    // The English beside this pair's too, for the tests of "as the English writes it": a sentence the aligner paired
    // with its neighbour's English (one sentence for two) still has its terms there. Joined once, when a run needs it.
    const lazyNear: { pair: CheckInput; near?: { pt: string; en?: string } } = { pair };
    const codeNames = context.document?.codeNames;
    return runs
      .filter((r) => {
        const text = pair.pt.slice(r.start, r.end);
        // Glossary terms kept in English ("merge request") are the project's choice, never untranslated.
        // As the glossary writes it: "bell labs" has lost its capitals and is still flagged.
        if (kept.size && (kept.has(text) || words(text).every((w) => kept.has(w.text)))) return false;
        // A single English word inside a link or a label still reads as a leftover: "[Source](#)".
        // A link's whole text ("[Source](#)"), or a label before a colon ("Source:"); "[option...]" in a synopsis is neither.
        const alone = (pair.pt[r.start - 1] === "[" && pair.pt.startsWith("](", r.end)) || /^:/u.test(pair.pt.slice(r.end, r.end + 1));
        if (r.count < MIN_RUN && (!alone || namedBeforeColon(pair.pt, r, portugueseWord))) return false;
        // One word before a colon that Portuguese writes the same way is a Portuguese label ("Imagem original:").
        if (r.count < MIN_RUN && context.spellers.pt?.correct(text.toLowerCase())) return false;
        if (commandLine(pair, r)) return false;
        // Code: a run glued to a bracket is a declaration or a call ("void res(double *t", "double gout[]"),
        // and one between bars is a synopsis's alternative ("search | show | install pkg").
        // A longer run before a bracket is a sentence that ends in code ("Default value is list([],0)").
        if ((r.count <= MIN_RUN && /^[([]/u.test(pair.pt.slice(r.end, r.end + 1))) || /\|\s*$/u.test(pair.pt.slice(Math.max(0, r.start - 3), r.start)) || /^\s*\|/u.test(pair.pt.slice(r.end, r.end + 3))) return false;
        // A name and one word ("Debian policy", "lists Debian") is a name in a Portuguese sentence, not English prose.
        if (r.count === MIN_RUN && words(text).some((w) => isName(w.text, context.spellers.en) || isAcronym(w.text))) return false;
        // Code's declarations ("function exchange (image, images_array_name, event)") and placeholders ("<not given>").
        if (keptTerm(near(lazyNear), r) || namedAfterKind(near(lazyNear), r) || labelTheEnglishQuotes(near(lazyNear).en, text) || acronymExpansion(pair.pt, r) || definedTerm(near(lazyNear), r) || quotedDefinedTerm(pair.pt, r) || quotedEntryTerm(pair.pt, r)) return false;
        // Glued to a dotted name, the run is part of a command or an address: "get field.selected", "<ana at users.example.net>".
        if (r.count <= MAX_TERM_WORDS && (DOTTED_AFTER.test(pair.pt.slice(r.end, r.end + 2)) || DOTTED_BEFORE.test(pair.pt.slice(Math.max(0, r.start - 2), r.start)))) return false;
        // What the reader types, after a verb of typing in both languages; a list of names in brackets as the English has it;
        // the title of a page the English refers the reader to.
        if (typedInput(near(lazyNear), r) || enumerationAsInEnglish(pair, r) || referredTitle(near(lazyNear), r)) return false;
        // Words the document's code writes (a declaration's type, "long long atoll(const char *nptr);"): its prose names the code's own.
        if (codeNames?.length && (isCodeName(codeNames, text) || words(text).every((w) => isCodeName(codeNames, w.text)))) return false;
        // A type of C and its kin spelled by its keywords ("unsigned char", "long double", "static int"): code named in
        // prose, whether or not the document's own code declares it (see isTypeSpelling).
        if (isTypeSpelling(text)) return false;
        // A comment of a code example ("plot(x , y , "o-");    // x is transposed") is the program's text.
        if (inCodeComment(pair.pt, r.start)) return false;
        // The left side of an assignment or formula ("Scaled intensity = (intensity - 127.5)"), an example's marker ("[ Updated programs translations ]").
        if (/^\s?=/u.test(pair.pt.slice(r.end)) || (pair.pt.slice(Math.max(0, r.start - 2), r.start) === "[ " && pair.pt.startsWith(" ]", r.end))) return false;
        if (entryName(pair.pt, r, isPortuguese) || declaration(pair.pt, r) || (PLACEHOLDER_OPEN.test(pair.pt.slice(0, r.start)) && PLACEHOLDER_CLOSE.test(pair.pt.slice(r.end)))) return false;
        // Values listed and closed by a Portuguese "e" or "ou" ("as suites stable, testing e unstable"), or the
        // next-to-last of them, as the English lists it ("de break, inline placeholder ou customtag").
        if ((/,/u.test(text) || (/,\s$/u.test(pair.pt.slice(0, r.start)) && near(lazyNear).en?.includes(text))) && /^,? (?:e|ou) [\p{L}-]+/u.test(pair.pt.slice(r.end))) return false;
        // A synopsis's placeholders, as the English's synopsis has them ("adduser [--conf ficheiro] [--quiet] user group").
        if (SYNOPSIS.test(lineAt(pair.pt, r.start)) && near(lazyNear).en?.includes(text)) return false;
        // A label of an ASCII diagram ("master documents ---+---->---"): the figure's, drawn the same in both languages.
        if (isDiagramLine(pair.pt, r.start)) return false;
        // Words the English does not have in this order, one of them Portuguese too ("a página man original" for "the
        // original man page"): a Portuguese phrase around a kept term, not English left as it was.
        if (pair.en?.trim() && !near(lazyNear).en!.toLowerCase().includes(text.toLowerCase()) && words(text).some((w) => w.text.length > 2 && !!context.spellers.pt?.correct(w.text.toLowerCase()))) return false;
        // Words joined only by commas are a list of values, targets or keywords ("clean, binary", "stable, testing, unstable").
        if (ws.some((w) => w.start > r.start && w.start < r.end) && commaList(pair.pt, r)) return false;
        // The English original given beside its translation, in parentheses: "manuais (man pages)",
        // "listas com tipos ("typed lists")", or the other way round, "sky blue (céu azul)".
        if (glossed(pair.pt, r, context.spellers) || glossedWithLead(pair.pt, r, isPortuguese) || glossedQuotation(pair, r, isPortuguese)) return false;
        // A character class's name ("[:blank:]") is the regular expression's syntax.
        if (pair.pt.slice(r.start - 2, r.start) === "[:" && pair.pt.startsWith(":]", r.end)) return false;
        // A quoted interface string the English quotes the same way ("“Graphical install”"): the program's own label.
        if (quotedAsInEnglish(near(lazyNear), r) || quotedLabelWithoutEnglish(pair, r) || quotedMessageWithoutEnglish(pair, r) || quotedMachineTextWithoutEnglish(pair, r)) return false;
        // A one-word label the English writes the same way is a property or field name ("foreground:"), kept as the program spells it.
        if (r.count < MIN_RUN && pair.pt[r.end] === ":" && pair.en !== undefined && standsWhole(pair.en, text)) return false;
        // Title Case runs are titles and names ("Careless People") unless they label something.
        // A title-case label counts when its words are the web page's ("Original Source:"), not a speaker's name.
        // A label is the web page's when its words are all common English ("Original Source:"); a name before a colon is a name.
        return !titleCase(text) || ((/^\s*:/u.test(pair.pt.slice(r.end)) || alone) && words(text).every((w) => isListedEnglish(w.text) || FUNCTION_WORDS.has(w.text)));
      })
      .map((r) => flagAt(this, pair.pt, r.start, r.end, "These words are English: translate them."));
  },
};
