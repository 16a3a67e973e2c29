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

/** Longest window tried: names run to four words, plus one for a split. */
const MAX_WINDOW = 5;
/** Windows of each length, by the first letter of their key. */
type WindowIndex = Map<string, Window[]>[];
const windowCache = new Map<string, WindowIndex>();
/** Texts whose windows are kept; a document's pairs are checked by several checks in turn. */
const CACHE_SIZE = 256;

/** Runs of 1..MAX_WINDOW words joined by single spaces or hyphens, so a window never crosses punctuation. */
function windowsOf(text: string): WindowIndex {
  const cached = windowCache.get(text);
  if (cached) return cached;
  const ws = words(text);
  const keys = ws.map((w) => squash(w.text));
  // joined[i]: word i follows word i-1 after a single space or hyphen, so a window may span them.
  const joined = ws.map((w, i) => i > 0 && w.start - ws[i - 1]!.end === 1 && (text[w.start - 1] === " " || text[w.start - 1] === "-"));
  const byLength: WindowIndex = Array.from({ length: MAX_WINDOW + 1 }, () => new Map<string, Window[]>());
  for (let i = 0; i < ws.length; i++) {
    let key = "";
    for (let n = 1; n <= MAX_WINDOW && i + n <= ws.length; n++) {
      if (n > 1 && !joined[i + n - 1]) break;
      key += keys[i + n - 1]!;
      const first = key[0] ?? "";
      const bucket = byLength[n]!.get(first);
      const w = { start: ws[i]!.start, end: ws[i + n - 1]!.end, key };
      if (bucket) bucket.push(w);
      else byLength[n]!.set(first, [w]);
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

/** The first two letters of every window key of `text`: a name whose key starts otherwise cannot be there. */
const prefixCache = new Map<string, Set<string>>();
function prefixesOf(text: string): Set<string> {
  let set = prefixCache.get(text);
  if (!set) {
    set = new Set();
    for (const byFirst of windowsOf(text)) for (const list of byFirst.values()) for (const w of list) set.add(w.key.slice(0, 2));
    if (prefixCache.size >= CACHE_SIZE) prefixCache.delete(prefixCache.keys().next().value!);
    prefixCache.set(text, set);
  }
  return set;
}

/**
 * The names of `names` that could occur in `text` in some form: a window of the text shares
 * their first two letters and nearly their length. Checking a list of ninety terms on every
 * pair costs a lookup per window this way, instead of a scan of the pair per term.
 */
export function candidateNames(text: string, names: readonly string[]): string[] {
  const byPrefix = prefixIndex(names);
  const hit = new Set<string>();
  for (const byFirst of windowsOf(text)) {
    for (const list of byFirst.values()) {
      for (const w of list) {
        for (const name of byPrefix.get(w.key.slice(0, 2)) ?? []) {
          const { key } = nameInfo(name);
          if (Math.abs(key.length - w.key.length) <= allowedEdits(key.length)) hit.add(name);
        }
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
  // Mangled names keep their first two letters ("deep seek", "noé smith", "GPT-4.0"); this skips most names at once.
  if (!key || !prefixesOf(source).has(key.slice(0, 2))) return [];
  const ok = accepted.length ? new Set([name, ...accepted]) : undefined;
  const all = windowsOf(source);
  const max = allowedEdits(key.length);
  const found: (NearMatch & { d: number; exact: boolean })[] = [];
  for (let n = Math.max(1, nameWords - 1); n <= Math.min(MAX_WINDOW, nameWords + 1); n++) {
    for (const w of all[n]!.get(key[0]!) ?? []) {
      // Cheap filters first: a window of the right first letter nearly always fails on length or second letter.
      if (Math.abs(w.key.length - key.length) > max || w.key[1] !== key[1]) continue;
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
