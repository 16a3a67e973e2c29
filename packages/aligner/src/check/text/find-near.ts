import { editDistance } from "./edit-distance.ts";
import { MAX_WINDOW, mayBeNearIn, mayOccurIn, nameInfo, textIndex, windowKey, windowStarts } from "./name-windows.ts";

/** Where a name turns up in the Portuguese in another form, and how it differs. */
export interface NearMatch {
  start: number;
  end: number;
  text: string;
  /** "case": only capitals differ; "spelling": separators, accents or a letter or two. */
  kind: "case" | "spelling";
}

// Small Portuguese words that a window may swallow at its edge: "português e" is not "Portuguese".
const EDGE_WORDS = new Set("e o a os as de da do das dos em no na é um uma que se ou ao à".split(" "));

/** Window starts of the name being tried: one array reused by every call (findNear never nests). */
const scratch: number[] = [];

/** Whether none of a form's words (split at spaces and hyphens) is an edge word. */
const edgeFreeForm = (form: string): boolean => !form.toLowerCase().split(/[ -]/u).some((p) => EDGE_WORDS.has(p));
const edgeFreeNames = new Map<string, boolean>();
const edgeFreeLists = new WeakMap<readonly string[], boolean>();

/**
 * Whether a window with an edge word at either end can find nothing for this name: none of its forms has an
 * edge word, so such a window is neither the name in another case nor an accepted form, and as a near form
 * it is skipped below ("português e" is not "Portuguese"). Then it is skipped before its distance is worked out.
 */
function edgeFree(name: string, lower: string, accepted: readonly string[]): boolean {
  let free = edgeFreeNames.get(name);
  if (free === undefined) {
    if (edgeFreeNames.size > 10_000) edgeFreeNames.clear();
    edgeFreeNames.set(name, (free = !lower.split(/[ -]/u).some((p) => EDGE_WORDS.has(p))));
  }
  if (!free || accepted.length === 0) return free;
  let list = edgeFreeLists.get(accepted);
  if (list === undefined) edgeFreeLists.set(accepted, (list = accepted.every(edgeFreeForm)));
  return list;
}

/** The longest edge word: a part longer than this is none, and is not cut out of its word to ask. */
const MAX_EDGE = Math.max(...[...EDGE_WORDS].map((w) => w.length));

/**
 * Whether the window of `n` words from word `i` splits (at spaces and hyphens) into parts, and its first or last
 * part is an edge word: what the edge test on the window's text says, read from its words.
 */
function edgeWindow(ws: readonly { text: string }[], i: number, n: number): boolean {
  const a = ws[i]!.text;
  const b = ws[i + n - 1]!.text;
  const firstCut = a.indexOf("-");
  if (n === 1 && firstCut < 0) return false;
  const head = firstCut < 0 ? a.length : firstCut;
  if (head <= MAX_EDGE && EDGE_WORDS.has(a.slice(0, head).toLowerCase())) return true;
  const tail = b.length - b.lastIndexOf("-") - 1;
  return tail <= MAX_EDGE && EDGE_WORDS.has(b.slice(b.length - tail).toLowerCase());
}

/**
 * Forms of `name` in `text` that are not `name` itself (nor one of `accepted`).
 * `shortcuts`: false looks at every window of the name's prefix and length, without the letter filter and the
 * early pass over edge windows, which must never change the answer (the tests hold the two to that).
 */
export function findNear(source: string, name: string, accepted: readonly string[] = [], shortcuts = true): NearMatch[] {
  const info = nameInfo(name);
  const { key, words: nameWords, lower, bare, prefix, max } = info;
  if (!key) return [];
  const index = textIndex(source);
  // Most names have no window of their prefix, length and letters in a pair: skip looking at the windows.
  if (!(shortcuts ? mayBeNearIn(index, info) : mayOccurIn(index, info))) return [];
  const found: (NearMatch & { d: number; exact: boolean })[] = [];
  const skipEdges = shortcuts && edgeFree(name, lower, accepted);
  for (let n = Math.max(1, nameWords - 1); n <= Math.min(MAX_WINDOW, nameWords + 1); n++) {
    // Only windows within `max` letters of the name's length: the others fail the first test below.
    const starts = windowStarts(index, prefix, n, key.length, max, scratch);
    // One word against a one-word name allows one edit: two make a translation ("Confúcio" for "Confucius").
    const limit = n === 1 && nameWords === 1 ? Math.min(max, 1) : max;
    for (const i of starts) {
      if (skipEdges && edgeWindow(index.ws, i, n)) continue;
      const wKey = prefix.length < 2 ? prefix : windowKey(index, i, n);
      const start = index.ws[i]!.start;
      const end = index.ws[i + n - 1]!.end;
      // Cheap filter first: a window with the right first two letters nearly always fails on length.
      if (Math.abs(wKey.length - key.length) > max) continue;
      // A window in another case has the name's key; any other needs the distance first, and its text only if close.
      const sameKey = wKey === key;
      const d = sameKey ? 0 : editDistance(wKey, key, limit);
      if (!sameKey && accepted.length === 0 && d > limit) continue;
      // Too far, the window can only be the name in another case or an accepted form: of one of their lengths.
      if (!sameKey && d > limit && end - start !== name.length && !accepted.some((a) => a.length === end - start)) continue;
      const text = source.slice(start, end);
      if (text.length === name.length && (text === name || text.toLowerCase() === lower)) {
        found.push({ start, end, text, kind: "case", d: text === name ? -1 : 0, exact: text === name });
        continue;
      }
      // The name itself and the accepted forms are no finding (an empty list accepts nothing more).
      if (accepted.length > 0 && (text === name || accepted.includes(text))) { found.push({ start, end, text, kind: "case", d: -1, exact: true }); continue; }
      if (d > limit) continue;
      const span = text.split(/[ -]/u);
      if (span.length > 1 && (EDGE_WORDS.has(span[0]!.toLowerCase()) || EDGE_WORDS.has(span[span.length - 1]!.toLowerCase())) && !lower.split(/[ -]/u).some((p) => EDGE_WORDS.has(p))) continue;
      // Short names may differ only by separators, never by letters or accents ("aí" is not "AI").
      if (key.length < 5 && text.replace(/[ -]/gu, "").toLowerCase() !== bare) continue;
      found.push({ start, end, text, kind: "spelling", d, exact: false });
    }
  }
  if (!found.some((m) => !m.exact)) return [];
  // Closest and shortest first, so a correct "Sam Altman" blocks the window "Sam Altman e".
  found.sort((a, b) => a.d - b.d || (a.end - a.start) - (b.end - b.start));
  const kept: typeof found = [];
  for (const m of found) if (!kept.some((o) => o.start < m.end && m.start < o.end)) kept.push(m);
  return kept.filter((m) => !m.exact).map(({ start, end, text, kind }) => ({ start, end, text, kind }));
}
