import type { Lang, Segment } from "../types.ts";
import { foldWord, stemEn } from "./en-stem.ts";
import { translatePt } from "./lexicon.ts";
import stopwords from "./stopwords.json" with { type: "json" };

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
}

/**
 * What the aligner knows of one side, in flat typed arrays (Bertalign keeps embeddings; we
 * keep keys). Token t of segment s lies in [tokStart[s], tokStart[s+1]); its keys in
 * [keyStart[t], keyStart[t+1]).
 */
export interface SideFeatures {
  n: number;
  /** Prefix sums of segment lengths in characters (index n = total). */
  lenPrefix: Float64Array;
  /** Prefix sums of token weights per segment. */
  weightPrefix: Float64Array;
  tokStart: Int32Array;
  tokWeight: Float32Array;
  keyStart: Int32Array;
  keys: Int32Array;
  /** 1 when the segment ends its paragraph. */
  paraEnd: Uint8Array;
  /** 1 for speaker labels, 2 for headings. */
  kind: Uint8Array;
  /** Keys that say "this exact thing" (numbers, names): candidates for anchors. */
  anchorKeys: Int32Array[];
}

const STOP = { pt: new Set(stopwords.pt.map(foldWord)), en: new Set(stopwords.en) };
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,'’-][\p{L}\p{M}\p{N}]+)*/gu;
/** Cognates by shared prefix (Simard, Foster & Isabelle 1992 used four letters; five is safer for PT/EN). */
const COGNATE_PREFIX = 5;
/** Numbers and names are rarely translated away: they weigh more than common words. */
const NUMBER_WEIGHT = 2;
const MIN_WEIGHT = 0.5;
const MAX_WEIGHT = 4;

function numberKey(tok: string): string | undefined {
  return /^\d+(?:[.,]\d+)*%?$/u.test(tok) ? `n:${tok.replace(/[.,%]/gu, "")}` : undefined;
}

function tokenKeys(tok: string, lang: Lang): { keys: string[]; isNumber: boolean; anchor?: string } | undefined {
  const folded = foldWord(tok);
  if (STOP[lang].has(folded)) return undefined;
  const num = numberKey(tok);
  if (num) return { keys: [num], isNumber: true, anchor: num };
  const keys = [`w:${folded}`];
  if (folded.length >= COGNATE_PREFIX) keys.push(`c:${folded.slice(0, COGNATE_PREFIX)}`);
  if (lang === "en") keys.push(`w:${stemEn(folded)}`);
  else for (const en of translatePt(folded)) keys.push(`w:${en}`);
  // Names, acronyms and model names ("o3", "GPT-4o", "Nvidia") identify a sentence pair.
  const distinctive = /\d/u.test(tok) || /^\p{Lu}/u.test(tok) || folded.length >= 8;
  return { keys, isNumber: false, ...(distinctive && folded.length >= 2 ? { anchor: `w:${folded}` } : {}) };
}

const NO_ANCHORS = new Int32Array(0);

interface TokenInfo { keys: string[]; ids: number[]; isNumber: boolean; anchor?: number }

export function extractFeatures(segments: readonly Segment[], lang: Lang, table: KeyTable): SideFeatures {
  const n = segments.length;
  // Long documents repeat their words: folding, lexicon lookup and interning run once per word form.
  const cache = new Map<string, TokenInfo | null>();
  const info = (tok: string): TokenInfo | null => {
    let hit = cache.get(tok);
    if (hit === undefined) {
      const t = tokenKeys(tok, lang);
      hit = t ? { keys: t.keys, ids: t.keys.map((k) => table.id(k)), isNumber: t.isNumber, ...(t.anchor ? { anchor: table.id(t.anchor) } : {}) } : null;
      cache.set(tok, hit);
    }
    return hit;
  };
  const perSeg = segments.map((s) => {
    const out: TokenInfo[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s.text); m; m = TOKEN.exec(s.text)) {
      const t = info(m[0]);
      if (t) out.push(t);
    }
    return out;
  });
  // Document frequency by interned key id; stamp[id] === s marks "already counted in segment s".
  const df: number[] = [];
  const stamp: number[] = [];
  perSeg.forEach((toks, s) => {
    for (const t of toks) {
      const id = t.ids[0]!;
      if (stamp[id] === s + 1) continue;
      stamp[id] = s + 1;
      df[id] = (df[id] ?? 0) + 1;
    }
  });

  const tokCount = perSeg.reduce((a, t) => a + t.length, 0);
  const keyCount = perSeg.reduce((a, t) => a + t.reduce((b, x) => b + x.keys.length, 0), 0);
  const f: SideFeatures = {
    n,
    lenPrefix: new Float64Array(n + 1),
    weightPrefix: new Float64Array(n + 1),
    tokStart: new Int32Array(n + 1),
    tokWeight: new Float32Array(tokCount),
    keyStart: new Int32Array(tokCount + 1),
    keys: new Int32Array(keyCount),
    paraEnd: new Uint8Array(n),
    kind: new Uint8Array(n),
    anchorKeys: [],
  };
  let t = 0;
  let k = 0;
  for (let s = 0; s < n; s++) {
    const seg = segments[s]!;
    f.lenPrefix[s + 1] = f.lenPrefix[s]! + seg.text.length;
    f.tokStart[s] = t;
    let w = 0;
    const anchors: number[] = [];
    for (const tok of perSeg[s]!) {
      // Inverse document frequency: "modelo" in every sentence of an AI interview says little.
      const idf = Math.log((n + 1) / ((df[tok.ids[0]!] ?? 1) + 0.5));
      const weight = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, idf)) * (tok.isNumber ? NUMBER_WEIGHT : 1);
      f.tokWeight[t] = weight;
      w += weight;
      f.keyStart[t] = k;
      for (const id of tok.ids) f.keys[k++] = id;
      if (tok.anchor !== undefined && !anchors.includes(tok.anchor)) anchors.push(tok.anchor);
      t++;
    }
    f.weightPrefix[s + 1] = f.weightPrefix[s]! + w;
    f.paraEnd[s] = s === n - 1 || segments[s + 1]!.paragraph !== seg.paragraph ? 1 : 0;
    f.kind[s] = seg.kind === "speaker" ? 1 : seg.kind === "heading" ? 2 : 0;
    f.anchorKeys.push(anchors.length ? Int32Array.from(anchors) : NO_ANCHORS);
  }
  f.tokStart[n] = t;
  f.keyStart[t] = k;
  return f;
}
