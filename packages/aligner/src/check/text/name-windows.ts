import { squash, words } from "./words.ts";

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
 * Windows of each length, by the first two letters of their key: a mangled name keeps its
 * first two letters ("deep seek", "noé smith", "GPT-4.0"), so a name looks in one bucket.
 */
type WindowIndex = Map<string, Window[]>[];
const windowCache = new Map<string, WindowIndex>();
/** Texts whose windows are kept; a document's pairs are checked by several checks in turn. */
const CACHE_SIZE = 256;

const squashCache = new Map<string, string>();
const squashWord = (w: string): string => {
  let key = squashCache.get(w);
  if (key === undefined) {
    if (squashCache.size > 50_000) squashCache.clear();
    squashCache.set(w, (key = squash(w)));
  }
  return key;
};

/** Runs of 1..MAX_WINDOW words joined by single spaces or hyphens, so a window never crosses punctuation. */
export function windowsOf(text: string): WindowIndex {
  const cached = windowCache.get(text);
  if (cached) return cached;
  const ws = words(text);
  const keys = ws.map((w) => squashWord(w.text));
  const byLength: WindowIndex = Array.from({ length: MAX_WINDOW + 1 }, () => new Map<string, Window[]>());
  for (let i = 0; i < ws.length; i++) {
    let key = "";
    for (let n = 1; n <= MAX_WINDOW && i + n <= ws.length; n++) {
      const last = ws[i + n - 1]!;
      // Word i+n-1 must follow the previous one after a single space or hyphen.
      if (n > 1 && !(last.start - ws[i + n - 2]!.end === 1 && (text[last.start - 1] === " " || text[last.start - 1] === "-"))) break;
      key += keys[i + n - 1]!;
      const prefix = key.slice(0, 2);
      const w = { start: ws[i]!.start, end: last.end, key };
      const bucket = byLength[n]!.get(prefix);
      if (bucket) bucket.push(w);
      else byLength[n]!.set(prefix, [w]);
    }
  }
  if (windowCache.size >= CACHE_SIZE) windowCache.delete(windowCache.keys().next().value!);
  windowCache.set(text, byLength);
  return byLength;
}

const nameCache = new Map<string, { key: string; words: number; lower: string; bare: string }>();

/** What matching needs of a name, computed once per name: names repeat on every pair. */
export function nameInfo(name: string): { key: string; words: number; lower: string; bare: string } {
  let info = nameCache.get(name);
  if (!info) {
    info = { key: squash(name), words: Math.max(1, words(name).length), lower: name.toLowerCase(), bare: name.replace(/[ -]/gu, "").toLowerCase() };
    nameCache.set(name, info);
  }
  return info;
}

/**
 * The names of `names` that could occur in `text` in some form: a window of the text shares
 * their first two letters and nearly their length. Checking a list of ninety terms on every
 * pair costs a lookup per bucket this way, instead of a scan of the pair per term.
 */
export function candidateNames(text: string, names: readonly string[]): string[] {
  const byPrefix = prefixIndex(names);
  const ws = words(text);
  const keys = ws.map((w) => squashWord(w.text));
  const hit = new Set<string>();
  // A window's key starts with its first word's key, so the words' own prefixes pick the names,
  // and the lengths of the runs from that word (no window objects yet) rule out most of them.
  for (let i = 0; i < ws.length; i++) {
    const key = keys[i]!;
    const prefix = key.length >= 2 ? key.slice(0, 2) : key + (keys[i + 1]?.slice(0, 1) ?? "");
    const named = byPrefix.get(prefix);
    if (!named) continue;
    const lengths: number[] = [];
    let length = 0;
    for (let n = 1; n <= MAX_WINDOW && i + n <= ws.length; n++) {
      const last = ws[i + n - 1]!;
      if (n > 1 && !(last.start - ws[i + n - 2]!.end === 1 && (text[last.start - 1] === " " || text[last.start - 1] === "-"))) break;
      length += keys[i + n - 1]!.length;
      lengths.push(length);
    }
    for (const name of named) {
      if (hit.has(name)) continue;
      const target = nameInfo(name).key.length;
      const max = allowedEdits(target);
      if (lengths.some((l) => Math.abs(l - target) <= max)) hit.add(name);
    }
  }
  return names.filter((n) => hit.has(n));
}

const prefixIndexes = new WeakMap<readonly string[], Map<string, string[]>>();
function prefixIndex(names: readonly string[]): Map<string, string[]> {
  let index = prefixIndexes.get(names);
  if (!index) {
    index = new Map();
    for (const name of names) {
      const p = nameInfo(name).key.slice(0, 2);
      index.set(p, [...(index.get(p) ?? []), name]);
    }
    prefixIndexes.set(names, index);
  }
  return index;
}
