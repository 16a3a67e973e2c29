/**
 * Literal material inside prose: text a reader copies rather than reads (URLs, e-mails, paths,
 * host and file names, versions, options, code, menu paths, markup, numbers, abbreviations).
 * Found once per text and consulted by the segmenter (no sentence break inside one) and by
 * every check (no casing, spacing, stop or language verdict on one): software help is full of
 * them, and each was a false alarm in a different check before they shared this pass.
 */
import { LITERAL_PATTERNS, type LiteralKind, type LiteralPattern } from "./literal-patterns.ts";
import { PassMemo } from "../document-pass.ts";
import { BoundedCache } from "../bounded-cache.js";

export type { LiteralKind } from "./literal-patterns.ts";

export interface LiteralSpan {
  kind: LiteralKind;
  start: number;
  end: number;
}

/** Texts whose spans are kept: the checks of one pair and the segmenter ask about the same few texts. */
const CACHE_SIZE = 16;
const cache = new BoundedCache<string, readonly LiteralSpan[]>(CACHE_SIZE);
/** Every text's spans during a document pass (see `inDocumentPass`). */
const passSpans = new PassMemo<string, readonly LiteralSpan[]>();

// A cheap test that lets most prose sentences skip every pattern: each literal kind needs one of these.
// (A synopsis item's placeholder ends its line: "add filename"; a key of two words stands alone: "Page Up";
// a tool's subcommand has no mark at all: "cvs watch on".)
const MAY_HOLD_LITERAL = /[./\\@:`<>&_=$~→⇒▸▶»›|*+%[\]{}()#-]|\d|(?:filename|file|keyid|pkg|package|regex|pattern|directory|dir|uri|string)[ \t]*(?:\n|$)|Page (?:Up|Down)|(?:Caps|Num|Scroll) Lock|Print Screen|(?:make|cvs|svn|git|bzr|apt|aptitude|systemctl)[ \t]/u;

/**
 * The literal spans of `text`, sorted and not overlapping. Where two matches overlap the longer
 * wins, then the kind listed first in `LITERAL_PATTERNS`: a URL holds a host name, an option
 * "--prefix=/usr" holds a path, a tarball's name holds an identifier. The result is shared between callers: read-only.
 */
export function literalSpans(text: string): readonly LiteralSpan[] {
  const known = passSpans.get(text) ?? cache.get(text);
  if (known) return known;
  const spans = MAY_HOLD_LITERAL.test(text) ? find(text) : [];
  // A pass keeps it; the few recent texts are kept only outside one.
  if (passSpans.set(text, spans)) return spans;
  return cache.set(text, spans);
}

const patternsOfKinds = new WeakMap<ReadonlySet<LiteralKind>, readonly LiteralPattern[]>();

/**
 * `literalSpans(text)` for a caller that keeps only spans of `kinds`: when no pattern of those kinds can
 * match (its hint fails), none of its spans can be there and the full search over every kind is skipped.
 * The English of most pairs holds no code, path or option at all, while its hyphens, stops and digits
 * would send it through every pattern. Spans of other kinds may be missing from the result.
 */
export function literalSpansOfKinds(text: string, kinds: ReadonlySet<LiteralKind>): readonly LiteralSpan[] {
  const known = passSpans.get(text) ?? cache.get(text);
  if (known) return known;
  let patterns = patternsOfKinds.get(kinds);
  if (!patterns) patternsOfKinds.set(kinds, (patterns = LITERAL_PATTERNS.filter((p) => kinds.has(p.kind))));
  for (const p of patterns) if (p.hint.test(text)) return literalSpans(text);
  return [];
}

/** Each pattern with a `stopWithin`, sticky: tried at one offset at a time. */
const STICKY = new Map(LITERAL_PATTERNS.filter((p) => p.stopWithin !== undefined).map((p) => [p, new RegExp(p.pattern.source, `${p.pattern.flags.replace("g", "")}y`)]));

/**
 * The next match at or after `from` of a pattern whose matches hold a full stop at most `within`
 * units after their start, as the pattern's global search finds it: only the offsets that close
 * before a stop are tried, in order, so the first that matches is the leftmost match.
 */
function nextBeforeStop(sticky: RegExp, text: string, from: number, within: number): RegExpExecArray | null {
  let next = from;
  for (let stop = text.indexOf(".", from); stop >= 0; stop = text.indexOf(".", stop + 1)) {
    for (let at = Math.max(next, stop - within); at <= stop; at++) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) return m;
    }
    next = stop + 1;
  }
  return null;
}

/** Every match of `literal` in `text`, in order, as its pattern's global search finds them. */
export function matchesOf(literal: LiteralPattern, text: string): RegExpExecArray[] {
  const sticky = STICKY.get(literal);
  if (sticky) {
    const out: RegExpExecArray[] = [];
    for (let m = nextBeforeStop(sticky, text, 0, literal.stopWithin!); m; m = nextBeforeStop(sticky, text, m.index + m[0].length, literal.stopWithin!)) out.push(m);
    return out;
  }
  const { pattern } = literal;
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

function find(text: string): LiteralSpan[] {
  const found: (LiteralSpan & { rank: number })[] = [];
  LITERAL_PATTERNS.forEach((literal, rank) => {
    const { kind, trim, accept, hint } = literal;
    if (!hint.test(text)) return;
    for (const m of matchesOf(literal, text)) {
      const group = m.groups?.["lit"];
      const start = group === undefined ? m.index : m.index + m[0].indexOf(group);
      let end = start + (group ?? m[0]).length;
      if (trim) while (end > start && trim.test(text[end - 1]!)) end--;
      if (end > start && (!accept || accept(text.slice(start, end), start, text))) found.push({ kind, start, end, rank });
    }
  });
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: LiteralSpan[] = [];
  for (const s of found) {
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push({ kind: s.kind, start: s.start, end: s.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether the character at `index` lies inside one of `spans` (sorted, as `literalSpans` gives them). */
export function isInsideLiteral(spans: readonly LiteralSpan[], index: number): boolean {
  return literalAt(spans, index) !== undefined;
}

/** The span holding the character at `index`, by binary search. */
export function literalAt(spans: readonly LiteralSpan[], index: number): LiteralSpan | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Whether `start..end` overlaps any of `spans`. */
export function overlapsLiteral(spans: readonly LiteralSpan[], start: number, end: number): boolean {
  for (const s of spans) {
    if (s.start >= end) return false;
    if (s.end > start) return true;
  }
  return false;
}

/** `text` with each literal span replaced by spaces of the same length, so offsets still hold. */
export function maskLiterals(text: string, spans: readonly LiteralSpan[] = literalSpans(text)): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + " ".repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}
