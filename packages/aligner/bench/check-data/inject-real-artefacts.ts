/**
 * The artefacts the real-corpus injector makes, one small function per kind, designed from
 * artefacts.md and issue 12 (not from the checks). Names and numbers come from the block's own
 * English; Spanish and Italian words are made by cognate rules and kept only when the Spanish or
 * Italian dictionary accepts them and the Portuguese one does not.
 */
import { atSentenceStart, capitalise, caseLike, hasWord, isAllCaps, isUpperInitial, occurrences, pick, sentencesOf, shuffle, wordsOf, type Tok } from "./inject-real-text.ts";
import { editPt, isProse, type NamedOp, type Op, type OpContext, type WorkBlock } from "./inject-real-types.ts";

/** Names the translator kept: a capitalised word of the Portuguese that the block's English has too, not a sentence's first word. */
export function keptNames(b: WorkBlock): Tok[] {
  if (!b.en) return [];
  return wordsOf(b.pt).filter((w) => w.text.length >= 3 && isUpperInitial(w.text) && hasWord(b.en!, w.text) &&
    (!atSentenceStart(b.pt, w.start) || /\p{Lu}/u.test(w.text.slice(1))));
}

const proseOp = (op: (b: WorkBlock, ctx: OpContext) => boolean): Op => (blocks, i, ctx) => {
  const b = blocks[i]!;
  return isProse(b) ? op(b, ctx) : false;
};

// ——— entity ———
const respell: Op = proseOp((b, { rng }) => {
  const name = pick(rng, keptNames(b).filter((n) => n.text.length >= 5 && !isAllCaps(n.text)));
  if (!name) return false;
  const i = 1 + Math.floor(rng() * (name.text.length - 3));
  const chars = [...name.text];
  if (chars[i] === chars[i + 1]) return false;
  [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  editPt(b, name.start, name.end, chars.join(""), "entity", "respelled", false);
  return true;
});
const split: Op = proseOp((b, { rng }) => {
  const name = pick(rng, keptNames(b).filter((n) => n.text.length >= 6));
  if (!name) return false;
  const camel = /\p{Ll}(?=\p{Lu})/u.exec(name.text);
  const at = camel ? camel.index + 1 : Math.ceil(name.text.length / 2);
  const parts = [name.text.slice(0, at), name.text.slice(at)];
  // MT hears a name as words: "alpha fold", "deep seek".
  editPt(b, name.start, name.end, camel ? parts.join(" ").toLowerCase() : parts.join(" "), "entity", "split", false);
  return true;
});
const translated: Op = proseOp((b, { rng, material }) => {
  const table = material.lists.translatedNameWords as Record<string, string>;
  const name = pick(rng, keptNames(b).filter((n) => table[n.text]));
  if (!name) return false;
  editPt(b, name.start, name.end, table[name.text]!, "entity", "translated", false);
  return true;
});
const joined: Op = proseOp((b, { rng }) => {
  const names = keptNames(b);
  const pairs = names.flatMap((n, k) => {
    const next = names[k + 1];
    return next && b.pt.slice(n.end, next.start) === " " && b.en!.includes(`${n.text} ${next.text}`) ? [[n, next] as const] : [];
  });
  const pair = pick(rng, pairs);
  if (!pair) return false;
  editPt(b, pair[0].start, pair[1].end, `${pair[0].text}${pair[1].text}`, "entity", "joined", false);
  return true;
});

// ——— casing ———
/**
 * A name lowered is an artefact only when the lower-case form is no word of its own: a capitalised
 * ordinary word ("Editor", "Original", "Menus" of an English label) is written in lower case by
 * Portuguese prose, as is one the block's English writes in lower case too ("Debconf" beside "the
 * debconf database"); and a word glued to code ("${Version}", "<BooK>") is no name of prose.
 */
const GLUE_BEFORE = /[{<$_/\\.:@-]/u;
const GLUE_AFTER = /^(?:[}>_/\\=@(]|[.:-]\p{L})/u;
function lowersToAName(b: WorkBlock, n: Tok, pt: { correct(w: string): boolean }): boolean {
  const lower = n.text.toLowerCase();
  if (pt.correct(lower) || (lower.endsWith("s") && pt.correct(lower.slice(0, -1)))) return false;
  if (b.en && hasWord(b.en, lower)) return false;
  return !GLUE_BEFORE.test(b.pt[n.start - 1] ?? "") && !GLUE_AFTER.test(b.pt.slice(n.end, n.end + 2));
}
const nameLowered: Op = proseOp((b, { rng, material }) => {
  const name = pick(rng, keptNames(b).filter((n) => !isAllCaps(n.text) && n.text.length >= 4 && lowersToAName(b, n, material.pt)));
  if (!name) return false;
  editPt(b, name.start, name.end, name.text.toLowerCase(), "casing", "name-lowercased", false);
  return true;
});
const acronymLowered: Op = proseOp((b, { rng }) => {
  const acronym = pick(rng, keptNames(b).filter((n) => isAllCaps(n.text) && n.text.length >= 2 && n.text.length <= 6));
  if (!acronym) return false;
  editPt(b, acronym.start, acronym.end, acronym.text.toLowerCase(), "casing", "acronym-lowercased", false);
  return true;
});
const sentenceStartLowered: Op = proseOp((b, { rng, material }) => {
  const starts = sentencesOf(b.pt).map((s) => wordsOf(s.text)[0] && { ...wordsOf(s.text)[0]!, start: s.start + wordsOf(s.text)[0]!.start, end: s.start + wordsOf(s.text)[0]!.end })
    .filter((w): w is Tok => !!w && w.start <= 2 && isUpperInitial(w.text) && !isAllCaps(w.text) && w.text.length >= 2 &&
      material.pt.correct(w.text.toLowerCase()) && !(b.en && hasWord(b.en, w.text)));
  const w = pick(rng, starts);
  if (!w) return false;
  editPt(b, w.start, w.end, w.text.toLowerCase(), "casing", "sentence-start-lowercased", false);
  return true;
});

// ——— untranslated ———
const englishParagraph: Op = proseOp((b) => {
  if (!b.en || b.en === b.pt || (b.en.match(/\p{L}+/gu)?.length ?? 0) < 6) return false;
  editPt(b, 0, b.pt.length, b.en, "untranslated", "paragraph", false);
  return true;
});
const englishSentence: Op = proseOp((b) => {
  if (!b.en) return false;
  const pt = sentencesOf(b.pt);
  const en = sentencesOf(b.en);
  const last = en[en.length - 1];
  if (pt.length < 2 || en.length < 2 || !last || (last.text.match(/\p{L}+/gu)?.length ?? 0) < 4) return false;
  const target = pt[pt.length - 1]!;
  editPt(b, target.start, target.end, last.text, "untranslated", "sentence", false);
  return true;
});
const englishHeading: Op = (blocks, i) => {
  const b = blocks[i]!;
  if (b.kind !== "heading" || !b.en || b.en === b.pt || (b.en.match(/\p{L}+/gu)?.length ?? 0) < 2) return false;
  editPt(b, 0, b.pt.length, b.en, "untranslated", "heading", false);
  return true;
};

// ——— foreign ———
const SPANISH: [RegExp, string][] = [[/ções$/u, "ciones"], [/ção$/u, "ción"], [/sões$/u, "siones"], [/são$/u, "sión"], [/dades$/u, "dades"], [/dade$/u, "dad"], [/veis$/u, "bles"], [/vel$/u, "ble"], [/ência$/u, "encia"], [/ância$/u, "ancia"], [/ões$/u, "ones"], [/ão$/u, "ón"], [/nh/gu, "ñ"], [/lh/gu, "ll"], [/ss/gu, "s"], [/ei/gu, "e"], [/ou/gu, "o"]];
const ITALIAN: [RegExp, string][] = [[/ções$/u, "zioni"], [/ção$/u, "zione"], [/sões$/u, "sioni"], [/são$/u, "sione"], [/dades$/u, "tà"], [/dade$/u, "tà"], [/veis$/u, "bili"], [/vel$/u, "bile"], [/ência$/u, "enza"], [/ância$/u, "anza"], [/ões$/u, "oni"], [/ão$/u, "one"], [/nh/gu, "gn"], [/lh/gu, "gli"], [/[áâã]/gu, "a"], [/[éê]/gu, "e"], [/[íî]/gu, "i"], [/[óôõ]/gu, "o"], [/ú/gu, "u"], [/ç/gu, "z"]];

const cognates = new Map<string, string | undefined>();
/** A cognate by rules, accepted by the other language's dictionary and rejected by the Portuguese one (cached: Hunspell is slow on misses). */
function cognate(word: string, rules: [RegExp, string][], accepts: { correct(w: string): boolean }, pt: { correct(w: string): boolean }): string | undefined {
  const key = `${rules === SPANISH ? "es" : "it"}:${word}`;
  if (!cognates.has(key)) cognates.set(key, findCognate(word, rules, accepts, pt));
  return cognates.get(key);
}
function findCognate(word: string, rules: [RegExp, string][], accepts: { correct(w: string): boolean }, pt: { correct(w: string): boolean }): string | undefined {
  let w = word;
  for (const [re, to] of rules) w = w.replace(re, to);
  if (w === word) return undefined;
  const plain = w.normalize("NFD").replace(/\p{M}/gu, "");
  // Only accents dropped ("pagina" for "página", "memoria" for "memória"): an accent lost, the spelling family's artefact,
  // whatever other language happens to spell the word so; a foreign word changes letters.
  const folded = word.normalize("NFD").replace(/\p{M}/gu, "");
  for (const candidate of [w, plain]) if (candidate !== word && candidate !== folded && accepts.correct(candidate) && !pt.correct(candidate)) return candidate;
  return undefined;
}
const foreignWord = (lang: "es" | "it"): Op => proseOp((b, { rng, material }) => {
  for (const w of shuffle(rng, wordsOf(b.pt).filter((t) => t.text.length >= 6 && t.text === t.text.toLowerCase()))) {
    const c = cognate(w.text, lang === "es" ? SPANISH : ITALIAN, material[lang], material.pt);
    if (c) { editPt(b, w.start, w.end, c, "foreign", lang === "es" ? "spanish" : "italian", false); return true; }
  }
  return false;
});

// ——— variant ———
/** The other variant's form of a word of this block (pairs are [pt-BR, pt-PT], a few one way only: see the material's note). */
const otherVariant = (list: "variantLexical" | "variantSpelling", kind: string): Op => proseOp((b, { rng, variant, material }) => {
  const [from, to] = variant === "pt-BR" ? [0, 1] : [1, 0];
  const found = material.lists[list].filter((pair) => pair[2] !== "into pt-BR only" || variant === "pt-BR").flatMap((pair) => [pair[from]!, capitalise(pair[from]!)].flatMap((f) => occurrences(b.pt, f).map((o) => ({ o, to: pair[to]! }))));
  const hit = pick(rng, found);
  if (!hit) return false;
  editPt(b, hit.o.start, hit.o.end, caseLike(hit.o.text, hit.to), "variant", kind, false);
  return true;
});
/** "está a mostrar" in a pt-BR text, "está mostrando" in a pt-PT one, made from a plain present. */
const progressive = (own: boolean): Op => proseOp((b, { rng, variant, material }) => {
  const hits = material.lists.progressiveVerbs.flatMap(([present, gerund, infinitive]) =>
    [[present!, "está"], [`${present!}m`, "estão"]].flatMap(([form, aux]) =>
      occurrences(b.pt, form!).filter((o) => !atSentenceStart(b.pt, o.start)).map((o) => ({ o, aux: aux!, gerund: gerund!, infinitive: infinitive! }))));
  const hit = pick(rng, hits);
  if (!hit) return false;
  const brazilian = `${hit.aux} ${hit.gerund}`;
  const european = `${hit.aux} a ${hit.infinitive}`;
  const wantBrazilian = (variant === "pt-BR") === own;
  editPt(b, hit.o.start, hit.o.end, wantBrazilian ? brazilian : european, "variant", own ? "own-variant-progressive" : "progressive", own);
  return true;
});

export { progressive };

// ——— markup ———
const wrapWords = (kind: string, wrap: (s: string) => string): Op => proseOp((b, { rng }) => {
  const ws = wordsOf(b.pt);
  if (ws.length < 4) return false;
  const k = Math.floor(rng() * (ws.length - 2));
  const n = 1 + Math.floor(rng() * 2);
  const first = ws[k]!;
  const last = ws[Math.min(ws.length - 1, k + n - 1)]!;
  editPt(b, first.start, last.end, wrap(b.pt.slice(first.start, last.end)), "markup", kind, false);
  return true;
});

// ——— junk ———
const junkLine: Op = (blocks, i, { rng, material }) => {
  if (i === 0 || !isProse(blocks[i]!)) return false;
  const kinds = Object.keys(material.lists.junkLines) as (keyof typeof material.lists.junkLines)[];
  const kind = pick(rng, kinds)!;
  const line = pick(rng, material.lists.junkLines[kind])!;
  const block: WorkBlock = { kind: "paragraph", pt: line, used: true, spans: [{ family: "junk", kind, start: 0, end: line.length, original: "", near: false }] };
  blocks.splice(i, 0, block);
  return true;
};

// ——— repetition ———
const doubled = (kind: "word" | "phrase" | "coordinated"): Op => proseOp((b, { rng }) => {
  const ws = wordsOf(b.pt).filter((w) => w.text.length >= (kind === "coordinated" ? 5 : 2));
  if (ws.length < 5) return false;
  const k = Math.floor(rng() * (ws.length - 4));
  const n = kind === "phrase" ? 2 + Math.floor(rng() * 3) : 1;
  const first = ws[k]!;
  const last = ws[k + n - 1]!;
  const text = b.pt.slice(first.start, last.end);
  if (text.includes("\n")) return false;
  // "informações ponderadas e ponderadas": a word doubled around "e" is the MT habit artefacts.md shows.
  const joinWith = kind === "coordinated" ? " e " : " ";
  editPt(b, first.start, last.end, `${text}${joinWith}${text}`, "repetition", kind, false);
  return true;
});
const doubledSentence: Op = proseOp((b, { rng }) => {
  const s = pick(rng, sentencesOf(b.pt).filter((x) => (x.text.match(/\p{L}+/gu)?.length ?? 0) >= 5));
  if (!s) return false;
  editPt(b, s.start, s.end, `${s.text} ${s.text}`, "repetition", "sentence", false);
  return true;
});

// ——— broken ———
const pageBreak: Op = proseOp((b, { rng }) => {
  const s = pick(rng, sentencesOf(b.pt).filter((x) => (x.text.match(/\p{L}+/gu)?.length ?? 0) >= 14));
  if (!s) return false;
  const ws = wordsOf(s.text).map((w) => ({ ...w, start: w.start + s.start, end: w.end + s.start }));
  const cuts = ws.slice(5, -5).filter((w, k) => {
    const prev = ws[k + 4]!;
    return /^\p{Ll}/u.test(w.text) && b.pt.slice(prev.end, w.start) === " ";
  });
  const next = pick(rng, cuts);
  if (!next) return false;
  const prev = ws[ws.indexOf(next) - 1]!;
  editPt(b, prev.end, next.start, "\n\n", "broken", "page-break", false, prev.start, next.end + 1);
  return true;
});

// ——— punctuation ———
const punctuation = (kind: string, find: RegExp, replace: (m: RegExpExecArray) => string): Op => proseOp((b, { rng }) => {
  const hits = [...b.pt.matchAll(new RegExp(find.source, "gu"))];
  const m = pick(rng, hits);
  if (!m) return false;
  const to = replace(m as RegExpExecArray);
  // The span takes two characters of each neighbouring word: a check may mark the words the slip joins.
  editPt(b, m.index, m.index + m[0].length, to, "punctuation", kind, false, Math.max(0, m.index - 2), m.index + to.length + 2);
  return true;
});
const strayStop = punctuation("stray-stop", /(?<=[\p{Ll}]{3}) (?=\p{Ll}{3,})/u, () => ". ");
const missingSpace = punctuation("missing-space", /(?<=\p{L}{2})([.,;]) (?=\p{L}{2})/u, (m) => m[1]!);
const hyphenDash = punctuation("hyphen-dash", /(?<=\p{L}), (?=\p{L})/u, () => " - ");
const doubleComma = punctuation("double-comma", /(?<=\p{L}), (?=\p{L})/u, () => ",, ");
const commaAfterStop = punctuation("comma-after-stop", /(?<=\p{Ll}{2})\. (?=\p{Lu})/u, () => ". , ");

// ——— number ———
const numbersOf = (text: string, re: RegExp) => [...text.matchAll(new RegExp(re.source, "gu"))].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
const INTEGER = /(?<![\p{L}\p{N}.,:/_-])\d{1,3}(?![\p{N}]|[.,:]\d|[\p{L}_/-])/u;
const YEAR = /(?<![\p{N}.,])(?:19|20)\d\d(?![\p{N}]|[.,]\d)/u;
const VERSION = /(?<![\p{N}.])\d+\.\d+(?:\.\d+)*(?![\p{N}]|\.\d)/u;
const changedNumber = (kind: string, re: RegExp, change: (n: string, ctx: OpContext) => string): Op => (blocks, i, ctx) => {
  const b = blocks[i]!;
  if (!b.en || b.kind === "code") return false;
  const hits = numbersOf(b.pt, re).filter((n) => hasWord(b.en!, n.text) && (kind === "section" ? n.start === 0 && b.kind === "heading" : !(n.start === 0 && b.kind === "heading")));
  const n = pick(ctx.rng, hits);
  if (!n) return false;
  const to = change(n.text, ctx);
  if (to === n.text || hasWord(b.en, to)) return false;
  editPt(b, n.start, n.end, to, "number", kind, false);
  return true;
};
const bump = (n: number, rng: () => number) => n + 1 + Math.floor(rng() * 3);
const integer = changedNumber("integer", INTEGER, (n, { rng }) => String(rng() < 0.3 ? Number(n) * 10 : bump(Number(n), rng)));
const year = changedNumber("year", YEAR, (n, { rng }) => String(Number(n) + (rng() < 0.5 ? -1 : 1) * (1 + Math.floor(rng() * 3))));
const version = changedNumber("version", VERSION, (n, { rng }) => n.replace(/\d+$/u, (d) => String(bump(Number(d), rng))));
const section = changedNumber("section", /^\d+(?:\.\d+)+/u, (n, { rng }) => n.replace(/\d+$/u, (d) => String(bump(Number(d), rng))));
const numberWord: Op = proseOp((b, { rng, material }) => {
  if (!b.en) return false;
  const { pt, en } = material.lists.numberWords;
  const hits = pt.flatMap((w, n) => (n >= 3 && n <= 10 ? [w, capitalise(w)].flatMap((f) => occurrences(b.pt, f).map((o) => ({ o, n }))) : []))
    .filter(({ n }) => hasWord(b.en!.toLowerCase(), en[n]!) || hasWord(b.en!, String(n)));
  const hit = pick(rng, hits);
  if (!hit) return false;
  editPt(b, hit.o.start, hit.o.end, caseLike(hit.o.text, pt[hit.n + 1]!), "number", "number-word", false);
  return true;
});

// ——— spelling (issue 12: MT typos a Portuguese dictionary rejects) ———
const typo = (kind: "letter-swap" | "accent-lost"): Op => proseOp((b, { rng, material }) => {
  for (const w of shuffle(rng, wordsOf(b.pt).filter((t) => t.text.length >= 6 && t.text === t.text.toLowerCase() && material.pt.correct(t.text)))) {
    let to: string;
    if (kind === "accent-lost") {
      if (!/[áâãàéêíóôõúç]/u.test(w.text)) continue;
      to = w.text.replace(/[áâãàéêíóôõú]/u, (c) => c.normalize("NFD")[0]!);
      if (to === w.text) continue;
    } else {
      const i = 1 + Math.floor(rng() * (w.text.length - 3));
      const chars = [...w.text];
      if (chars[i] === chars[i + 1]) continue;
      [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
      to = chars.join("");
    }
    if (material.pt.correct(to)) continue;
    editPt(b, w.start, w.end, to, "spelling", kind, false);
    return true;
  }
  return false;
});

/** Every artefact kind, grouped by family in the order artefacts.md lists them. */
export const ARTEFACT_OPS: NamedOp[] = [
  { family: "entity", kind: "respelled", run: respell, needsEnglish: true },
  { family: "entity", kind: "split", run: split, needsEnglish: true },
  { family: "entity", kind: "translated", run: translated, needsEnglish: true },
  { family: "entity", kind: "joined", run: joined, needsEnglish: true },
  { family: "casing", kind: "name-lowercased", run: nameLowered },
  { family: "casing", kind: "acronym-lowercased", run: acronymLowered },
  { family: "casing", kind: "sentence-start-lowercased", run: sentenceStartLowered },
  { family: "untranslated", kind: "paragraph", run: englishParagraph },
  { family: "untranslated", kind: "sentence", run: englishSentence },
  { family: "untranslated", kind: "heading", run: englishHeading },
  { family: "foreign", kind: "spanish", run: foreignWord("es") },
  { family: "foreign", kind: "italian", run: foreignWord("it") },
  { family: "variant", kind: "lexical", run: otherVariant("variantLexical", "lexical") },
  { family: "variant", kind: "spelling", run: otherVariant("variantSpelling", "spelling") },
  { family: "variant", kind: "progressive", run: progressive(false) },
  { family: "markup", kind: "link-stub", run: wrapWords("link-stub", (s) => `[${s}](#)`) },
  { family: "markup", kind: "bold-stub", run: wrapWords("bold-stub", (s) => `**${s}**`) },
  { family: "markup", kind: "html-tag", run: wrapWords("html-tag", (s) => `<b>${s}</b>`) },
  { family: "junk", kind: "furniture-line", run: junkLine },
  { family: "repetition", kind: "word", run: doubled("word") },
  { family: "repetition", kind: "phrase", run: doubled("phrase") },
  { family: "repetition", kind: "coordinated", run: doubled("coordinated") },
  { family: "repetition", kind: "sentence", run: doubledSentence },
  { family: "broken", kind: "page-break", run: pageBreak },
  { family: "punctuation", kind: "stray-stop", run: strayStop },
  { family: "punctuation", kind: "missing-space", run: missingSpace },
  { family: "punctuation", kind: "hyphen-dash", run: hyphenDash },
  { family: "punctuation", kind: "double-comma", run: doubleComma },
  { family: "punctuation", kind: "comma-after-stop", run: commaAfterStop },
  { family: "spelling", kind: "letter-swap", run: typo("letter-swap") },
  { family: "spelling", kind: "accent-lost", run: typo("accent-lost") },
  { family: "number", kind: "integer", run: integer, needsEnglish: true },
  { family: "number", kind: "year", run: year, needsEnglish: true },
  { family: "number", kind: "version", run: version, needsEnglish: true },
  { family: "number", kind: "section", run: section, needsEnglish: true },
  { family: "number", kind: "number-word", run: numberWord, needsEnglish: true },
];
