import type { CheckInput, Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";
import { literalSpans, overlapsLiteral, type LiteralSpan } from "../../normalize/literal-spans.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { isNavigationTrail } from "../text/navigation-trail.ts";
import { lineAt } from "../text/lines.ts";
import { englishShowsForm, tokenCore } from "../text/english-form.ts";
import { introducesShownText } from "../text/shown-quotation.ts";
import { words } from "../text/words.ts";

// A spaced hyphen between words is a dash typed on a keyboard; a list bullet ("- item") is not.
const SPACED_HYPHEN = /(?<=[\p{L}\p{N}"”'’),;.!?]) - (?=[\p{L}\p{N}"“'‘(])/gu;

/**
 * From this many spaced hyphens on, the document uses them as its dash: one finding with a
 * fix-all tells the reviewer more than 71 flags of the same kind (the ChinaTalk document).
 */
export const HYPHEN_HABIT = 3;

// A manual page's NAME line ("rec2csv - conversor de rec para csv"): the program, a hyphen, what it does.
const MAN_NAME_LINE = /^\s*[\w.+-]+(?:, [\w.+-]+)*$/u;

/**
 * The same NAME line shown as an example's text: quoted on a line of output (lexgrog's `man.1: "man - um ambiente
 * para os manuais"`, the quote closing on the same line) or in a listing whose lines open on "|" (po4a's POD example
 * "|fictício - um programa fictício"). Man-page syntax quoted, as the English quotes it.
 */
// A program's name is written in lower case ("man", "whatis", "fictício"); the quote closes at the end of the line.
const QUOTED_NAME_LINE = /(?:^|\n)[^\n"“]*["“]\p{Ll}[\p{L}\p{N}_.+-]*$/u;
const QUOTE_CLOSES_LINE = /^[^\n"”]*["”][ \t]*(?:\n|$)/u;
const LISTED_NAME_LINE = /(?:^|\n)\|[ \t]*\p{Ll}[\p{L}\p{N}_.+-]*$/u;
const nameLineShown = (before: string, after: string): boolean =>
  (QUOTED_NAME_LINE.test(before) && QUOTE_CLOSES_LINE.test(after)) || LISTED_NAME_LINE.test(before);

/**
 * A label or a message quoted as the screen shows it, the sentence naming it so before the quote ("escolha “Assistido -
 * usar o disco inteiro e configurar LVM”", "parar com “Kernel panic - not syncing: …”"): the hyphen is the program's own,
 * copied with its text. A quotation nothing introduces so ("Ele disse: "Isto - e só isto - importa."", "a frase "sempre -
 * nunca"") is the text's, whose hyphen stands for a dash.
 */
const MAX_SHOWN_WORDS = 12;
const QUOTE_OPEN = /[“«"]/gu;
function insideShownQuotation(before: string, after: string): boolean {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const open = Math.max(...[...line.matchAll(QUOTE_OPEN)].map((m) => m.index));
  if (open < 0 || /[”»]/u.test(line.slice(open)) || (line[open] === '"' && (line.split('"').length - 1) % 2 === 0)) return false;
  const rest = after.split("\n", 1)[0] ?? "";
  const close = rest.search(line[open] === '"' ? /"/u : /[”»]/u);
  if (close < 0 || words(`${line.slice(open + 1)} ${rest.slice(0, close)}`).length > MAX_SHOWN_WORDS) return false;
  return introducesShownText(line.slice(Math.max(0, open - 40), open + 1));
}

// "(0 - 360)", "N./D - X": a range or a minus between figures, not a dash.
const BETWEEN_FIGURES = /[\d)\]]$/u;
const FIGURE_AFTER = /^[\d(]/u;
const CODE_HINT = /[=;{}%*]|\w\(/u;
/** A term of a formula beside the hyphen ("(a1/d) - inv(a)", "Si/s - Pi", "X*A - X'*B*X"): the hyphen is a minus. */
const OPERAND_BEFORE = /(?:[/*^+=<>]|\p{L}\()\S*$/u;
const OPERAND_AFTER = /^\S*(?:[/*^+=<>]|\p{L}\()/u;
/**
 * Two operands of a formula around the hyphen, each a variable of one letter (perhaps with digits: "x0") or a figure
 * ("y ~ x - 1", "n - m .* floor(n ./ m)", "x1 - x0"): a minus sign. A dash parts words or clauses, never a lone letter
 * from a letter or a figure. Not "a", "e", "o": Portuguese words ("o pacote - e o resto").
 */
const VARIABLE_BEFORE = /(?:^|[\s([~])(?:[b-df-np-zA-Z]\d*|\d+(?:[.,]\d+)?)$/u;
const VARIABLE_AFTER = /^(?:[b-df-np-zA-Z]\d*|\d+(?:[.,]\d+)?)(?=[\s)\],;.]|$)/u;
/** A formula written in words ("Tom da direita = Cor da borda - metade da influência"): an equals sign earlier on the line. */
const EQUATION = /\s=\s/u;
/** The minus sign named, not used ("os prefixos + e - significam", "Note o sinal - antes de Bis"). */
const SIGN_NAMED = /(?:[+±] (?:e|ou)|(?:^|[^\p{L}])(?:sinal|símbolo|prefixo|caráter|carácter|caractere))$/iu;

/** The token before the hyphen without an opening mark, and the one after it without a closing mark (a comma, a stop, a bracket). */
const TOKEN_OPENING = /[(["“‘«]?(\S*)$/u;
const TOKEN_CLOSING = /^(\S*?)[,.;:!?)\]"”’»]*(?:\s|$)/u;

/** Words a file's name may hold before its extension: letters, figures, apostrophes, spaces; no punctuation of a sentence. */
const NAME_WORDS = /^[\p{L}\p{N}'’&_ ]*$/u;
/** How far after the hyphen the rest of a file's name may run ("Amor I Love You.mp3"). */
const MAX_NAME_TAIL = 40;

/**
 * Whether the hyphen sits inside a file's name written with spaces ("01 - Título.mp3", "Marisa Monte - Amor I Love
 * You.mp3", "Relatório do conselho - Junho 2003.doc"): the words after it run, with no mark of a sentence, into a
 * name with a file's extension.
 */
function insideFileName(literals: readonly LiteralSpan[], after: string, offset: number): boolean {
  const file = literals.find((l) => l.kind === "file" && l.start >= offset);
  if (file === undefined) return false;
  if (file.start - offset <= MAX_NAME_TAIL && NAME_WORDS.test(after.slice(0, file.start - offset))) return true;
  // In quotes that close right after the extension, the whole quotation is the name, its commas and stops too
  // (“Marisa Monte - O Que Me Importa - Memórias, Crônicas e Declarações de Amor.mp3”).
  const close = after.slice(file.end - offset, file.end - offset + 1);
  return QUOTE_CLOSE.test(close) && !QUOTES.test(after.slice(0, file.start - offset)) && !after.slice(0, file.start - offset).includes("\n");
}
const QUOTE_CLOSE = /^[”"’»]$/u;
const QUOTES = /[“”"«»]/u;

const WORDLIKE = /[\p{L}\p{N}]/u;
function mirroredTokens(before: string, after: string, en: string): boolean {
  const left = TOKEN_OPENING.exec(before)![1]!;
  const right = TOKEN_CLOSING.exec(after)?.[1] ?? "";
  return WORDLIKE.test(left) && WORDLIKE.test(right) && en.includes(`${left} - ${right}`);
}

/** A figure or a one-letter variable after a minus (the subtrahend), a one-letter variable before it: terms of a formula, written alike in both languages. */
const SUBTRAHEND = /^(?:\p{N}+(?:[.,]\p{N}+)?|\p{L})$/u;
const VARIABLE = /^\p{L}$/u;
const operandAt = (token: string, side: "before" | "after"): boolean => (side === "after" ? SUBTRAHEND : VARIABLE).test(tokenCore(token));

/** A head of a list item: a few words with no mark that ends or splits a sentence ("Checkout", "Janela activa", "%f"). */
const ITEM_HEAD = /^[^.;:!?()\n]{1,60}$/u;
const MAX_HEAD_WORDS = 6;
const wordCount = (s: string): number => s.trim().split(/\s+/u).length;
const UPPER_START = /^[("“'‘«]?\p{Lu}/u;

/**
 * Whether the hyphen separates a term from its description, the first spaced hyphen of a line whose head is a
 * few words ("Checkout - O utilizador que…", "A janela aparece - Activado quando…", "%f - um único nome de
 * ficheiro"), as the English lays out the same item: its line has a term, a spaced hyphen, and either the same
 * head or, like the Portuguese, a description opening on a capital. A list's convention, not a prose dash:
 * prose dashes fall mid-sentence, after a longer run, or open a lower-case aside ("qualidade de resultado - draft").
 */
function termSeparator(pt: string, index: number, after: string, en: string): boolean {
  const head = pt.slice(pt.lastIndexOf("\n", index - 1) + 1, index).trim();
  if (!ITEM_HEAD.test(head) || head.includes(" - ") || wordCount(head) > MAX_HEAD_WORDS) return false;
  for (const line of en.split("\n")) {
    const at = line.indexOf(" - ");
    if (at <= 0) continue;
    const enHead = line.slice(0, at).trim();
    if (enHead === head) return true;
    if (ITEM_HEAD.test(enHead) && wordCount(enHead) <= MAX_HEAD_WORDS && UPPER_START.test(after) && UPPER_START.test(line.slice(at + 3))) return true;
  }
  return false;
}

/**
 * The English writes the hyphen as a character of its own: spaced, right after an article, a preposition or a
 * conjunction, where no dash can stand ("use the - option", "words with white space or - in them", "files other
 * than - are written"). The Portuguese hyphens that render it are the same character (CUPS's lprm(1), KHangMan's
 * handbook, xz(1)).
 */
const CHARACTER_IN_ENGLISH = /(?<![\p{L}\p{N}'’-])(?:the|a|an|or|and|nor|than|of|to|in|with|for|as|by|from) - /giu;
const hyphensNamedInEnglish = (en: string | undefined): number =>
  en === undefined || !en.includes(" - ") ? 0 : execAll(CHARACTER_IN_ENGLISH, en).length;

/** Articles and quotes before a glossed name ("(o GNOME On-screen Keyboard - …", "('password authentication' - …"). */
const GLOSS_LEAD = /^(?:o|a|os|as|um|uma|the)\s+/iu;
/** A quoted name closing the run before the hyphen ("o pserver significa 'password authentication' - …"). */
const QUOTED_LAST = /["“'‘«]([^"“”'‘’«»]+)["”'’»]$/u;

/**
 * Whether the hyphen sits in parentheses between a name the English writes and its Portuguese gloss ("CDDB
 * (Compact Disc Data Base - banco de dados de CDs)", "PO (Portable Object - Objeto Portável)"): a separator
 * the translator added to explain the English term, not a dash setting off a phrase of the sentence. Not an
 * acronym after it ("(Basic Multilingual Plane - BMP)", manpages-pt-br): reviewers read that as a dash.
 */
function glossSeparator(pt: string, index: number, after: string, en: string): boolean {
  const open = pt.lastIndexOf("(", index);
  if (open < 0 || pt.slice(open, index).includes(")") || pt.slice(open, index).includes("\n")) return false;
  const close = after.search(/[()\n]/u);
  // A gloss is words; an acronym after the hyphen ("(Uniform Resource Locator - URL)") is the name's short form, set off by a dash.
  if (close < 0 || after[close] !== ")" || !/\p{Ll}/u.test(after.slice(0, close))) return false;
  const run = pt.slice(open + 1, index);
  const name = QUOTED_LAST.exec(run)?.[1] ?? run.replace(GLOSS_LEAD, "");
  // A name of two words or more: one word before the hyphen ("(magenta - amarelo)") is a phrase's, set off by a dash.
  return /\p{L}\s+\p{L}/u.test(name) && en.includes(name);
}

/**
 * A list of terms and their descriptions: three items or more in a row, each opening its line with a short head and
 * a spaced hyphen ("Diagrama de classes - mostrar as classes…", "Aritmética - neste exercício…", "Título da janela - O
 * título…"), where the English lays out the same item with a head and a spaced hyphen too. The hyphen there is the
 * list's separator between a term and its gloss, the English's own convention carried over, not a dash inside a
 * sentence (reviewed false alarms in KDE handbooks of several programs, both variants: Cervisia, KBruch, KWin, KHotKeys,
 * KolourPaint, Umbrello). Two items in a row ("O tamanho do pincel - curva de esmaecimento", "A cor - …", GIMP) are
 * no list, and reviewers read those as dashes; so is a lone option's "Modo silêncio - apenas retorna…" (CUPS).
 * The head may carry a gloss in parentheses ("Máquina (nome) - …"); the English's head may end on a colon
 * ("Window title: - The title…").
 */
export const MIN_LIST_ITEMS = 3;
const LIST_HEAD = /^[^.;:!?\n]{1,60}:?$/u;
function opensWithTermHyphen(line: string): boolean {
  const at = line.indexOf(" - ");
  if (at <= 0) return false;
  const head = line.slice(0, at).trim();
  return LIST_HEAD.test(head) && wordCount(head) <= MAX_HEAD_WORDS;
}
const itemLines = (text: string): number => text.split("\n").filter(opensWithTermHyphen).length;

/**
 * The Portuguese of the pairs that are items of such a list (by pair text, as the document context keeps them).
 * A pair without Portuguese is passed over, and so is a further sentence of an item's paragraph; any other pair that
 * is no item ends the run.
 */
export function hyphenListItems(pairs: readonly CheckInput[]): Set<string> {
  const items = new Set<string>();
  let run: string[] = [];
  let count = 0;
  const close = () => {
    if (count >= MIN_LIST_ITEMS) for (const pt of run) items.add(pt);
    run = [];
    count = 0;
  };
  for (const p of pairs) {
    if (!p.pt.trim()) continue;
    const n = p.pt.includes(" - ") && p.en !== undefined && p.en.includes(" - ") && itemLines(p.en) > 0 ? itemLines(p.pt) : 0;
    // A further sentence of an item's paragraph (no line break before it) is still that item.
    if (n === 0 && run.length && p.gapBefore !== undefined && !p.gapBefore.includes("\n")) continue;
    if (n === 0) { close(); continue; }
    run.push(p.pt);
    count += n;
  }
  close();
  return items;
}

/** Whether the hyphen at `index` is the separator of a list item's line: the first spaced hyphen of a line opening with a term. */
function itemSeparator(pt: string, index: number): boolean {
  const lineStart = pt.lastIndexOf("\n", index - 1) + 1;
  return pt.indexOf(" - ", lineStart) === index && opensWithTermHyphen(pt.slice(lineStart, index + 3));
}

/**
 * The spaced hyphens of a pair's Portuguese, outside literal material (a menu path "Arquivo -
 * Salvar"), code and ranges. An English with spaced hyphens too does not clear them: the
 * ChinaTalk original has them, and Portuguese still wants the dash.
 */
function spacedHyphens(pair: CheckInput, listItem = false): RegExpExecArray[] {
  const { pt, en } = pair;
  // The pattern's lookbehind is tried at every offset; the spaced hyphen itself is rare.
  if (!pt.includes(" - ")) return [];
  // Code has an operator or a call somewhere: only then is the (costlier) code test worth it.
  if (CODE_HINT.test(pt) && looksLikeCode(pt)) return [];
  const found = execAll(SPACED_HYPHEN, pt);
  // As many hyphens as the English writes as the character itself: these are it, not dashes.
  if (found.length && found.length <= hyphensNamedInEnglish(en)) return [];
  const literals = literalSpans(pt);
  return found.filter((m) => {
    const before = pt.slice(0, m.index);
    const after = pt.slice(m.index + m[0].length);
    if (listItem && itemSeparator(pt, m.index)) return false;
    if (overlapsLiteral(literals, m.index, m.index + m[0].length) || MAN_NAME_LINE.test(before) || nameLineShown(before, after) || insideFileName(literals, after, m.index + m[0].length)) return false;
    if (insideShownQuotation(before, after)) return false;
    if (BETWEEN_FIGURES.test(before) && FIGURE_AFTER.test(after)) return false;
    if (OPERAND_BEFORE.test(before) || OPERAND_AFTER.test(after) || SIGN_NAMED.test(before.trimEnd())) return false;
    if (VARIABLE_BEFORE.test(before) && VARIABLE_AFTER.test(after)) return false;
    // The English has the same two tokens around its hyphen: a formula, a range of names or a name copied as it is ("(N - contagem" is not).
    // Words, not the punctuation the sentence attaches to them: "botões C1 - C6, selecionando" for "buttons C1 - C6 by selecting".
    if (en !== undefined && (mirroredTokens(before, after, en) || termSeparator(pt, m.index, after, en) || glossSeparator(pt, m.index, after, en))) return false;
    // The English has its spaced hyphen before the same figure or one-letter variable, or after the same one-letter
    // variable ("tamanho - 1" for "length - 1", "(N - contagem" for "(N - generic pattern count"), in the pair or, when the
    // pair's English is thin, beside it: a term of the source's formula, its hyphen a minus. Not a figure before it
    // ("2023 e 2024 - especialmente", a year ending a clause), nor a name or an address beside it ("KDE - obviamente",
    // "'www.kde.org' - em vez de"): prose stands beside those, and the English's hyphen there is its dash, which
    // Portuguese typography still writes "—" (reviewed genuine in KDE handbooks; the built-in corpus's interview).
    if (englishShowsForm(pair, " - ", { before, after, literal: operandAt })) return false;
    const line = lineAt(pt, m.index);
    return !(EQUATION.test(line.slice(0, m.index - (pt.lastIndexOf("\n", m.index - 1) + 1))) || isNavigationTrail(line) || /^\s*(?:\/\/|#)/u.test(line));
  });
}

/** A pair's flags: one per spaced hyphen standing for a dash. */
const hyphenFlags = (check: Check<"punctuation-hyphen-dash">, pair: CheckInput, listItem: boolean): Flag[] =>
  spacedHyphens(pair, listItem).map((m) =>
    flagAt(check, pair.pt, m.index, m.index + m[0].length, "Use a dash (—), not a hyphen, to set off a phrase.", " — "));

/** Whether spaced hyphens are the document's habit rather than a pair's slip. */
export const usesHyphenAsDash = (pairs: readonly CheckInput[], listItems: ReadonlySet<string> = hyphenListItems(pairs)): boolean => {
  let n = 0;
  for (const p of pairs) if ((n += spacedHyphens(p, listItems.has(p.pt)).length) >= HYPHEN_HABIT) return true;
  return false;
};

export const punctuationHyphenDash: Check<"punctuation-hyphen-dash"> = {
  id: "punctuation-hyphen-dash",
  family: "punctuation",
  severity: "info",
  name: "Hyphen used as a dash",
  description: "A hyphen with spaces around it stands where Portuguese uses a dash (—); a document that does it throughout is told once, with a fix for all.",
  supersedes: ["punctuation-hyphen-dash"],
  raisedIn: (document) => document.hyphenAsDash === true,
  run(pair, context) {
    // A list item is known from the document (its neighbours); a pair checked alone without it is judged alone.
    return hyphenFlags(this, pair, context.document?.hyphenListItems?.includes(pair.pt) === true);
  },
  runDocument(pairs, context) {
    const listItems = hyphenListItems(pairs);
    const perPair = pairs.map((p) => hyphenFlags(this, p, listItems.has(p.pt)));
    const count = perPair.reduce((n, flags) => n + flags.length, 0);
    if (count < HYPHEN_HABIT) return { pairFlags: perPair, documentFlags: [] };
    const documentFlag: Flag = flagAt(this, " - ", 0, 3, `${count} spaced hyphens stand for dashes in this document: replace them all with "—".`, " — ");
    return { pairFlags: pairs.map(() => []), documentFlags: [documentFlag] };
  },
};
