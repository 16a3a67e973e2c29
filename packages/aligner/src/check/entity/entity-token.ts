import type { Flag, Spellers } from "../../types.ts";
import { withoutRenamed } from "../text/renamed-placeholders.ts";
import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";
import { fold } from "../text/words.ts";
import { englishTokens, withinOneSlip } from "./english-tokens.ts";
import { translatedPieces } from "./translated-pieces.ts";
import { translatedSubcommands } from "./translated-subcommand.ts";

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const ANY_LETTER = /\p{L}/u;

const ALL_CAPS = /^[\p{Lu}\p{N}_-]*\p{Lu}[\p{Lu}\p{N}_-]*$/u;

/** Shorter tokens are too often a different word one letter away. */
const MIN_TOKEN = 5;

interface Candidate {
  start: number;
  text: string;
  /**
   * Derived once per pair, not once per token: `text` without spaces, whether it has a space, and the length of
   * `text` in lower case without spaces. The lower-case forms themselves (`lowerOf`, `lowerJoinedOf`) are made
   * when first asked: the length alone rules out nearly every candidate.
   */
  joined: string;
  spaced: boolean;
  lowerJoinedLength: number;
  lower?: string;
  lowerJoined?: string;
  /** A word cut out of a longer run: its case alone changed is no finding ("…/wiki/deflate" for "Deflate"). */
  piece?: true;
}

// Characters that join words into one run without being part of them: "APT::CDROM::NoMount", "Shift+R",
// "-Pdebian/tmp", "Haxes.y_ticks". Not "=": "phasex=atan" is an example's own variable.
const CODE_JOINER = /[+:/.\\]/u;
const PIECE = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu;

const RUN = /[^\s“”"'‘’()«»,;]+/gu;
// Trailing stops are the sentence's, not the token's.
const STOPS = new Set([".", ":", "!", "?"]);

function candidate(start: number, text: string, piece?: true): Candidate {
  const spaced = text.includes(" ");
  const joined = spaced ? text.replace(/ /gu, "") : text;
  const c: Candidate = { start, text, joined, spaced, lowerJoinedLength: lowerLength(joined), lower: undefined, lowerJoined: undefined };
  if (piece) c.piece = true;
  return c;
}

const lowerOf = (c: Candidate): string => (c.lower ??= c.text.toLowerCase());
const lowerJoinedOf = (c: Candidate): string => (c.lowerJoined ??= c.spaced ? c.joined.toLowerCase() : lowerOf(c));

/** `text.toLowerCase().length` without lowering: below U+0130 ("İ", which lowers to two units) every character lowers to one. */
function lowerLength(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x130) return text.toLowerCase().length;
  return text.length;
}

/**
 * Spans of the Portuguese a token may have become: runs of non-space characters, and two of them
 * with the space between; inside a run of code, each word too ("Shfit" in "Shfit+R"), and a word
 * split across the space ("no mount" in "APT::CDROM::no mount").
 */
function candidateSpans(pt: string): Candidate[] {
  const runs: Candidate[] = [];
  for (const m of execAll(RUN, pt)) {
    let end = m[0].length;
    while (end > 0 && STOPS.has(m[0][end - 1]!)) end--;
    if (end) runs.push(candidate(m.index, m[0].slice(0, end)));
  }
  const out: Candidate[] = [...runs];
  const pieces = runs.map((r) => {
    if (!CODE_JOINER.test(r.text) || r.text.includes("=")) return [r];
    const ps: Candidate[] = execAll(PIECE, r.text).map((m) => candidate(r.start + m.index, m[0], true));
    for (const p of ps) if (p.text !== r.text) out.push(p);
    return ps;
  });
  for (let k = 1; k < runs.length; k++) {
    const a = runs[k - 1]!;
    const b = runs[k]!;
    out.push(candidate(a.start, `${a.text} ${b.text}`));
    const last = pieces[k - 1]!.at(-1);
    const first = pieces[k]![0];
    if (last && first && (last !== a || first !== b) && last.start + last.text.length === a.start + a.text.length && first.start === b.start) {
      out.push(candidate(last.start, `${last.text} ${first.text}`, true));
    }
  }
  return out;
}

/** Two neighbouring characters swapped in a hyphenated name, case and accents aside: "B-yHash" for "By-Hash". */
function swappedLetters(candidate: string, token: string, pt?: { correct(w: string): boolean }): boolean {
  if (candidate.length !== token.length || candidate.includes(" ")) return false;
  const a = fold(candidate);
  const b = fold(token);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1 || a[i] !== b[i + 1] || a[i + 1] !== b[i] || a.slice(i + 2) !== b.slice(i + 2)) return false;
  // Parts that are each Portuguese words or the English's own are a translation ("Pré-Dependência"), not a slip.
  const parts = token.split("-");
  return !candidate.split("-").every((p) => parts.includes(p) || (p.length > 1 && pt?.correct(p.toLowerCase())));
}

/** Whether `text` differs from `token` only by capitals it adds ("PostScript" for "Postscript", "handL0K"): the name's own spelling, not a slip of the English's. */
function capitalsGained(text: string, token: string): boolean {
  if (text.length !== token.length || text === token) return false;
  for (let i = 0; i < text.length; i++) if (text[i] !== token[i] && !(text[i] === token[i]!.toUpperCase() && text[i] !== token[i])) return false;
  return true;
}

const SEPARATOR = /([./_:-])/u;

/**
 * Whether `text` is `token` with placeholder words translated piece by piece ("usr/lib/pam.d/nome" for
 * "usr/lib/pam.d/name", "prefixo.NofM.deb" for "prefix.NofM.deb"): each changed piece a Portuguese word where
 * the English has an English word, separators and the other pieces kept. A man page's metavariables.
 */
function translatedPlaceholder(text: string, token: string, pt?: { correct(w: string): boolean }, en?: { correct(w: string): boolean }): boolean {
  if (!pt || !en || !SEPARATOR.test(token)) return false;
  const a = text.split(SEPARATOR);
  const b = token.split(SEPARATOR);
  if (a.length !== b.length) return false;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (i % 2 === 1 || !/^\p{L}{3,}$/u.test(a[i]!) || !pt.correct(a[i]!.toLowerCase()) || !en.correct(b[i]!.toLowerCase())) return false;
    changed++;
  }
  return changed > 0 && changed < (a.length + 1) / 2;
}

// What may stand around a token the English writes alone: a space, an end, or a bracket, quote or mark of punctuation
// (not a hyphen or a slash, which make it a piece of a longer token: "-wildcard" inside "--wildcard").
const OPENS_TOKEN = /[\s([{"“‘'«<>]/u;
const CLOSES_TOKEN = /[\s,.;:!?)\]}"”’'»<]/u;

/**
 * Whether the English writes `text` itself, as a whole token or phrase ("command" of "% po4a: command
 * command1 …", "Kleopatra" of "Kleopatra is the German spelling of Cleopatra", "RFC 1179" beside the link's
 * "rfc1179"): the Portuguese then keeps one of the English's own tokens, not a slip of a neighbouring one.
 * By position and neighbouring characters: no pattern is built from the text.
 */
function writtenInEnglish(en: string, text: string): boolean {
  for (let at = en.indexOf(text); at >= 0; at = en.indexOf(text, at + 1)) {
    const before = at > 0 ? en[at - 1]! : "";
    const after = en[at + text.length] ?? "";
    if ((!before || OPENS_TOKEN.test(before)) && (!after || CLOSES_TOKEN.test(after))) return true;
  }
  return false;
}

/**
 * A name the English writes without the accents of its own language, which the translation gives back ("Coudé" for "Coude",
 * the French word; "Poincaré" for "Poincare"): the same letters, accents added only, on a capitalised word of letters (a name,
 * not code, whose identifiers carry no accents). The rule name-matches.ts applies to mangled names ("Moiré", "Wikipédia")
 * (session 15, issue 12: kstars pt-BR; a principle of typography, not of one document).
 */
function accentsRestored(text: string, token: string): boolean {
  if (text.length !== token.length || !CAPITALISED_WORD.test(token) || fold(text) !== fold(token)) return false;
  for (let i = 0; i < text.length; i++) if (text[i] !== token[i] && text[i]!.normalize("NFD")[0] !== token[i]) return false;
  return true;
}
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A name of letters alone whose English plural ending Portuguese leaves off: "arquivos Makefile" for "Makefiles", the number carried by the noun before it. */
const PLURAL_NAME = /^\p{L}+(?:e?s)$/u;
const englishPluralDropped = (text: string, token: string): boolean =>
  PLURAL_NAME.test(token) && (token === `${text}s` || token === `${text}es`);

/**
 * The same address with or without its closing slash ("https://mp4v2.org" for "https://mp4v2.org/"): one page (session 15);
 * and so is a folder ("/khangman/data" for "/khangman/data/").
 */
const closingSlash = (a: string, b: string): boolean => (a.includes("://") || a.startsWith("/") || a.startsWith("~/")) && (a === `${b}/` || b === `${a}/`);
const otherScheme = (a: string, b: string): boolean =>
  (a.startsWith("http://") && b.startsWith("https://") && a.slice(7) === b.slice(8)) || (a.startsWith("https://") && b.startsWith("http://") && a.slice(8) === b.slice(7));

/** A figure, one space, and letters: a quantity and its unit ("160 GB", "5 MiB"). */
const UNIT_APART = /^\p{N}[\p{N}.,]* \p{L}+$/u;

/** A variable of code by its sigil ("$name", "%total", "@list"): an example's own name, which a localised example renames. */
const SIGIL_VARIABLE = /^[$%@]\p{L}/u;
const NAME_PIECES = /[_\d]+/u;

/**
 * Whether `text` is the variable `token` renamed word for word ("$nome" for "$name", "$ou_1_1" for
 * "$or_1_1"): the sigil and any digits kept, each word a Portuguese word where the English has an
 * English one. Help for a programming language whose commands are translated (KTurtle's) translates its
 * examples' variables throughout; a variable misspelt ("$nmae") has a piece that is no word.
 */
function renamedVariable(text: string, token: string, pt?: { correct(w: string): boolean }, en?: { correct(w: string): boolean }): boolean {
  if (!pt || !en || !SIGIL_VARIABLE.test(token) || text[0] !== token[0]) return false;
  const a = text.slice(1).split(NAME_PIECES);
  const b = token.slice(1).split(NAME_PIECES);
  if (a.length !== b.length || text.slice(1).replace(/\p{L}+/gu, "") !== token.slice(1).replace(/\p{L}+/gu, "")) return false;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!/^\p{L}{2,}$/u.test(a[i]!) || !pt.correct(a[i]!.toLowerCase()) || !en.correct(b[i]!.toLowerCase())) return false;
    changed++;
  }
  return changed > 0;
}

/**
 * A word of either dictionary (Portuguese as written or in lower case, English as written): a plain word one letter
 * from a capitalised English word is often its translation ("Figura"), and only a non-word is a slip.
 */
const isWord = (spellers: Spellers, w: string): boolean => Boolean(spellers.pt?.correct(w) || spellers.pt?.correct(w.toLowerCase()) || spellers.en?.correct(w));

/**
 * A token the English keeps verbatim (code, a path, an option, a name written as a thing's name)
 * that reached the Portuguese changed: a letter swapped ("Aqcuire::IndexTargets"), split by a
 * space ("Rele ase"), joined ("DebianPolicy"), or its case changed ("dpkg_ROOT").
 */
export const entityToken: Check<"entity-token"> = {
  id: "entity-token",
  family: "entity",
  severity: "error",
  name: "Code or name changed from the English",
  description: "A command, path, option, identifier or name the English writes letter for letter reached the Portuguese altered.",
  run(pair, context) {
    if (!pair.en) return [];
    const tokens = englishTokens(pair.en).filter((t) => t.text.length >= MIN_TOKEN && !pair.pt.includes(t.text));
    if (!tokens.length) return [];
    const flags: Flag[] = [];
    const candidates = candidateSpans(pair.pt);
    for (const token of tokens) {
      const t = token.text;
      const tCaps = ALL_CAPS.test(t);
      const eq = t.indexOf("=");
      const option = eq > 0 ? t.slice(0, eq + 1) : undefined;
      const tJoined = t.replace(/ /gu, "");
      const tLowerJoined = tJoined.toLowerCase();
      const hit = candidates.find((c) => {
        if (c.text === t) return false;
        // Every rule below needs the lengths within one letter, or the same once spaces or case are set aside.
        if (Math.abs(c.text.length - t.length) > 1 && c.joined.length !== tJoined.length && c.lowerJoinedLength !== tLowerJoined.length) return false;
        // A split, or two letters swapped ("B-yHash", "MSD-OS"): not the case or accents translators adapt.
        if (token.splitOnly) return (c.spaced && c.joined === t) || swappedLetters(c.text, t, context.spellers.pt);
        // An option whose value's placeholder is translated ("--name=nome" for "--name=name") keeps the option.
        if (option && c.text.startsWith(option)) return false;
        // A token written all in lower case only lost its capitals: the casing checks' finding ("openai").
        // One written all in capitals ("FORTRAN" for "Fortran") is a way of writing the name, not a change.
        // Not where the English writes the Portuguese's form itself ("RFC 1179" in the text, "rfc1179" in the link's address),
        // nor a figure set apart from its unit ("160 GB" for "160GB"), as Portuguese typography writes quantities.
        if (lowerJoinedOf(c) === tLowerJoined) return !UNIT_APART.test(c.text) && (c.spaced || (lowerOf(c) !== c.text && !c.piece)) && !(!c.spaced && !tCaps && ALL_CAPS.test(c.text)) && !capitalsGained(c.text, t) && !writtenInEnglish(pair.en!, c.text);
        // "anos 2010" for "2010s": a number is the number checks' business.
        if (!ANY_LETTER.test(c.text)) return false;
        const joined = t.includes(" ") && c.joined === tJoined;
        // (The cheap tests first: nearly every candidate is neither joined nor a slip, and the dictionaries need not be asked.)
        if (!joined && !withinOneSlip(c.text, t)) return false;
        // The same address by the older scheme ("http://bugs.kde.org" for "https://bugs.kde.org"): a translation of the
        // page before the site moved to HTTPS, and the address still leads there.
        if (otherScheme(c.text, t) || closingSlash(c.text, t)) return false;
        if (englishPluralDropped(c.text, t) || accentsRestored(c.text, t)) return false;
        if (translatedPlaceholder(c.text, t, context.spellers.pt, context.spellers.en) || translatedPieces(c.text, t, context.spellers.pt, context.spellers.en) || renamedVariable(c.text, t, context.spellers.pt, context.spellers.en)) return false;
        // One of the English's own tokens kept beside the one it resembles ("command" of "command command1").
        if (writtenInEnglish(pair.en!, c.text)) return false;
        if (joined) return true;
        // A word split by a space ("Rele ase" for "Release") whose halves are no words: no translation splits a word so.
        if (c.spaced && c.joined === t) return !c.text.split(" ").every((w) => isWord(context.spellers, w));
        // A heading in capitals translated ("NOTAS" for "NOTES", "AUTOR" for "AUTHOR"): a Portuguese word is no slip.
        if (tCaps && !c.spaced && context.spellers.pt?.correct(lowerOf(c))) return false;
        return token.coined || (!c.spaced && context.spellers.pt !== undefined && !isWord(context.spellers, c.text));
      });
      if (!hit || flags.some((f) => f.start < hit.start + hit.text.length && hit.start < f.end)) continue;
      flags.push(flagAt(this, pair.pt, hit.start, hit.start + hit.text.length, `The English has "${t}", written so in any language.`, t));
    }
    for (const t of translatedSubcommands(pair.pt, pair.en)) {
      if (!flags.some((f) => f.start < t.end && t.start < f.end)) flags.push(flagAt(this, pair.pt, t.start, t.end, `The English has "${t.expected}": a command's subcommand is the program's own word, never translated.`, t.expected));
    }
    // A slot of a command template renamed on purpose ("❸modulo" for "❸module"): the translator's, not a mangled token.
    return withoutRenamed(pair.pt, pair.en, flags);
  },
};
