import { editDistance } from "./edit-distance.ts";
import { squash, words } from "./words.ts";

/** Where a name turns up in the Portuguese in another form, and how it differs. */
export interface NearMatch {
  start: number;
  end: number;
  text: string;
  /** "case": only capitals differ; "spelling": separators, accents or a letter or two. */
  kind: "case" | "spelling";
}

/**
 * How many edits a name of this (squashed) length may carry and still count as itself.
 * Short names get none, so "Noé" never matches "Noah" while "noé smith" matches "Noah Smith".
 */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

// Small Portuguese words that a window may swallow at its edge: "português e" is not "Portuguese".
const EDGE_WORDS = new Set("e o a os as de da do das dos em no na é um uma que se ou ao à".split(" "));

interface Window {
  start: number;
  end: number;
  /** The window squashed: its words' keys joined, since squashing drops the separators anyway. */
  key: string;
}

/** Longest window tried: names run to three words, plus one for a split ("deep seek R1 Pro"). */
const MAX_WINDOW = 4;
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
function windowsOf(text: string): WindowIndex {
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

/** Forms of `name` in `text` that are not `name` itself (nor one of `accepted`). */
const nameCache = new Map<string, { key: string; words: number; lower: string; bare: string }>();

/** What matching needs of a name, computed once per name: names repeat on every pair. */
function nameInfo(name: string): { key: string; words: number; lower: string; bare: string } {
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
  const hit = new Set<string>();
  for (const byFirst of windowsOf(text)) {
    for (const [prefix, list] of byFirst) {
      for (const name of byPrefix.get(prefix) ?? []) {
        if (hit.has(name)) continue;
        const { key } = nameInfo(name);
        const max = allowedEdits(key.length);
        if (list.some((w) => Math.abs(key.length - w.key.length) <= max)) hit.add(name);
      }
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

export function findNear(source: string, name: string, accepted: readonly string[] = []): NearMatch[] {
  const { key, words: nameWords, lower, bare } = nameInfo(name);
  if (!key) return [];
  const ok = accepted.length ? new Set([name, ...accepted]) : undefined;
  const all = windowsOf(source);
  const max = allowedEdits(key.length);
  const found: (NearMatch & { d: number; exact: boolean })[] = [];
  for (let n = Math.max(1, nameWords - 1); n <= Math.min(MAX_WINDOW, nameWords + 1); n++) {
    for (const w of all[n]!.get(key.slice(0, 2)) ?? []) {
      // Cheap filter first: a window with the right first two letters nearly always fails on length.
      if (Math.abs(w.key.length - key.length) > max) continue;
      const text = source.slice(w.start, w.end);
      if (text.length === name.length && (text === name || text.toLowerCase() === lower)) {
        found.push({ start: w.start, end: w.end, text, kind: "case", d: text === name ? -1 : 0, exact: text === name });
        continue;
      }
      if (ok?.has(text)) { found.push({ start: w.start, end: w.end, text, kind: "case", d: -1, exact: true }); continue; }
      const span = text.split(/[ -]/u);
      // One word against a one-word name allows one edit: two make a translation ("Confúcio" for "Confucius").
      const limit = span.length === 1 && nameWords === 1 ? Math.min(max, 1) : max;
      const d = w.key === key ? 0 : editDistance(w.key, key, limit);
      if (d > limit) continue;
      if (span.length > 1 && (EDGE_WORDS.has(span[0]!.toLowerCase()) || EDGE_WORDS.has(span[span.length - 1]!.toLowerCase())) && !lower.split(/[ -]/u).some((p) => EDGE_WORDS.has(p))) continue;
      // Short names may differ only by separators, never by letters or accents ("aí" is not "AI").
      if (key.length < 5 && text.replace(/[ -]/gu, "").toLowerCase() !== bare) continue;
      found.push({ start: w.start, end: w.end, text, kind: "spelling", d, exact: false });
    }
  }
  // Closest and shortest first, so a correct "Sam Altman" blocks the window "Sam Altman e".
  found.sort((a, b) => a.d - b.d || (a.end - a.start) - (b.end - b.start));
  const kept: typeof found = [];
  for (const m of found) if (!kept.some((o) => o.start < m.end && m.start < o.end)) kept.push(m);
  return kept.filter((m) => !m.exact).map(({ start, end, text, kind }) => ({ start, end, text, kind }));
}
