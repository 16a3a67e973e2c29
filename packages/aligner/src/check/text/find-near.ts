import { editDistance } from "./edit-distance.ts";
import { squash, words, type Word } from "./words.ts";

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

/** Runs of `n` words joined by single spaces or hyphens, so a window never crosses punctuation. */
function windows(text: string, ws: readonly Word[], n: number): Word[] {
  const out: Word[] = [];
  for (let i = 0; i + n <= ws.length; i++) {
    let ok = true;
    for (let j = i + 1; j < i + n && ok; j++) ok = /^[ -]$/u.test(text.slice(ws[j - 1]!.end, ws[j]!.start));
    if (ok) out.push({ text: text.slice(ws[i]!.start, ws[i + n - 1]!.end), start: ws[i]!.start, end: ws[i + n - 1]!.end });
  }
  return out;
}

/** Forms of `name` in `text` that are not `name` itself (nor one of `accepted`). */
export function findNear(text: string, name: string, accepted: readonly string[] = []): NearMatch[] {
  const key = squash(name);
  if (!key) return [];
  const ok = new Set([name, ...accepted]);
  const nameWords = Math.max(1, words(name).length);
  const ws = words(text);
  const max = allowedEdits(key.length);
  const found: (NearMatch & { d: number; exact: boolean })[] = [];
  for (let n = Math.max(1, nameWords - 1); n <= nameWords + 1; n++) {
    for (const w of windows(text, ws, n)) {
      if (ok.has(w.text)) { found.push({ ...w, kind: "case", d: -1, exact: true }); continue; }
      const cand = squash(w.text);
      if (cand[0] !== key[0]) continue;
      if (w.text.toLowerCase() === name.toLowerCase()) { found.push({ ...w, kind: "case", d: 0, exact: false }); continue; }
      const d = cand === key ? 0 : editDistance(cand, key, max);
      if (d > max) continue;
      // Short names may differ only by separators, never by letters or accents ("aí" is not "AI").
      if (key.length < 5 && w.text.replace(/[ -]/gu, "").toLowerCase() !== name.replace(/[ -]/gu, "").toLowerCase()) continue;
      found.push({ ...w, kind: "spelling", d, exact: false });
    }
  }
  // Closest and shortest first, so a correct "Sam Altman" blocks the window "Sam Altman e".
  found.sort((a, b) => a.d - b.d || (a.end - a.start) - (b.end - b.start));
  const kept: typeof found = [];
  for (const m of found) if (!kept.some((o) => o.start < m.end && m.start < o.end)) kept.push(m);
  return kept.filter((m) => !m.exact).map(({ start, end, text, kind }) => ({ start, end, text, kind }));
}
