import { squashWord } from "./squash-word.ts";
import { squash, words, type Word } from "./words.ts";
import { BoundedCache } from "../../bounded-cache.js";

/**
 * How many edits a name of this (squashed) length may carry and still count as itself.
 * Short names get none, so "Noé" never matches "Noah" while "noé smith" matches "Noah Smith".
 */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

export interface Window {
  start: number;
  end: number;
  /** The window squashed: its words' keys joined, since squashing drops the separators anyway. */
  key: string;
}

/** Longest window tried: names run to three words, plus one for a split ("deep seek R1 Pro"). */
export const MAX_WINDOW = 4;

/**
 * A text's words as name matching sees them: squashed keys, which words are joined to the
 * one before by a single space or hyphen (a window never crosses punctuation), and where
 * windows start by the first two letters of their key. A mangled name keeps its first two
 * letters ("deep seek", "noé smith", "GPT-4.0"), so a name looks only at the words of its prefix.
 */
export interface TextIndex {
  ws: readonly Word[];
  /**
   * Each word's squashed key (`squashWord`), built when a window's key is first asked (`keyAt`): most words
   * only ever give their length and first letters, which `keyLengths` and the prefix chain hold.
   */
  keys: (string | undefined)[];
  keyLengths: number[];
  /** Each word's key as a set of letter classes (`letterMask`), for the near-form filter (`mayBeNearIn`). */
  masks: number[];
  joined: boolean[];
  /**
   * Where windows of two letters and more start, by their first two letters (see `prefixCode`): the
   * first word index of each prefix, then `next[i]` the following word of word i's prefix (-1: none),
   * in text order. A chain in one typed array, not an array per prefix: nearly every word of a pair
   * opens a prefix of its own, and the arrays were most of what indexing a pair allocated. A plain array, not an
   * Int32Array: a typed array of more than a few words gets a buffer outside the heap, dearer to make and to free.
   */
  first: Map<number, number>;
  next: number[];
}
/** Texts whose index is kept: the checks of one pair share it, and a document is checked pair by pair. */
const CACHE_SIZE = 4;
const textCache = new BoundedCache<string, TextIndex>(CACHE_SIZE);

/**
 * A window prefix of at most two letters as a number (the first letter's code unit, then the
 * second's or 0; -1 for none): indexing every word of every pair by a two-letter string built
 * a string per word and hashed it.
 */
const codeOf = (first: number, second: number): number => first * 0x10000 + second;
export const prefixCode = (prefix: string): number =>
  prefix.length === 0 ? -1 : codeOf(prefix.charCodeAt(0), prefix.length > 1 ? prefix.charCodeAt(1) : 0);
/** The index of `text`'s windows (kept for the last few texts: the name searches of one pair share it). */
export function textIndex(text: string): TextIndex {
  const cached = textCache.get(text);
  if (cached) return cached;
  const ws = words(text);
  const n = ws.length;
  const keys: (string | undefined)[] = [];
  const keyLengths: number[] = [];
  const masks: number[] = [];
  // The first two letters of each key (-1: none), in scratch arrays: only the prefix chain below reads them.
  if (first0.length < n) { first0 = new Int32Array(2 * n); first1 = new Int32Array(2 * n); }
  for (let i = 0; i < n; i++) {
    const w = ws[i]!.text;
    const length = latinKey(w, i);
    if (length >= 0) {
      keys.push(undefined);
      keyLengths.push(length);
      masks.push(latinMask);
    } else {
      const key = squashWord(w);
      keys.push(key);
      keyLengths.push(key.length);
      masks.push(letterMask(key));
      first0[i] = key.length > 0 ? key.charCodeAt(0) : -1;
      first1[i] = key.length > 1 ? key.charCodeAt(1) : -1;
    }
  }
  const joined = ws.map((w, k) => k > 0 && w.start - ws[k - 1]!.end === 1 && (text[w.start - 1] === " " || text[w.start - 1] === "-"));
  const first = new Map<number, number>();
  const next = new Array<number>(n);
  // From the last word back, so that each prefix's chain runs in text order.
  for (let i = n - 1; i >= 0; i--) {
    const length = keyLengths[i]!;
    // A one-letter word's longer windows start with the next word's first letter (as `shortPrefixCode` reads keys).
    let prefix: number;
    if (length >= 2) prefix = codeOf(first0[i]!, first1[i]!);
    else {
      const nextFirst = i + 1 < n ? first0[i + 1]! : -1;
      prefix = length === 1 ? codeOf(first0[i]!, nextFirst >= 0 ? nextFirst : 0) : nextFirst >= 0 ? codeOf(nextFirst, 0) : -1;
    }
    next[i] = first.get(prefix) ?? -1;
    first.set(prefix, i);
  }
  return textCache.set(text, { ws, keys, keyLengths, masks, joined, first, next });
}

/**
 * The key length of a word of Latin letters (ASCII and its accented letters: nearly every word of a pair), and its
 * first two letters into the scratch arrays at `i`, without building the key: `squashWord` lowers it, drops its
 * accents and what is no letter or digit. -1 for any other word. An accented word's key went through `squashWord`'s
 * memo (a lookup of a new string, hashed) for every word of every pair, where a table of characters answers.
 */
function latinKey(w: string, i: number): number {
  let length = 0;
  let c0 = -1;
  let c1 = -1;
  let mask = 0;
  for (let k = 0; k < w.length; k++) {
    let c = w.charCodeAt(k);
    if (c >= 128) {
      c = foldedUnit(c);
      if (c === COMPLEX) return -1;
      if (c === DROPPED) continue;
    } else if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    mask |= letterBit(c);
    if (length === 0) c0 = c;
    else if (length === 1) c1 = c;
    length++;
  }
  first0[i] = c0;
  first1[i] = c1;
  latinMask = mask;
  return length;
}
/**
 * What `squash` makes of one character from U+0080 to U+02FF (Latin-1, the Latin extensions, IPA): one code unit,
 * none (DROPPED), or something else (COMPLEX). `squash` works character by character there (decomposed, marks and
 * whatever is no letter or digit dropped, lowered), so a word's key is its characters' keys joined: the range ends
 * before the combining marks, whose reordering crosses characters, and before Greek, whose final sigma lowers by
 * its neighbours. Filled on first use, from `squash` itself.
 */
const FOLDED = new Int32Array(0x300);
const UNKNOWN = 0;
const COMPLEX = -1;
const DROPPED = -2;
function foldedUnit(c: number): number {
  if (c >= 0x300) return COMPLEX;
  let f = FOLDED[c]!;
  if (f === UNKNOWN) {
    const key = squash(String.fromCharCode(c));
    f = key.length === 0 ? DROPPED : key.length === 1 ? key.charCodeAt(0) : COMPLEX;
    FOLDED[c] = f;
  }
  return f;
}
/** The letter mask of the word `latinKey` last keyed (a second result, without an object per word). */
let latinMask = 0;
let first0 = new Int32Array(256);
let first1 = new Int32Array(256);

/** The squashed key of word `i` of the index (see `TextIndex.keys`). */
export function keyAt(index: TextIndex, i: number): string {
  return (index.keys[i] ??= squashWord(index.ws[i]!.text));
}

/**
 * The windows of `n` words (runs joined by single spaces or hyphens) whose key starts with
 * `prefix`, in text order. A one-letter prefix only fits a one-letter window. With `length`,
 * only the windows whose key is within `max` letters of it: their keys are the only ones built.
 */
export function windowsWith(text: string, prefix: string, n: number, length?: number, max = 0): Window[] {
  const index = textIndex(text);
  const { ws, keyLengths, joined, first, next } = index;
  const out: Window[] = [];
  if (prefix.length < 2) {
    if (n === 1) ws.forEach((w, i) => { if (isShortKey(index, i, prefix) && (length === undefined || Math.abs(prefix.length - length) <= max)) out.push({ start: w.start, end: w.end, key: prefix }); });
    return out;
  }
  for (let i = first.get(prefixCode(prefix)) ?? -1; i >= 0; i = next[i]!) {
    if (i + n > ws.length) continue;
    // A one-letter word alone has a one-letter key: only its longer windows carry this prefix.
    if (n === 1 && keyLengths[i]! < 2) continue;
    let l = keyLengths[i]!;
    let k = 1;
    for (; k < n && joined[i + k]; k++) l += keyLengths[i + k]!;
    if (k !== n || (length !== undefined && Math.abs(l - length) > max)) continue;
    out.push({ start: ws[i]!.start, end: ws[i + n - 1]!.end, key: windowKey(index, i, n) });
  }
  return out;
}

/**
 * `windowsWith` without building the windows: the word indices where they start, into `out`
 * (cleared first), so that a caller trying many names on one pair allocates nothing per window.
 * The window starting at word `i` ends at word `i + n - 1`; its key is `windowKey`.
 */
export function windowStarts(index: TextIndex, prefix: string, n: number, length: number, max: number, out: number[]): number[] {
  const { ws, keyLengths, joined, first, next } = index;
  out.length = 0;
  if (prefix.length < 2) {
    if (n === 1) for (let i = 0; i < ws.length; i++) if (isShortKey(index, i, prefix) && Math.abs(prefix.length - length) <= max) out.push(i);
    return out;
  }
  for (let i = first.get(prefixCode(prefix)) ?? -1; i >= 0; i = next[i]!) {
    if (i + n > ws.length) continue;
    if (n === 1 && keyLengths[i]! < 2) continue;
    let l = keyLengths[i]!;
    let k = 1;
    for (; k < n && joined[i + k]; k++) l += keyLengths[i + k]!;
    if (k !== n || Math.abs(l - length) > max) continue;
    out.push(i);
  }
  return out;
}

/** The key of the window of `n` words from word `i`: its words' keys joined. */
export function windowKey(index: TextIndex, i: number, n: number): string {
  let key = keyAt(index, i);
  for (let k = 1; k < n; k++) key += keyAt(index, i + k);
  return key;
}

/** Whether word `i`'s key is `prefix`, of at most one letter, judged by its length and first letter. */
function isShortKey(index: TextIndex, i: number, prefix: string): boolean {
  return index.keyLengths[i] === prefix.length && (prefix.length === 0 || keyAt(index, i) === prefix);
}

/** Whether some window of the text has `prefix` and a key length within `max` of `length`. */
function hasRun(index: TextIndex, prefix: string, length: number, max: number): boolean {
  return hasRunAt(index, prefixCode(prefix), length, max);
}

function hasRunAt(index: TextIndex, prefix: number, length: number, max: number): boolean {
  const { ws, keyLengths, joined } = index;
  for (let i = index.first.get(prefix) ?? -1; i >= 0; i = index.next[i]!) {
    let l = 0;
    for (let n = 1; n <= MAX_WINDOW && i + n <= ws.length; n++) {
      if (n > 1 && !joined[i + n - 1]) break;
      l += keyLengths[i + n - 1]!;
      if (Math.abs(l - length) <= max) return true;
    }
  }
  return false;
}

/**
 * Whether `name` could occur in `text` in some form: some window shares its first two letters
 * and is within its allowed edits in length. A superset of what `findNear` can find, so a
 * false here means it would find nothing.
 */
export function mayOccur(text: string, name: string): boolean {
  return mayOccurIn(textIndex(text), nameInfo(name));
}

/** `mayOccur` on a text's index, for a caller that holds both already. */
export function mayOccurIn(index: TextIndex, { key, prefix, max }: NameInfo): boolean {
  // One-letter names look at one-letter windows, which the index does not keep apart.
  if (key.length < 2) return true;
  return hasRun(index, prefix, key.length, max);
}

/** What matching needs of a name. */
export interface NameInfo {
  /** The name squashed (see `squash`). */
  key: string;
  /** Its first two letters, by which windows are indexed. */
  prefix: string;
  /** How many edits a form of it may carry (`allowedEdits` of the key's length). */
  max: number;
  /** Its key's letter classes (`letterMask`). */
  mask: number;
  words: number;
  lower: string;
  bare: string;
}

const nameCache = new Map<string, NameInfo>();

/** What matching needs of a name, computed once per name: names repeat on every pair. */
export function nameInfo(name: string): NameInfo {
  let info = nameCache.get(name);
  if (!info) {
    const key = squash(name);
    info = { key, prefix: key.slice(0, 2), max: allowedEdits(key.length), mask: letterMask(key), words: Math.max(1, words(name).length), lower: name.toLowerCase(), bare: name.replace(/[ -]/gu, "").toLowerCase() };
    nameCache.set(name, info);
  }
  return info;
}

/**
 * The names of `names` that could occur in `text` in some form (see `mayOccur`). The list is
 * indexed by prefix once, so a pair costs a lookup per prefix of its own words rather than a
 * scan per term: checking a list of ninety terms on every pair stays cheap.
 */
export function candidateNames(text: string, names: readonly string[]): string[] {
  return candidateIndices(text, names).map((i) => names[i]!);
}

/**
 * The positions in `names` of the names `candidateNames` gives, in list order: a caller holding
 * a parallel list (terms) reads its entries without a lookup per listed name on every pair.
 */
export function candidateIndices(text: string, names: readonly string[]): number[] {
  const index = textIndex(text);
  const byPrefix = prefixIndex(names);
  const hit: number[] = [...byPrefix.short];
  // Walk the smaller of the two prefix sets: the text's or the list's.
  if (index.first.size <= byPrefix.long.size) {
    for (const prefix of index.first.keys()) {
      const list = byPrefix.long.get(prefix);
      if (list) lookUpRuns(index, prefix, list, hit);
    }
  } else {
    for (const [prefix, list] of byPrefix.long) if (index.first.has(prefix)) lookUpRuns(index, prefix, list, hit);
  }
  return ascending(hit);
}

/**
 * Adds to `hit` the listed names of `prefix` that have a run in the text. At module level, not a closure made per
 * text: tsx (the tests', the benches' and the development server's compiler) names each closure as it is made.
 */
function lookUpRuns(index: TextIndex, prefix: number, list: readonly Prefixed[], hit: number[]): void {
  for (const e of list) if (hasRunAt(index, prefix, e.length, e.max)) hit.push(e.at);
}

/**
 * Distinct indices in ascending order, sorted in place: a pair's candidates are a handful, and
 * `Array.prototype.sort` allocated a work array on every pair.
 */
function ascending(xs: number[]): number[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && xs[j]! > x; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
  return xs;
}

/** A listed name (by its position in the list) with what `hasRun` needs, computed once per list. */
interface Prefixed { at: number; length: number; max: number }

const prefixIndexes = new WeakMap<readonly string[], { long: Map<number, Prefixed[]>; short: number[] }>();
function prefixIndex(names: readonly string[]): { long: Map<number, Prefixed[]>; short: number[] } {
  let index = prefixIndexes.get(names);
  if (!index) {
    index = { long: new Map(), short: [] };
    for (let at = 0; at < names.length; at++) {
      const { key } = nameInfo(names[at]!);
      if (key.length < 2) { index.short.push(at); continue; }
      const p = codeOf(key.charCodeAt(0), key.charCodeAt(1));
      const list = index.long.get(p) ?? [];
      list.push({ at, length: key.length, max: allowedEdits(key.length) });
      index.long.set(p, list);
    }
    prefixIndexes.set(names, index);
  }
  return index;
}

/**
 * A key's letters as a set of 32 classes: a to z one each, the digits five, anything else (a letter outside
 * ASCII, which keys rarely keep) the last. Two keys whose masks differ in many classes are far apart (see
 * `mayBeNearIn`); classes shared by several characters only make the test weaker, never wrong.
 */
export const letterBit = (c: number): number =>
  c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? 1 << (26 + ((c - 48) % 5)) : 1 << 31;
export function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) mask |= letterBit(key.charCodeAt(i));
  return mask;
}
/** How many classes `a` has that `b` lacks. */
export function missing(a: number, b: number): number {
  let x = a & ~b;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Whether some window of the text could be a form of the name that `findNear` reports: of its prefix,
 * within its allowed edits in length, and missing no more of its letter classes than it has edits (nor
 * bringing more of its own). `mayOccurIn` with one more necessary condition, so a false still means
 * `findNear` finds nothing. Most Portuguese words that share a term's first letters and length fail it ("mesa"
 * for "Meta", "gemido" for "Gemini"): on the built-in corpus only 721 of the 4,624 searches `mayOccurIn` lets through pass.
 *
 * Why it never rules out a form `findNear` reports. A form is either the name in another case, whose key is
 * the name's (squashing folds case: distance 0), or a window within `max` edits of the key. Take the cheapest
 * edit script from the name's key to the window's: every position of the key is kept as the same letter or
 * costs one edit of its own (substituted or deleted). A letter whose class the window lacks cannot be kept, so
 * each class the key has and the window lacks costs at least one edit: at most `max` such classes. Likewise
 * each class only the window has costs an edit (substituted or inserted). A window's key is its words' keys
 * joined, so its mask is their masks or'ed. Windows of every size are tried, a superset of findNear's.
 */
export function mayBeNearIn(index: TextIndex, { key, prefix, max, mask }: NameInfo): boolean {
  if (key.length < 2) return true;
  const { ws, keyLengths, masks, joined } = index;
  const length = key.length;
  for (let i = index.first.get(prefixCode(prefix)) ?? -1; i >= 0; i = index.next[i]!) {
    let l = 0;
    let m = 0;
    for (let n = 1; n <= MAX_WINDOW && i + n <= ws.length; n++) {
      if (n > 1 && !joined[i + n - 1]) break;
      l += keyLengths[i + n - 1]!;
      m |= masks[i + n - 1]!;
      if (Math.abs(l - length) <= max && missing(mask, m) <= max && missing(m, mask) <= max) return true;
    }
  }
  return false;
}
