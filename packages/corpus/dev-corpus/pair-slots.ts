/**
 * Counterparts known by their place, for prose with little or nothing kept as it is. After the
 * path, the evidence (pair-gaps.ts) and the runs (pair-runs.ts) have paired what they can, a
 * Portuguese block can still sit unpaired while its English is on the page, unpaired too, in the
 * same spot: scilab gda "Note que uma entidade gráfica padrão equivalente também existe para
 * entidades Figure (ver gdf)." beside "Note that an equivalent default graphic entity exists for
 * figure entities too (see gdf)." (the name is capitalised on one side only, so it is no shared
 * token); the checks then read every sentence of it as an addition.
 *
 * Place alone is weak evidence (pair-gaps.ts: where the English page is another version, the
 * block left on each side is often another text), so a slot is paired only when all of this holds:
 * - the gap is a slot: between two pairs of the chain (never a page's start or end), every block
 *   on each side is unpaired, 1 to MAX_SLOT on each side (or up to MAX_EVEN_SLOT when both sides
 *   have as many: one assignment only), none of them taken by a run;
 * - the slot's bounds are right, as far as the text can tell: each bound pair is of one kind,
 *   of plausible lengths, with nothing kept that disagrees, and at least one of them is proved
 *   by what a translation keeps (the same text, or a shared kept token), itself or by a pair at
 *   most PROOF_REACH further on in the run of consecutive sound pairs it starts (gda: the
 *   heading "Exemplos" after the slot proves nothing, the example code right after it does);
 * - block by block in order: the same kind (never code: a listing is paired on its own text),
 *   lengths of a translation (tighter than plausibleLengths), and nothing kept that disagrees:
 *   every number, address and code token of each side is in the other's text, and most names
 *   of each side are in the other's text, compared without case (a name the translation
 *   capitalises, "Figure" for "figure", is the same name; a translated menu label is not).
 * What is paired here is marked `pairedBy: "slot"` (and `acrossGap`: no alignment gold).
 */
import type { ExtractedBlock } from "../src/dev/types.ts";
import { counterpartScore, likeness, plausibleLengths, type Likeness } from "./block-likeness.ts";
import { inOrder } from "./pair-gaps.ts";

/** The kinds a man page's body text comes in (man-blocks.ts): a paragraph, or a listing where the lines are kept. */
const MAN_TEXT = new Set(["paragraph", "code"]);

/** A longer stretch of unpaired blocks is a section one version has, not a slot. */
export const MAX_SLOT = 4;
/**
 * As many blocks on each side: the one in-order assignment is block by block, each checked as
 * below, so a longer slot is safe (a man page's list of six bullets between two option names,
 * in a section whose block shapes differ elsewhere: xz(1) OPTIONS).
 */
export const MAX_EVEN_SLOT = 12;
/** Of the larger listing's kept tokens, the share both listings of a bound must have. */
const CODE_SHARE = 0.8;
/** How many pairs past a bound (in a run of consecutive pairs, all sound) may prove it. */
const PROOF_REACH = 3;
/** Or this many pairs of a translation's lengths in that run (prose with nothing kept: GIMP help). */
const TIGHT_RUN = 3;
/** Portuguese over English characters a translation of a block has (Portuguese runs ~10–25 % longer). */
const RATIO_MIN = 0.7;
const RATIO_MAX = 1.8;
/** Below this many characters on the longer side, the lengths may differ by this much instead. */
const SHORT = 60;
const SHORT_DIFF = 30;

const ADDRESS = /:\/\/|@/u;
const CODE = /[_/\\=$#@<>{}[\]|~+*]|\p{L}[.:(]\S|^-/u;

/** The lengths of one block translated (slot pairs have no token to vouch for them, so tighter than plausibleLengths). */
export function translationLengths(pt: number, en: number): boolean {
  if (Math.max(pt, en) < SHORT) return Math.abs(pt - en) <= SHORT_DIFF;
  return en > 0 && pt / en >= RATIO_MIN && pt / en <= RATIO_MAX;
}

/**
 * An option or key with a value placeholder, up to the placeholder: a man page translates the
 * placeholder ("--block-size=tamanho" for "--block-size=size", "--files[=arquivo]" for
 * "--files[=file]", "dict=tamanho" for "dict=size"), never the name. Other tokens: nothing
 * (an empty stem would match any text), so only the whole token counts.
 */
export function optionStem(token: string): string {
  const m = /^(-{0,2}[\p{L}\d][\p{L}\d_-]*(?:\[=|=))\S/u.exec(token);
  return m ? m[1]!.toLowerCase() : "\u0000";
}

/**
 * The form of a literal a translator rewords and keeps the shape of: an example's path or file
 * name ("/local/da/pasta.jpg" for "/path/to/folder.jpg", "So Temos Este.mp3"), a placeholder in
 * braces ("{FICHEIRO}" for "{FILE}"). Its letters are translated, its punctuation, figures and file extension are not: the form is the
 * token with each run of letters made one "x", and its extension. Undefined for a name of the program, which is never translated
 * and must be on both sides as it is: an identifier (`clip_state`), a call (`doWork()`), an
 * option or an assignment (`--memlimit-compress=limite`), an address.
 */
export function formOf(token: string): string | undefined {
  // A name (letters, hyphens) is no literal: names are compared as names (keptAgrees).
  if (token.startsWith("#") || /^-|[_(=@]|:\/\//u.test(token) || !/\p{L}/u.test(token) || !/[^\p{L}\d-]/u.test(token)) return undefined;
  // A file's extension is its type, which the translator keeps ("letras.lrc" for "lyrics.lrc"; not "apt.conf" for "sources.list").
  const extension = /\.([\p{L}\d]{1,5})$/u.exec(token)?.[1];
  const form = token.replace(/\p{L}+(?:-\p{L}+)*/gu, "x");
  return extension ? `${form}:${extension.toLowerCase()}` : form;
}

/**
 * Prose that looks like code: two words across a slash ("maiúsculas/minúsculas", "e/ou", "E/S"),
 * which a translator may word otherwise ("case-insensitive"), a word with its plural in brackets
 * ("arquivo(s)", "processador(es)" for "file(s)", "processor(s)"), an abbreviation ("p.ex." for "e.g."). Compared as names are,
 * not as literals that must be on both sides.
 */
const proseToken = (token: string): boolean =>
  /^\p{L}+\/\p{L}+$/u.test(token) || /^\p{L}+\((?:s|es|as|os|a|o)\)$/u.test(token) || /^(?:\p{L}{1,2}\.)+\p{L}{0,2}\.?$/u.test(token);

/**
 * Nothing kept disagrees: every number, address and code token of each side is in the other's
 * text (a literal a translator rewords, by its form: formOf), and at least half the names of each
 * side are (without case). Both sides may have nothing.
 */
export function keptAgrees(a: Likeness, b: Likeness, names = true): boolean {
  const oneWay = (from: Likeness, to: Likeness) => {
    const text = to.text.toLowerCase();
    const forms = new Set([...to.kept].map(formOf).filter((f) => f !== undefined));
    let named = 0;
    let found = 0;
    for (const t of from.kept) {
      const form = formOf(t);
      const seen = t.startsWith("#") ? to.kept.has(t) || text.includes(t.slice(1)) : text.includes(t.toLowerCase()) || text.includes(optionStem(t)) || (form !== undefined && forms.has(form));
      if ((t.startsWith("#") || ADDRESS.test(t) || CODE.test(t)) && !proseToken(t)) {
        if (!seen) return false;
      } else {
        named++;
        if (seen) found++;
      }
    }
    return !names || found * 2 >= named;
  };
  return oneWay(a, b) && oneWay(b, a);
}

/**
 * A bound pair that does not contradict itself: one kind, plausible lengths, the same numbers,
 * addresses and code (names may be translated: GIMP's menu labels). `proved` when the text shows
 * it (the same text, or shared kept tokens); `tight` when at least its lengths are a translation's.
 */
function boundOf(p: Likeness, e: Likeness): "proved" | "tight" | "plausible" | "wrong" {
  // Code keeps its tokens, but its comments are translated ("// criando" for "// create"): most tokens shared, or another listing.
  if (p.kind === "code" && e.kind === "code") {
    let shared = 0;
    for (const t of p.kept) if (e.kept.has(t)) shared++;
    return p.text === e.text || (shared && shared >= CODE_SHARE * Math.max(p.kept.size, e.kept.size)) ? "proved" : "wrong";
  }
  if (p.kind !== e.kind || !plausibleLengths(p.length, e.length) || !keptAgrees(p, e, false)) return "wrong";
  if (p.text === e.text || counterpartScore(p, e) > 0) return "proved";
  for (const t of p.kept) if (e.kept.has(t)) return "proved";
  return translationLengths(p.length, e.length) ? "tight" : "plausible";
}

/**
 * `paired[i]`: the English block Portuguese block `i` has (path or gap pairing); `taken`: English
 * blocks given to a block otherwise (pair-runs.ts). Returns, for each Portuguese block, the
 * English block this rule pairs it with (undefined for most).
 */
export function pairSlots(pt: readonly ExtractedBlock[], en: readonly ExtractedBlock[], paired: readonly (number | undefined)[], taken: ReadonlySet<number>): (number | undefined)[] {
  const out: (number | undefined)[] = pt.map(() => undefined);
  const used = new Set([...taken, ...paired.filter((j): j is number => j !== undefined)]);
  const ptL = (i: number) => likeness(pt[i]!.kind, pt[i]!.text);
  const enL = (j: number) => likeness(en[j]!.kind, en[j]!.text);
  const chain = inOrder(paired.flatMap((j, i) => (j === undefined ? [] : [[i, j] as [number, number]])));
  for (let k = 1; k < chain.length; k++) {
    const [i0, j0] = chain[k - 1]!;
    const [i1, j1] = chain[k]!;
    const ps: number[] = [];
    const es: number[] = [];
    for (let i = i0 + 1; i < i1; i++) ps.push(i);
    for (let j = j0 + 1; j < j1; j++) es.push(j);
    if (!ps.length || !es.length || (ps.length === es.length ? ps.length > MAX_EVEN_SLOT : ps.length > MAX_SLOT || es.length > MAX_SLOT)) continue;
    if (ps.some((i) => paired[i] !== undefined) || es.some((j) => used.has(j))) continue;
    // Each bound sound; at least one proved, itself or by the run of pairs it starts (away from the slot).
    const proved = (i: number, j: number, step: 1 | -1) => {
      let tight = 0;
      for (let n = 0; n <= PROOF_REACH; n++, i += step, j += step) {
        if (i < 0 || i >= pt.length || paired[i] !== j) return false;
        const b = boundOf(ptL(i), enL(j));
        if (b === "wrong" || b === "proved") return b === "proved";
        if (b === "tight" && ++tight >= TIGHT_RUN) return true;
      }
      return false;
    };
    if (boundOf(ptL(i0), enL(j0)) === "wrong" || boundOf(ptL(i1), enL(j1)) === "wrong") continue;
    const provedBefore = proved(i0, j0, -1);
    const provedAfter = proved(i1, j1, 1);
    if (!provedBefore && !provedAfter) continue;
    // A man-page section whose block shapes differ (man-blocks.ts marks its paths ~unpaired), a slot
    // proved on both sides: the slot is the same stretch of the page, so names may be translated in it
    // ("a seção Uso de memória" / "the section Memory usage", "OPERANDOS" / "OPERANDS"); numbers and
    // code still must agree. An uneven one (a tag on a line of its own on one side: pgrep's "pattern")
    // is still paired only when exactly one assignment fits.
    const manSlot = provedBefore && provedAfter && ps.every((i) => pt[i]!.path.endsWith("~unpaired"));
    const fits = (i: number, j: number) => {
      const p = ptL(i);
      const e = enL(j);
      // In such a slot an example may be a listing on one side and one line of text on the other (roff
      // lines run together: lexgrog's ".SH NAME foo \- programa…"), and a listing is the same listing.
      // Only in an even slot: in an uneven one a listing cut otherwise is part of the other's (dpkg-architecture).
      const kinds = manSlot && ps.length === es.length ? p.kind === e.kind || (MAN_TEXT.has(p.kind) && MAN_TEXT.has(e.kind)) : p.kind === e.kind && p.kind !== "code";
      return kinds && translationLengths(p.length, e.length) && keptAgrees(p, e, !manSlot);
    };
    // Every block of the smaller side paired, in order, with blocks of the larger side: taken only
    // when exactly one such assignment fits (the others' blocks disagree, or are another kind).
    const found = assignments(ps, es).filter((pairs) => pairs.every(([i, j]) => fits(i, j)));
    if (found.length === 1) for (const [i, j] of found[0]!) out[i] = j;
  }
  return out;
}

/** Every in-order pairing of all of the smaller list with as many of the larger one. */
export function assignments(ps: readonly number[], es: readonly number[]): [number, number][][] {
  const swap = ps.length > es.length;
  const [small, large] = swap ? [es, ps] : [ps, es];
  const out: [number, number][][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === small.length) {
      out.push(chosen.map((l, n) => (swap ? [large[l]!, small[n]!] : [small[n]!, large[l]!])));
      return;
    }
    for (let l = from; l <= large.length - (small.length - chosen.length); l++) pick(l + 1, [...chosen, l]);
  };
  pick(0, []);
  return out;
}
