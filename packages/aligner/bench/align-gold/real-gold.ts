/**
 * Trustworthy paragraph gold for the real-text bench (issue 13). The development corpus pairs
 * blocks by element path, but its English and Portuguese pages are often of different versions:
 * a section one side adds shifts every path after it, and "Exemplos" ends up paired with
 * "Sample". This keeps a path link only when the documents themselves show it is a translation,
 * with no help from the aligner:
 * - a link is contradicted when its blocks are of different kinds, when code differs, when the
 *   material translation keeps (numbers, identifiers, paths, option names, capitals) disagrees,
 *   or when the lengths are far apart;
 * - a link is an anchor when that material agrees (or the blocks are the same text);
 * - a link with nothing to check (plain prose, a heading) is kept only inside a run between two
 *   anchors (or a page's start and end) where the structure matches block for block: every block
 *   of the run linked, in order, none contradicted, as many Portuguese blocks as English ones.
 * Blocks of dropped links are unknown to the bench (neither right nor wrong).
 */
import { paragraphGold, type DevDocument, type GoldLink, type ParagraphGold } from "@alinha/corpus/dev";
import { documentEn, documentPt } from "@alinha/corpus/dev";

export type LinkVerdict = "anchor" | "neutral" | "contradicted";

export interface VerifiedGold extends ParagraphGold {
  /** The path links before verification (for the share the gold keeps). */
  pathLinks: number;
  /** Verdicts of the path links, by index into `paragraphGold(doc).links`. */
  verdicts: LinkVerdict[];
}

/**
 * Words translation leaves as they are: identifiers (an underscore, a digit, inner capitals),
 * options ("-A", "--with"), paths, file names with an extension (not a prose "e/ou"). Compared by
 * their pieces: a placeholder inside a path is translated ("debian/pacote.symbols"), the rest is not.
 */
const STRONG = /_|\p{N}|\p{Ll}\p{Lu}|^--?\p{L}|^[/~]|\p{L}\.\p{L}{1,4}$|\/.*\.|\.\p{L}+\/|\/.*\//u;
const EDGE = /^[\s,.;:!?"'“”«»()[\]{}<>]+|[\s,.;:!?"'“”«»()[\]{}<>]+$/gu;

/** Pieces too common to tell two blocks apart. */
const EVERYWHERE = new Set(["http", "https", "www", "org", "com", "net", "html", "htm"]);

export function strongPieces(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split(/\s+/u)) {
    const w = raw.replace(EDGE, "");
    if (!w || !STRONG.test(w)) continue;
    for (const piece of w.split(/[/.\\_=:()\[\]-]+/u)) {
      const p = piece.toLowerCase();
      if (p.length >= 3 && !/^\p{N}+$/u.test(p) && !EVERYWHERE.has(p)) out.add(p);
    }
  }
  return out;
}

/** The identifier a term or heading names: its first such word, without a value ("--destdir=directório") or a colon; not a path. */
function labelKey(text: string): string | undefined {
  for (const raw of text.split(/\s+/u)) {
    const w = raw.replace(EDGE, "");
    if (!w || !STRONG.test(w)) continue;
    const key = w.split("=")[0]!.toLowerCase();
    // A path may hold a translated placeholder ("debian/pacote.bug-script"): compared by pieces instead.
    return /[/.]/u.test(key) ? undefined : key;
  }
  return undefined;
}

export function numbers(text: string): Set<string> {
  return new Set(text.match(/\p{N}+/gu) ?? []);
}

/** The operators of a line of code, in order (words, spaces and brackets left out; a comment or a string may be translated). */
const operators = (text: string) => (text.replace(/"[^"]*"|\/\/.*$|\s#.*$/gu, "").match(/[-+*/\\^=<>~!&|]/gu) ?? []).join("");
const norm = (s: string) => s.replace(/\s+/gu, " ").trim();
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
const MIN_CHARS_FOR_LENGTH = 40;
/** Portuguese over English characters outside this band is not a translation of the block (Portuguese runs ~10–25 % longer). */
const RATIO_MIN = 0.5;
const RATIO_MAX = 2.4;
/** Of the larger side's identifiers (or numbers), the share both must have to agree, and to prove the link. */
const AGREE_MIN = 0.34;
const ANCHOR_MIN = 0.5;
/** Share of the larger code block's words the other must have. */
const CODE_AGREE = 0.8;
const SYMBOL_CHARS = 3;
/** A piece or number in this many blocks (both languages together) is common to the page. */
const COMMON_BLOCKS = 5;

/**
 * `common`: pieces found in several blocks of the page (the program's name in every paragraph of
 * its manual), which tell no two blocks apart.
 */
export function judgeLink(kindPt: string, kindEn: string, pt: string, en: string, common: ReadonlySet<string> = new Set()): LinkVerdict {
  if (kindPt !== kindEn) return "contradicted";
  const a = norm(pt);
  const b = norm(en);
  // A text the page repeats ("255" in a colour table) proves nothing about which copy is which.
  if (a === b && a.length > 0) return common.has(a) ? "neutral" : "anchor";
  // Contradictions are read on every identifier, proofs only on those particular to the block.
  const ca = strongPieces(a);
  const cb = strongPieces(b);
  const sa = new Set([...ca].filter((p) => !common.has(p)));
  const sb = new Set([...cb].filter((p) => !common.has(p)));
  const na = numbers(a);
  const nb = numbers(b);
  if (kindPt === "code") {
    // Comments in code may be translated; the code itself is not (an example rewritten for a
    // newer version is another block, whatever its path).
    const ta = new Set(a.split(/\W+/u).filter(Boolean));
    const tb = new Set(b.split(/\W+/u).filter(Boolean));
    if (overlap(ta, tb) < CODE_AGREE * Math.max(ta.size, tb.size)) return "contradicted";
    // A one-line formula is its operators as much as its names: "A*X*B-X=C" and "A*X*B+X = C"
    // are two equations of one page (scilab sylv: a newer English added the second before it).
    const oneLine = !/\n/u.test(pt.trim()) && !/\n/u.test(en.trim());
    return oneLine && operators(a) !== operators(b) ? "contradicted" : "anchor";
  }
  if (Math.min(a.length, b.length) >= MIN_CHARS_FOR_LENGTH) {
    const ratio = a.length / b.length;
    if (ratio < RATIO_MIN || ratio > RATIO_MAX) return "contradicted";
  } else if (Math.max(a.length, b.length) >= 3 * MIN_CHARS_FOR_LENGTH) return "contradicted";
  // Shares of the larger side: one common word ("LilyPond" in every LilyPond page) proves nothing.
  const strongShare = overlap(sa, sb) / Math.max(1, sa.size, sb.size);
  const numberShare = overlap(na, nb) / Math.max(1, na.size, nb.size);
  const particularNumbers = overlap(new Set([...na].filter((n) => !common.has(n))), nb) / Math.max(1, na.size, nb.size);
  if (ca.size && cb.size && overlap(ca, cb) / Math.max(ca.size, cb.size) < AGREE_MIN) return "contradicted";
  if (na.size && nb.size && numberShare < AGREE_MIN) return "contradicted";
  // A term or heading is mostly its identifier: another identifier ("mark_size" and
  // "mark_size_unit"), or one side with one and the other without, is another entry.
  const labelLike = kindPt === "term" || kindPt === "heading";
  if (labelLike) {
    // A one- to three-character term is a symbol ("d", "x,y"), never translated.
    if (Math.max(a.length, b.length) <= SYMBOL_CHARS && a !== b) return "contradicted";
    const ka = labelKey(a);
    const kb = labelKey(b);
    if (ka !== undefined && kb !== undefined && ka !== kb) return "contradicted";
  }
  if (Math.max(ca.size, cb.size) >= (labelLike ? 1 : 2) && Math.min(ca.size, cb.size) === 0) return "contradicted";
  if (Math.max(na.size, nb.size) >= 2 && Math.min(na.size, nb.size) === 0) return "contradicted";
  return strongShare >= ANCHOR_MIN || particularNumbers >= ANCHOR_MIN ? "anchor" : "neutral";
}

/** The name an entry of a reference list gives: "sin" for "sin" and for "sin — sine function"; undefined for prose. */
export function entryHead(text: string): string | undefined {
  const t = norm(text);
  const at = t.indexOf(" — ");
  const head = at > 0 ? t.slice(0, at) : t;
  return head.length <= 48 && !/\s/u.test(head) && /[\p{L}\d]/u.test(head) ? head : undefined;
}

export function verifiedGold(doc: DevDocument): VerifiedGold {
  const gold = paragraphGold(doc);
  const pt = documentPt(doc);
  const en = documentEn(doc) ?? "";
  const blockFrequency = new Map<string, number>();
  const ptTexts = gold.pt.map((b) => pt.slice(b.start, b.end));
  const enTexts = gold.en.map((b) => en.slice(b.start, b.end));
  for (const b of [...ptTexts, ...enTexts]) {
    for (const p of new Set([...strongPieces(b), ...numbers(b)])) blockFrequency.set(p, (blockFrequency.get(p) ?? 0) + 1);
  }
  // Whole texts found more than once on a side count as common too.
  for (const texts of [ptTexts, enTexts]) {
    const seen = new Set<string>();
    for (const t of texts.map(norm)) {
      if (seen.has(t)) blockFrequency.set(t, COMMON_BLOCKS);
      seen.add(t);
    }
  }
  const common = new Set([...blockFrequency].filter(([, n]) => n >= COMMON_BLOCKS).map(([p]) => p));
  const enHeads = new Set(enTexts.map(entryHead).filter((h) => h !== undefined));
  const verdicts = gold.links.map((l) => {
    // "sin" against "sinm — matrix sine function" when "sin — sine function" is another entry: the lists are in another order.
    const head = entryHead(ptTexts[l.pt]!);
    if (head !== undefined && enHeads.has(head) && entryHead(enTexts[l.en]!) !== head) return "contradicted";
    return judgeLink(gold.pt[l.pt]!.kind, gold.en[l.en]!.kind, ptTexts[l.pt]!, enTexts[l.en]!, common);
  });
  const linkOf = new Map<number, number>();
  const verdictOf = new Map<number, LinkVerdict>();
  gold.links.forEach((l, k) => {
    linkOf.set(l.pt, l.en);
    verdictOf.set(l.pt, verdicts[k]!);
  });
  // Anchors, in Portuguese order, with the page's start and end as the outer ones.
  const anchors: Array<{ pt: number; en: number }> = [{ pt: -1, en: -1 }];
  gold.links.forEach((l, k) => {
    if (verdicts[k] === "anchor") anchors.push(l);
  });
  anchors.sort((x, y) => x.pt - y.pt);
  anchors.push({ pt: gold.pt.length, en: gold.en.length });
  const kept: GoldLink[] = [];
  for (let r = 0; r + 1 < anchors.length; r++) {
    const from = anchors[r]!;
    const to = anchors[r + 1]!;
    if (from.pt >= 0 && from.pt < gold.pt.length) kept.push(from);
    if (to.en - from.en !== to.pt - from.pt) continue;
    let consistent = true;
    for (let i = from.pt + 1; i < to.pt && consistent; i++) {
      consistent = linkOf.get(i) === from.en + (i - from.pt) && verdictOf.get(i) === "neutral";
    }
    if (consistent) for (let i = from.pt + 1; i < to.pt; i++) kept.push({ pt: i, en: linkOf.get(i)! });
  }
  return { ...gold, links: [...kept, ...mergedBlocks(gold, kept, ptTexts, enTexts, common)], pathLinks: gold.links.length, verdicts };
}

/** Length of a merged block against the blocks it holds: Portuguese over English characters, as RATIO_MIN–RATIO_MAX but tighter. */
const MERGED_RATIO_MIN = 0.8;
const MERGED_RATIO_MAX = 1.6;
/** Of the English-only block's own identifiers and numbers (not in its neighbour, not common), the share the Portuguese block must hold. */
const MERGED_PIECES_MIN = 0.5;

/** The lines of a code block, without spacing (comments may be translated; a line that differs is simply not shared). */
const codeLines = (text: string) => new Set(text.split("\n").map((x) => x.replace(/\s+/gu, "")).filter(Boolean));

/**
 * The Portuguese block of a kept link that also holds an English-only block next to the link's
 * English one (another version of the page wrote two paragraphs as one: "Esta propriedade é
 * útil quando… Note que esta propriedade só existe em entidades Fac3d." against "This property
 * is useful when…" ¶ "This property exists only with Fac3d entities."): proved, like an anchor,
 * by the material translation keeps, the neighbour's own identifiers and numbers found in the
 * Portuguese block, and by the lengths of the two English blocks together matching it. Without
 * this, a right pair of the second English paragraph counted as wrong. A code block is proved
 * by the neighbour's own lines (scilab fchamp: the Portuguese example holds the English page's
 * two examples in one block).
 */
export function mergedBlocks(gold: ParagraphGold, kept: readonly GoldLink[], ptTexts: readonly string[], enTexts: readonly string[], common: ReadonlySet<string>): GoldLink[] {
  const pathEn = new Set(gold.links.map((l) => l.en));
  const out: GoldLink[] = [];
  const material = (t: string) => new Set([...strongPieces(t), ...numbers(t)].filter((p) => !common.has(p)));
  for (const l of kept) {
    const pt = norm(ptTexts[l.pt]!);
    const en = norm(enTexts[l.en]!);
    const ptMaterial = material(pt);
    const enMaterial = material(en);
    for (const n of [l.en - 1, l.en + 1]) {
      if (n < 0 || n >= gold.en.length || pathEn.has(n) || gold.en[n]!.kind !== gold.pt[l.pt]!.kind) continue;
      if (gold.en[n]!.kind === "code") {
        // Code is not translated: the neighbour's own lines, every one of them in the Portuguese block, are the proof.
        const ptLines = codeLines(ptTexts[l.pt]!);
        const enLines = codeLines(enTexts[l.en]!);
        const own = [...codeLines(enTexts[n]!)].filter((x) => !enLines.has(x));
        if (own.length && own.every((x) => ptLines.has(x))) out.push({ pt: l.pt, en: n });
        continue;
      }
      const extra = norm(enTexts[n]!);
      const own = [...material(extra)].filter((p) => !enMaterial.has(p));
      if (!own.length || own.filter((p) => ptMaterial.has(p)).length < MERGED_PIECES_MIN * own.length) continue;
      const ratio = pt.length / (en.length + extra.length);
      if (ratio >= MERGED_RATIO_MIN && ratio <= MERGED_RATIO_MAX) out.push({ pt: l.pt, en: n });
    }
  }
  return out;
}
