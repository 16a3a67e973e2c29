import type { Lang, Segment } from "../types.ts";
import { foldWord, stemEn } from "./en-stem.ts";
import { formulaItems, isFormulaCode, isFormulaLine, isOperatorFormula, itemsContradict } from "./formula-line.ts";
import type { FormAnchors } from "./hard-anchors.ts";
import { hardKind, NOT_HARD } from "./hard-tokens.ts";
import { translatePt } from "./lexicon.ts";
import { MISSING, SpanTable } from "./span-table.ts";
import { DASH_MARK, WordBounds, wordTokens } from "./word-tokens.ts";
import stopwords from "./stopwords.json" with { type: "json" };

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const UPPER_FIRST = /^\p{Lu}/u;

/** Interns match keys to small integers shared by both sides. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
  /** The id of a key already interned, or -1 (the hard-anchor comparison looks keys up, it makes none). */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }
  /**
   * Whole lines of copied material get ids of their own: kept out of the match keys, whose
   * count sizes the match table (as keys they cost a tenth of the time at 20k × 20k).
   */
  private readonly lines = new Map<string, number>();
  lineId(line: string): number {
    let id = this.lines.get(line);
    if (id === undefined) this.lines.set(line, (id = this.lines.size));
    return id;
  }
}

/**
 * What the aligner knows of one side, in flat typed arrays (Bertalign keeps embeddings; we
 * keep keys). Token t of segment s lies in [tokStart[s], tokStart[s+1]); its keys in
 * [keyStart[t], keyStart[t+1]).
 */
/** A question's end: "?" with the quotes and brackets that may close around it. */
const QUESTION_END = /\?["”’'»)\]]*$/u;

/** SideFeatures.kind of a line of code. */
export const CODE_KIND = 3;

export interface SideFeatures {
  n: number;
  /** Prefix sums of segment lengths in characters (index n = total). */
  lenPrefix: Float64Array;
  /** Prefix sums of token weights per segment. */
  weightPrefix: Float64Array;
  /** Prefix counts of segments that carry any word weight ("Sim." carries none). */
  carrierPrefix: Int32Array;
  tokStart: Int32Array;
  tokWeight: Float32Array;
  keyStart: Int32Array;
  keys: Int32Array;
  /** 1 when the segment ends its paragraph. */
  paraEnd: Uint8Array;
  /**
   * 1 when the segment is a paragraph of its own ending in a colon ("Menu Button:", "Download
   * GNU Hello:"): a lead-in to what follows it, never the tail of the paragraph before it.
   */
  leadIn: Uint8Array;
  /** 1 when the segment is a question (ends in "?", a closing quote or bracket may follow): see QUESTION_MISMATCH_COST. */
  question: Uint8Array;
  /** Prefix counts of paraEnd (index n = all paragraph ends). */
  paraEndPrefix: Int32Array;
  /** 1 for speaker labels, 2 for headings, CODE_KIND (3) for lines of code (codeLine). */
  kind: Uint8Array;
  /** Prefix counts of headings (index n = all headings). */
  headingPrefix: Int32Array;
  /**
   * Prefix counts of titles: headings that are not lines of code (kind 2: "Seqüência de
   * Chamamento", "Equation 8.9. Equation for layer mode “Burn”", "'name'"), see structure-cost.ts.
   */
  titlePrefix: Int32Array;
  /**
   * 1 for a line of code, or a line that opens a call, an assignment or a brace though it does
   * not close it ("list('link','nome_do_link', [número_…],", a call a code block wraps over
   * lines): what the other side may split into several short lines that look like titles.
   */
  codeLike: Uint8Array;
  /** Keys that say "this exact thing" (numbers, names): candidates for anchors. */
  anchorKeys: Int32Array[];
  /**
   * For a segment of copied material (code, a formula, a command line: it holds one of
   * `literalMarks`; not a Markdown link), the id of its whole text without spaces; -1 otherwise. The same
   * key on both sides is the same line, which translation leaves as it is.
   */
  copiedText: Int32Array;
  /**
   * The term a segment names, for the entries of a reference list: the whole text when it is
   * one word ("while", "polyline_properties"), the word before a dash when it opens
   * "term — description"; -1 otherwise (see termOf). A "See also" list often has the names
   * alone on one side and names with their descriptions on the other.
   */
  termText: Int32Array;
  /** Form of each token (an index into formHard), and where it starts in its segment's text. */
  tokForm: Int32Array;
  tokPos: Int32Array;
  /** Per form: its hard-anchor kind (hard-anchors.ts hardKind: NOT_HARD for most words), and a hard form's folded word ("" for the rest). */
  formHard: Uint8Array;
  formFolded: string[];
  /** In how many segments of this side each key is (by its id; a form's first key: the folded word or the number). */
  keySegments: Int32Array;
  /** The key table both sides share, to look a piece's keys up (hard-anchors.ts). */
  keyTable: KeyTable;
  /** The segments themselves: hard-anchors.ts reads a segment's words again where it holds a candidate. */
  segments: readonly Segment[];
  /** hard-anchors.ts's memo, by form: the pieces of a hard form as the other side has them. */
  formAnchors: Array<FormAnchors | undefined>;
  /** 1 for a formula line (formula-line.ts: "X - Y", "-X", "x", "42"), whose words are names and say nothing alone. */
  formula: Uint8Array;
  /** formulaItemsOf's memo, by segment. */
  formulaItems: Array<string[] | undefined>;
  /** clause-split.ts's memo, by segment: where its clauses part. */
  clauseBreaks: Array<number[] | undefined>;
}

/** The items of formula line s of a side (formula-line.ts formulaItems), made once. */
export function formulaItemsOf(f: SideFeatures, s: number): string[] {
  return (f.formulaItems[s] ??= formulaItems(f.segments[s]!.text));
}

/**
 * For a 1-1 bead (p0, e0): two formula lines that say different things ("X" ⇄ "-X"). Their
 * shared letters are no evidence (bead-cost.ts), and the pair contradicts itself (bead-evidence.ts).
 */
export function formulasDisagree(pt: SideFeatures, en: SideFeatures, p0: number, e0: number): boolean {
  return pt.formula[p0] === 1 && en.formula[e0] === 1 && itemsContradict(formulaItemsOf(pt, p0), formulaItemsOf(en, e0));
}

/** The longest term: an identifier, a command, a function name. */
const MAX_TERM_CHARS = 48;
const TERM_DASHES = [" — ", " – "];

/** The term text names (see SideFeatures.termText), or undefined. */
export function termOf(text: string): string | undefined {
  if (text.length <= MAX_TERM_CHARS && isTerm(text)) return text;
  for (const dash of TERM_DASHES) {
    const at = text.indexOf(dash);
    if (at > 0 && at <= MAX_TERM_CHARS) {
      const head = text.slice(0, at);
      return isTerm(head) ? head : undefined;
    }
  }
  return undefined;
}

/** One word ("while", "polyline_properties"), or operators without a letter ("|, ||", "&, &&"). */
function isTerm(text: string): boolean {
  const words = /[\p{L}\d]/u.test(text);
  return words ? !/\s/u.test(text) : /[^\s.,;:!?]/u.test(text);
}

/**
 * A call "f(x)", an assignment "a = b", a brace or a "//" comment: code, in a line not ended like
 * a sentence or a list item. Not a plural in brackets ("instruction(s) to be executed", a Scilab
 * argument's description, tune half), which prose writes like a call.
 */
const CODE_MARK = /[\p{L}\d_]\((?!e?s\))[^()]*\)|[\p{L}\d_\])]\s*[-+*/]?=\s*[^\s=]|[{}]|^\/\//u;
/** A call opened ("list("), an assignment or a brace: see SideFeatures.codeLike. */
const CODE_OPENING = /[\p{L}\d_]\(|=|[{}]/u;
const ENDERS = ".!?…:;,";
const CLOSERS = "\"”’')]";
/** A Markdown link "[text](#)" is prose. */
const MARKDOWN_LINK = /\]\(/u;

/**
 * A line of code ("nyquist(sl, fmin, fmax)", "A*X+X*B=C"): its own kind, so it pairs with code
 * and not, by length, with the heading beside it ("Seqüência de Chamamento"), which the
 * segmenter calls a heading like any short line without a stop.
 */
export function codeLine(text: string, marks = literalMarks(text)): boolean {
  // Cheap tests first: the aligner asks this of every segment, and most are prose.
  if (!(marks & CODE_MARKS) && !text.startsWith("//")) return false;
  // A comment line is code however it ends ("// Elementwise processing:" beside its translated "// Processamento elemento por elemento").
  if (text.startsWith("//")) return true;
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end--;
  if (end > 0 && ENDERS.includes(text[end - 1]!)) return false;
  return !MARKDOWN_LINK.test(text) && CODE_MARK.test(text);
}

/**
 * Which characters prose seldom has and code, formulas and command lines nearly always do
 * (= ( ) { } [ ] ; _ / \ < > $ +) the text holds: CODE_MARKS for "(", "=", "{", "}", OTHER_MARKS
 * for the rest ("+" for key combinations, "Alt + Up", as well as formulas). Collected by the word scan.
 */
const CODE_MARKS = 1;
const OTHER_MARKS = 2;
const MARK_OF = new Uint8Array(256);
for (const c of "(={}") MARK_OF[c.charCodeAt(0)] = CODE_MARKS;
for (const c of ")[];_/\\<>$+") MARK_OF[c.charCodeAt(0)] = OTHER_MARKS;
/** Not literal marks: ASCII whitespace, and no word at all, which tell termOf and the copied-line key what they need not look for. */
const SPACE = 4;
const NO_WORDS = 64;
const LITERAL_MARKS = CODE_MARKS | OTHER_MARKS;
for (const c of " \t\n\r\f\v\u0085\u00a0") MARK_OF[c.charCodeAt(0)] = SPACE;
function literalMarks(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) marks |= MARK_OF[c]!;
  }
  return marks;
}
const MIN_COPIED_CHARS = 3;

const STOP = { pt: new Set(stopwords.pt.map(foldWord)), en: new Set(stopwords.en) };
/** Cognates by shared prefix (Simard, Foster & Isabelle 1992 used four letters; five is safer for PT/EN). */
const COGNATE_PREFIX = 5;
/** Numbers and names are rarely translated away: they weigh more than common words. */
const NUMBER_WEIGHT = 2;
const MIN_WEIGHT = 0.5;
const MAX_WEIGHT = 4;

function numberKey(tok: string): string | undefined {
  return /^\d+(?:[.,]\d+)*%?$/u.test(tok) ? `n:${tok.replace(/[.,%]/gu, "")}` : undefined;
}

export function tokenKeys(tok: string, lang: Lang): { keys: string[]; isNumber: boolean; anchor?: string } | undefined {
  const folded = foldWord(tok);
  if (STOP[lang].has(folded)) return undefined;
  const num = numberKey(tok);
  if (num) return { keys: [num], isNumber: true, anchor: num };
  const keys = [`w:${folded}`];
  // An identifier with a digit or an underscore ("plot2d", "plot2d2", "mark_size") matches
  // only itself: its first five letters name a family of other functions, not a cognate.
  const identifier = /[\d_]/u.test(folded);
  if (folded.length >= COGNATE_PREFIX && !identifier) keys.push(`c:${folded.slice(0, COGNATE_PREFIX)}`);
  if (lang === "en") keys.push(`w:${stemEn(folded)}`);
  else for (const en of translatePt(folded)) keys.push(`w:${en}`);
  // Names, acronyms and model names ("o3", "GPT-4o", "Nvidia") identify a sentence pair.
  const distinctive = /\d/u.test(tok) || UPPER_FIRST.test(tok) || folded.length >= 8;
  return { keys, isNumber: false, ...(distinctive && folded.length >= 2 ? { anchor: `w:${folded}` } : {}) };
}

const NO_ANCHORS = new Int32Array(0);

/**
 * The distinct word forms of one side, interned once: a form's keys are
 * ids[idStart[w], idStart[w+1]), its first key (the folded word) counts document frequency.
 */
interface WordForms {
  /** Token spelling to form index, or -1 for a stopword. */
  index: SpanTable;
  idStart: number[];
  ids: number[];
  isNumber: boolean[];
  /** Anchor key id, or -1. */
  anchor: number[];
  /** Hard-anchor kind (hard-anchors.ts hardKind), and a hard form's folded word. */
  hard: number[];
  folded: string[];
}

/** Form index of the token text[start, end), or -1 for a stopword; a new form is interned. */
function formOf(forms: WordForms, text: string, start: number, end: number, lang: Lang, table: KeyTable): number {
  const hit = forms.index.get(text, start, end);
  if (hit !== MISSING) return hit;
  const tok = text.slice(start, end);
  const t = tokenKeys(tok, lang);
  let w = -1;
  if (t) {
    w = forms.isNumber.length;
    // An English word is often its own stem ("model"): its key would come twice, and the match
    // table would test it twice for every sentence pair in the band. Only the first can match.
    const first = forms.ids.length;
    for (const key of t.keys) {
      const id = table.id(key);
      if (!forms.ids.includes(id, first)) forms.ids.push(id);
    }
    forms.idStart.push(forms.ids.length);
    forms.isNumber.push(t.isNumber);
    forms.anchor.push(t.anchor ? table.id(t.anchor) : -1);
    const kind = hardKind(tok);
    forms.hard.push(kind);
    // The first key holds the folded word (a number's, the digits).
    forms.folded.push(kind === NOT_HARD ? "" : t.keys[0]!.slice(2));
  }
  forms.index.add(text, start, end, w);
  return w;
}

export function extractFeatures(segments: readonly Segment[], lang: Lang, table: KeyTable): SideFeatures {
  const n = segments.length;
  // Long documents repeat their words: folding, lexicon lookup and interning run once per word
  // form, and a repeated form is found from the text itself, with no string made for it.
  const forms: WordForms = { index: new SpanTable(), idStart: [0], ids: [], isNumber: [], anchor: [], hard: [], folded: [] };
  const segStart = new Int32Array(n + 1);
  const tokForm: number[] = [];
  const tokPos: number[] = [];
  const bounds = new WordBounds(MARK_OF);
  const segMarks = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    const text = segments[s]!.text;
    if (bounds.scanLatin(text)) {
      segMarks[s] = bounds.marks | (bounds.count ? 0 : NO_WORDS);
      for (let k = 0; k < bounds.count; k++) {
        const w = formOf(forms, text, bounds.start[k]!, bounds.end[k]!, lang, table);
        if (w >= 0) {
          tokForm.push(w);
          tokPos.push(bounds.start[k]!);
        }
      }
    } else {
      // Not scanned by hand: may hold spaces and dashes.
      segMarks[s] = literalMarks(text) | SPACE | DASH_MARK | NO_WORDS;
      let at = 0;
      for (const tok of wordTokens(text) ?? []) {
        const start = text.indexOf(tok, at);
        at = start + tok.length;
        const w = formOf(forms, tok, 0, tok.length, lang, table);
        if (w >= 0) {
          tokForm.push(w);
          tokPos.push(start);
        }
      }
    }
    segStart[s + 1] = tokForm.length;
  }
  const formCount = forms.isNumber.length;
  // Document frequency by form's first key; stamp[id] === s + 1 marks "already counted in segment s".
  const df = new Int32Array(table.size);
  const stamp = new Int32Array(table.size);
  for (let s = 0; s < n; s++) {
    for (let t = segStart[s]!; t < segStart[s + 1]!; t++) {
      const id = forms.ids[forms.idStart[tokForm[t]!]!]!;
      if (stamp[id] === s + 1) continue;
      stamp[id] = s + 1;
      df[id]!++;
    }
  }
  // Inverse document frequency: "modelo" in every sentence of an AI interview says little.
  const formWeight = new Float64Array(formCount);
  for (let w = 0; w < formCount; w++) {
    const idf = Math.log((n + 1) / (df[forms.ids[forms.idStart[w]!]!]! + 0.5));
    formWeight[w] = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, idf)) * (forms.isNumber[w] ? NUMBER_WEIGHT : 1);
  }

  const tokCount = tokForm.length;
  let keyCount = 0;
  for (let t = 0; t < tokCount; t++) keyCount += forms.idStart[tokForm[t]! + 1]! - forms.idStart[tokForm[t]!]!;
  const f: SideFeatures = {
    n,
    lenPrefix: new Float64Array(n + 1),
    weightPrefix: new Float64Array(n + 1),
    carrierPrefix: new Int32Array(n + 1),
    tokStart: segStart,
    tokWeight: new Float32Array(tokCount),
    keyStart: new Int32Array(tokCount + 1),
    keys: new Int32Array(keyCount),
    paraEnd: new Uint8Array(n),
    paraEndPrefix: new Int32Array(n + 1),
    leadIn: new Uint8Array(n),
    question: new Uint8Array(n),
    kind: new Uint8Array(n),
    headingPrefix: new Int32Array(n + 1),
    titlePrefix: new Int32Array(n + 1),
    codeLike: new Uint8Array(n),
    anchorKeys: [],
    copiedText: new Int32Array(n).fill(-1),
    termText: new Int32Array(n).fill(-1),
    tokForm: Int32Array.from(tokForm),
    formHard: Uint8Array.from(forms.hard),
    formFolded: forms.folded,
    keySegments: df,
    keyTable: table,
    segments,
    tokPos: Int32Array.from(tokPos),
    formAnchors: [],
    formula: new Uint8Array(n),
    formulaItems: [],
    clauseBreaks: [],
  };
  let k = 0;
  for (let s = 0; s < n; s++) {
    const seg = segments[s]!;
    f.lenPrefix[s + 1] = f.lenPrefix[s]! + seg.text.length;
    let w = 0;
    const anchors: number[] = [];
    for (let t = segStart[s]!; t < segStart[s + 1]!; t++) {
      const form = tokForm[t]!;
      const weight = formWeight[form]!;
      f.tokWeight[t] = weight;
      w += weight;
      f.keyStart[t] = k;
      for (let i = forms.idStart[form]!; i < forms.idStart[form + 1]!; i++) f.keys[k++] = forms.ids[i]!;
      const anchor = forms.anchor[form]!;
      if (anchor >= 0 && !anchors.includes(anchor)) anchors.push(anchor);
    }
    f.weightPrefix[s + 1] = f.weightPrefix[s]! + w;
    f.carrierPrefix[s + 1] = f.carrierPrefix[s]! + (f.weightPrefix[s + 1]! > f.weightPrefix[s]! ? 1 : 0);
    f.paraEnd[s] = s === n - 1 || segments[s + 1]!.paragraph !== seg.paragraph ? 1 : 0;
    f.paraEndPrefix[s + 1] = f.paraEndPrefix[s]! + f.paraEnd[s]!;
    const startsParagraph = s === 0 || segments[s - 1]!.paragraph !== seg.paragraph;
    f.leadIn[s] = startsParagraph && f.paraEnd[s] && seg.text.endsWith(":") ? 1 : 0;
    f.question[s] = QUESTION_END.test(seg.text) ? 1 : 0;
    const scanned = segMarks[s]!;
    const marks = scanned & LITERAL_MARKS;
    // A formula of names and operators ("X - Y", "-X": an operator's synopsis) is code with no call or assignment in it.
    f.formula[s] = isFormulaLine(seg.text) ? 1 : 0;
    const formula = f.formula[s] === 1 && isOperatorFormula(seg.text);
    f.kind[s] = seg.kind === "speaker" ? 1 : codeLine(seg.text, marks) || (formula && isFormulaCode(seg.text)) ? CODE_KIND : seg.kind === "heading" ? 2 : 0;
    f.headingPrefix[s + 1] = f.headingPrefix[s]! + (seg.kind === "heading" ? 1 : 0);
    f.titlePrefix[s + 1] = f.titlePrefix[s]! + (f.kind[s] === 2 ? 1 : 0);
    f.codeLike[s] = f.kind[s] === CODE_KIND || (marks & CODE_MARKS && CODE_OPENING.test(seg.text)) ? 1 : 0;
    f.anchorKeys.push(anchors.length ? Int32Array.from(anchors) : NO_ANCHORS);
    // Spacing is style in code ("A*X+X*B=C" and "A*X+X*B = C" are one formula).
    if ((marks || formula) && seg.text.length >= MIN_COPIED_CHARS && !MARKDOWN_LINK.test(seg.text)) f.copiedText[s] = table.lineId(scanned & SPACE ? seg.text.replace(/\s+/g, "") : seg.text);
    // Only a short text without spaces or one with a dash can name a term (termOf itself decides on other spaces).
    const term = (scanned & SPACE || seg.text.length > MAX_TERM_CHARS) && !(scanned & (DASH_MARK | NO_WORDS)) ? undefined : termOf(seg.text);
    // Prefixed: a term and a copied line with the same characters are different things.
    if (term !== undefined) f.termText[s] = table.lineId(`\u0000${term}`);
  }
  f.keyStart[tokCount] = k;
  return f;
}
