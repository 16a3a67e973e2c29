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
  keys: string[];
  joined: boolean[];
  /**
   * Where windows of two letters and more start, by their first two letters (see `prefixCode`): the
   * first word index of each prefix, then `next[i]` the following word of word i's prefix (-1: none),
   * in text order. A chain in one typed array, not an array per prefix: nearly every word of a pair
   * opens a prefix of its own, and the arrays were most of what indexing a pair allocated.
   */
  first: Map<number, number>;
  next: Int32Array;
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
/** The prefix of a word of one letter or none: its letter, then the next word's first, as `key + next[0]` reads. */
function shortPrefixCode(key: string, next: string | undefined): number {
  const nextFirst = next !== undefined && next.length > 0 ? next.charCodeAt(0) : -1;
  if (key.length === 1) return codeOf(key.charCodeAt(0), nextFirst >= 0 ? nextFirst : 0);
  return nextFirst >= 0 ? codeOf(nextFirst, 0) : -1;
}

/** The index of `text`'s windows (kept for the last few texts: the name searches of one pair share it). */
export function textIndex(text: string): TextIndex {
  const cached = textCache.get(text);
  if (cached) return cached;
  const ws = words(text);
  const keys = ws.map((w) => squashWord(w.text));
  const joined = ws.map((w, k) => k > 0 && w.start - ws[k - 1]!.end === 1 && (text[w.start - 1] === " " || text[w.start - 1] === "-"));
  const first = new Map<number, number>();
  const next = new Int32Array(ws.length);
  // From the last word back, so that each prefix's chain runs in text order.
  for (let i = ws.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    // A one-letter word's longer windows start with the next word's first letter.
    const prefix = key.length >= 2 ? codeOf(key.charCodeAt(0), key.charCodeAt(1)) : shortPrefixCode(key, keys[i + 1]);
    next[i] = first.get(prefix) ?? -1;
    first.set(prefix, i);
  }
  return textCache.set(text, { ws, keys, joined, first, next });
}

/**
 * The windows of `n` words (runs joined by single spaces or hyphens) whose key starts with
 * `prefix`, in text order. A one-letter prefix only fits a one-letter window. With `length`,
 * only the windows whose key is within `max` letters of it: their keys are the only ones built.
 */
export function windowsWith(text: string, prefix: string, n: number, length?: number, max = 0): Window[] {
  const index = textIndex(text);
  const { ws, keys, joined, first, next } = index;
  const out: Window[] = [];
  if (prefix.length < 2) {
    if (n === 1) ws.forEach((w, i) => { if (keys[i] === prefix && (length === undefined || Math.abs(prefix.length - length) <= max)) out.push({ start: w.start, end: w.end, key: prefix }); });
    return out;
  }
  for (let i = first.get(prefixCode(prefix)) ?? -1; i >= 0; i = next[i]!) {
    if (i + n > ws.length) continue;
    // A one-letter word alone has a one-letter key: only its longer windows carry this prefix.
    if (n === 1 && keys[i]!.length < 2) continue;
    let l = keys[i]!.length;
    let k = 1;
    for (; k < n && joined[i + k]; k++) l += keys[i + k]!.length;
    if (k !== n || (length !== undefined && Math.abs(l - length) > max)) continue;
    let key = keys[i]!;
    for (k = 1; k < n; k++) key += keys[i + k]!;
    out.push({ start: ws[i]!.start, end: ws[i + n - 1]!.end, key });
  }
  return out;
}

/**
 * `windowsWith` without building the windows: the word indices where they start, into `out`
 * (cleared first), so that a caller trying many names on one pair allocates nothing per window.
 * The window starting at word `i` ends at word `i + n - 1`; its key is `windowKey`.
 */
export function windowStarts(index: TextIndex, prefix: string, n: number, length: number, max: number, out: number[]): number[] {
  const { ws, keys, joined, first, next } = index;
  out.length = 0;
  if (prefix.length < 2) {
    if (n === 1) for (let i = 0; i < ws.length; i++) if (keys[i] === prefix && Math.abs(prefix.length - length) <= max) out.push(i);
    return out;
  }
  for (let i = first.get(prefixCode(prefix)) ?? -1; i >= 0; i = next[i]!) {
    if (i + n > ws.length) continue;
    if (n === 1 && keys[i]!.length < 2) continue;
    let l = keys[i]!.length;
    let k = 1;
    for (; k < n && joined[i + k]; k++) l += keys[i + k]!.length;
    if (k !== n || Math.abs(l - length) > max) continue;
    out.push(i);
  }
  return out;
}

/** The key of the window of `n` words from word `i`: its words' keys joined. */
export function windowKey({ keys }: TextIndex, i: number, n: number): string {
  let key = keys[i]!;
  for (let k = 1; k < n; k++) key += keys[i + k]!;
  return key;
}

/** Whether some window of the text has `prefix` and a key length within `max` of `length`. */
function hasRun(index: TextIndex, prefix: string, length: number, max: number): boolean {
  return hasRunAt(index, prefixCode(prefix), length, max);
}

function hasRunAt(index: TextIndex, prefix: number, length: number, max: number): boolean {
  const { ws, keys, joined } = index;
  for (let i = index.first.get(prefix) ?? -1; i >= 0; i = index.next[i]!) {
    let l = 0;
    for (let n = 1; n <= MAX_WINDOW && i + n <= ws.length; n++) {
      if (n > 1 && !joined[i + n - 1]) break;
      l += keys[i + n - 1]!.length;
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
    info = { key, prefix: key.slice(0, 2), max: allowedEdits(key.length), words: Math.max(1, words(name).length), lower: name.toLowerCase(), bare: name.replace(/[ -]/gu, "").toLowerCase() };
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
  const look = (prefix: number, list: readonly Prefixed[]) => {
    for (const e of list) if (hasRunAt(index, prefix, e.length, e.max)) hit.push(e.at);
  };
  // Walk the smaller of the two prefix sets: the text's or the list's.
  if (index.first.size <= byPrefix.long.size) {
    for (const prefix of index.first.keys()) {
      const list = byPrefix.long.get(prefix);
      if (list) look(prefix, list);
    }
  } else {
    for (const [prefix, list] of byPrefix.long) if (index.first.has(prefix)) look(prefix, list);
  }
  return ascending(hit);
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
