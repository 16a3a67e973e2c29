/**
 * Whether an English block reads as the counterpart of a Portuguese one, from what a translation
 * keeps as it is: numbers, URLs and addresses, code tokens (`debian/rules`, `dh_install(1)`,
 * `-qDEB_HOST_ARCH`), names and acronyms (Linux, APT), program names written in lower case
 * (debhelper). Prose words are not compared: they are translated. Conservative on purpose: the
 * builder pairs a block away from its element path only on this evidence, and a wrong pair feeds a
 * check the wrong English, which is worse than none.
 */
import type { BlockKind } from "../src/dev/types.ts";

const ADDRESS = /\b(?:https?|ftp):\/\/[^\s<>"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
/** Written for this test: short words of either language that are not evidence when shared. */
const COMMON = new Set(
  ("the and for with that this from into when then than there these those which will your have been also only each other more most some such what where while would could should about after before under over " +
    "para pelo pela pelos pelas como mais quando onde este esta estes estas isso isto pode podem deve devem você seus suas nosso também apenas cada outro outra outros outras sobre entre após antes " +
    "normal total final local global original real manual terminal simples").split(" "),
);

export interface Likeness {
  kind: BlockKind;
  /** Length in characters, after collapsing spaces. */
  length: number;
  /** The text itself, spaces collapsed: an identical block is the strongest evidence there is. */
  text: string;
  /** What a translator keeps as it is (see the module comment). */
  kept: Set<string>;
  /** Longer lower-case words: evidence only when the other text has the same word verbatim (debhelper, dpkg-buildpackage). */
  words: Set<string>;
}

/** A trailing `)` belongs to the token only when the token opened it (`dh_install(1)`, not `(see foo)`). */
function trim(token: string): string {
  let t = token.replace(/^[("'“‘«[<]+/u, "").replace(/[.,;:!?"'”’»]+$/u, "");
  while (t.endsWith(")") && (t.match(/\(/gu)?.length ?? 0) < (t.match(/\)/gu)?.length ?? 0)) t = t.slice(0, -1).replace(/[.,;:!?]+$/u, "");
  while (t.endsWith("]") && !t.includes("[")) t = t.slice(0, -1);
  return t;
}

export function likeness(kind: BlockKind, raw: string): Likeness {
  const text = raw.replace(/\s+/gu, " ").trim();
  const kept = new Set<string>();
  const lower = new Set<string>();
  for (const m of text.matchAll(ADDRESS)) kept.add(m[0].replace(/[.,;:]+$/u, ""));
  const rest = text.replace(ADDRESS, " ");
  // A single digit is in every other sentence (list numbers, "1 or 2"): not evidence.
  for (const m of rest.matchAll(/\d+(?:[.,:]\d+)*/gu)) if (m[0].length > 1) kept.add(`#${m[0].replace(/,/gu, ".")}`);
  const words = rest.split(/\s+/u);
  // A man page's tag with a digit on the line of its description ("hc3 Cadeia de hashs…" /
  // "hc3 Hash Chain…"): a lower-case first word before a capital is the entry's name, kept as it is.
  // Not a tag of letters only: those are often translated ("usada" for "used", free(1)).
  const tag = trim(words[0] ?? "");
  if (words.length > 1 && /^\p{Ll}[\p{L}\d_.-]*\d[\p{L}\d_.-]*$/u.test(tag) && /^\p{Lu}/u.test(words[1]!)) kept.add(tag);
  words.forEach((word, i) => {
    const t = trim(word);
    if (!/\p{L}/u.test(t)) return;
    // Code: letters or digits joined by what prose never puts inside a word (a hyphen alone is prose: "permite-lhe").
    const code = /[_/\\=$#@<>{}[\]|~+*]/u.test(t) || /\p{L}[.:(]\S/u.test(t) || /^-/u.test(t);
    // An acronym, or a capitalised word that does not start a sentence (a name).
    // After a list bullet ("• Se o arquivo", "• If the target") or a man page's tag on the line of
    // its description ("lzip Aceita apenas", "none Don't calculate") a sentence starts too.
    const startsSentence = i === 0 || /[.!?:]["”)]?$/u.test(words[i - 1]!) ||
      (i === 1 && /^(?:[•◦▪·*]|[\p{Ll}\d-]\S*)$/u.test(words[0]!));
    const name = (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || (/^\p{Lu}/u.test(t) && !startsSentence);
    if (code || name) kept.add(t);
    // A lower-case word (or hyphenated name: dpkg-buildpackage) long enough to be a program or
    // product name when both texts have it verbatim.
    // Shorter words ("array", "mouse", "linear") are loanwords both languages use everywhere.
    else if (/^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*$/u.test(t) && (t.includes("-") ? t.length >= 5 : t.length >= 7) && /\p{Ll}{2}/u.test(t) && !COMMON.has(t)) lower.add(t);
  });
  return { kind, length: text.length, text, kept, words: lower };
}

/** Lengths a translation can have: Portuguese runs longer, but never twice as long on a long block. */
export function plausibleLengths(a: number, b: number): boolean {
  const [short, long] = a < b ? [a, b] : [b, a];
  if (long - short <= 24) return true;
  return short > 0 && long / short <= (short >= 40 ? 2 : 2.5);
}

/**
 * How much evidence says these two blocks are one text in two languages (0: none, or not
 * plausible). Same kind, plausible lengths, and either the same text or shared tokens (kept
 * tokens, and longer lower-case words both have verbatim) that are at least a third of the kept
 * tokens of the side that has more: one shared name among many unshared ones is chance (the
 * project's own name, LilyPond or GIMP, is in half the blocks of its pages).
 */
export function counterpartScore(pt: Likeness, en: Likeness): number {
  if (pt.kind !== en.kind || !plausibleLengths(pt.length, en.length)) return 0;
  // Between candidates with the same evidence, the one of the closer length wins (a half point at most).
  const closeness = Math.min(pt.length, en.length) / Math.max(pt.length, en.length, 1) / 2;
  if (pt.text === en.text) return 3 + pt.kept.size + closeness;
  // "set — …" is not "get — …": entries of a list of names differ by their name.
  const ptName = /^(\S+) [—–-] /u.exec(pt.text)?.[1];
  const enName = /^(\S+) [—–-] /u.exec(en.text)?.[1];
  if (ptName !== undefined && enName !== undefined && ptName !== enName) return 0;
  let kept = 0;
  for (const t of pt.kept) if (en.kept.has(t)) kept++;
  // Shared words count only where no kept token says otherwise ("natural" in two texts whose formulas differ).
  if (!kept && (pt.kept.size || en.kept.size)) return 0;
  let shared = kept;
  for (const w of pt.words) if (en.words.has(w)) shared++;
  if (!shared) return 0;
  return shared * 3 >= Math.max(pt.kept.size, en.kept.size) ? shared + closeness : 0;
}
