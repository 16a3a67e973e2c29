/**
 * Near misses: legitimate changes a reviewer would accept, each next to a family it could be
 * mistaken for. Some change both languages (a sentence added to the Portuguese and its English),
 * so the pair stays a faithful translation.
 */
import { atSentenceStart, caseLike, hasWord, occurrences, pick, wordsOf } from "./inject-real-text.ts";
import { editPt, isProse, type NamedOp, type Op, type OpContext, type WorkBlock } from "./inject-real-types.ts";
import { keptNames, progressive } from "./inject-real-artefacts.ts";

/** Add a sentence at the end of a paragraph in both languages (only where the English is there to take it). */
const addSentence = (family: NamedOp["family"], kind: string, make: (b: WorkBlock, ctx: OpContext) => [string, string] | undefined): Op => (blocks, i, ctx) => {
  const b = blocks[i]!;
  if (!isProse(b) || !b.en || !/[.!?]$/u.test(b.pt) || !/[.!?]$/u.test(b.en)) return false;
  const made = make(b, ctx);
  if (!made) return false;
  const [pt, en] = made;
  editPt(b, b.pt.length, b.pt.length, ` ${pt}`, family, kind, true, b.pt.length + 1, b.pt.length + 1 + pt.length);
  b.en = `${b.en} ${en}`;
  return true;
};

const placeName = addSentence("casing", "place-name", (_b, { rng, material }) => {
  const [pt, en] = pick(rng, material.lists.placeNames)!;
  return [`Este exemplo foi preparado em ${pt}.`, `This example was prepared in ${en}.`];
});
const keptName = addSentence("entity", "name-as-in-english", (b, { rng }) => {
  const name = pick(rng, keptNames(b).filter((n) => n.text.length >= 3));
  return name ? [`O nome ${name.text} fica como está.`, `The name ${name.text} stays as it is.`] : undefined;
});
const keptTitle = addSentence("untranslated", "kept-title", (_b, { rng, material }) => {
  const [pt, en] = pick(rng, material.lists.keptTitles)!;
  return [`Veja também o livro “${pt}”.`, `See also the book “${en}”.`];
});
const doubledName = addSentence("repetition", "doubled-name", (_b, { rng, material }) => {
  const [pt, en] = pick(rng, material.lists.doubledNames)!;
  return [`O exemplo foi gravado em ${pt}.`, `The example was recorded in ${en}.`];
});
const urlSentence = addSentence("punctuation", "url", () => ["Há mais informações em www.example.org/docs/index.html.", "There is more information at www.example.org/docs/index.html."]);
const fileName = addSentence("punctuation", "file-name", () => ["Um exemplo está em exemplo_1.2.tar.gz.", "An example is in exemplo_1.2.tar.gz."]);
const referenceMarker: Op = (blocks, i) => {
  const b = blocks[i]!;
  if (!isProse(b) || !b.en) return false;
  editPt(b, b.pt.length, b.pt.length, " [1]", "markup", "reference-marker", true, b.pt.length + 1, b.pt.length + 4);
  b.en = `${b.en} [1]`;
  return true;
};

/** A short heading before a paragraph, in both languages. */
const shortHeading: Op = (blocks, i, { rng }) => {
  const b = blocks[i]!;
  if (!isProse(b) || b.enAt === undefined || i === 0) return false;
  const [pt, en] = pick(rng, [["Exemplo", "Example"], ["Notas", "Notes"], ["Observação", "Note"], ["Resumo", "Summary"]] as const)!;
  blocks.splice(i, 0, { kind: "heading", pt, en, enAt: b.enAt - 0.5, used: true, spans: [{ family: "junk", kind: "short-heading", start: 0, end: pt.length, original: "", near: true }] });
  return true;
};

/** Established loanwords in place of the Portuguese phrase (both are in use). */
const loanword: Op = (blocks, i, { rng, material }) => {
  const b = blocks[i]!;
  if (!isProse(b)) return false;
  const hits = material.lists.loanwords.flatMap(([pt, loan]) => occurrences(b.pt, pt!).map((o) => ({ o, loan: loan! })));
  const hit = pick(rng, hits);
  if (!hit) return false;
  editPt(b, hit.o.start, hit.o.end, hit.loan, "untranslated", "loanword", true);
  return true;
};

/** A number written as a word where the English has the digits, and the other way round. */
const digitToWord: Op = (blocks, i, { rng, material }) => {
  const b = blocks[i]!;
  if (!isProse(b) || !b.en) return false;
  const words = material.lists.numberWords.pt;
  const hits = [...b.pt.matchAll(/(?<![\p{L}\p{N}.,:/_-])([3-9]|10)(?= \p{Ll})/gu)].filter((m) => hasWord(b.en!, m[1]!));
  const m = pick(rng, hits);
  if (!m) return false;
  const word = words[Number(m[1])]!;
  editPt(b, m.index, m.index + m[0].length, atSentenceStart(b.pt, m.index) ? caseLike("A", word) : word, "number", "digit-to-word", true);
  return true;
};
const wordToDigit: Op = (blocks, i, { rng, material }) => {
  const b = blocks[i]!;
  if (!isProse(b) || !b.en) return false;
  const { pt, en } = material.lists.numberWords;
  const hits = pt.flatMap((w, n) => (n >= 3 && n <= 10 ? occurrences(b.pt, w).filter((o) => !atSentenceStart(b.pt, o.start)).map((o) => ({ o, n })) : []))
    .filter(({ n }) => hasWord(b.en!.toLowerCase(), en[n]!));
  const hit = pick(rng, hits);
  if (!hit) return false;
  editPt(b, hit.o.start, hit.o.end, String(hit.n), "number", "word-to-digit", true);
  return true;
};

/** Portuguese abbreviations with inner stops, and a dash that is a real dash. */
const abbreviation: Op = (blocks, i, { rng }) => {
  const b = blocks[i]!;
  if (!isProse(b)) return false;
  const hits = ([["por exemplo", "p. ex."], ["isto é", "i.e."], ["et cetera", "etc."]] as const).flatMap(([long, short]) => occurrences(b.pt, long).map((o) => ({ o, short })));
  const hit = pick(rng, hits);
  if (!hit) return false;
  editPt(b, hit.o.start, hit.o.end, hit.short, "punctuation", "abbreviation", true);
  return true;
};
const emDash: Op = (blocks, i, { rng }) => {
  const b = blocks[i]!;
  if (!isProse(b)) return false;
  const m = pick(rng, [...b.pt.matchAll(/(?<=\p{L}), (?=\p{L})/gu)]);
  if (!m) return false;
  editPt(b, m.index, m.index + 2, " — ", "punctuation", "em-dash", true, Math.max(0, m.index - 2), m.index + 5);
  return true;
};

/** A list introduced by a colon: the items start a new paragraph in lower case, in both languages. */
const colonList: Op = (blocks, i, { rng }) => {
  const b = blocks[i]!;
  if (!isProse(b) || !b.en) return false;
  const pt = pick(rng, [...b.pt.matchAll(/(?<=\p{L}): (?=\p{Ll}\p{L}+ \p{L})/gu)]);
  const en = /(?<=\p{L}): (?=\p{Ll})/u.exec(b.en);
  if (!pt || !en) return false;
  const before = wordsOf(b.pt.slice(0, pt.index)).pop();
  const after = wordsOf(b.pt.slice(pt.index + 2))[0];
  if (!before || !after) return false;
  editPt(b, pt.index + 1, pt.index + 2, "\n\n", "broken", "colon-list", true, before.start, pt.index + 3 + after.end);
  b.en = `${b.en.slice(0, en.index + 1)}\n\n${b.en.slice(en.index + 2)}`;
  return true;
};

export const NEAR_MISS_OPS: NamedOp[] = [
  { family: "casing", kind: "place-name", run: placeName },
  { family: "entity", kind: "name-as-in-english", run: keptName },
  { family: "untranslated", kind: "loanword", run: loanword },
  { family: "untranslated", kind: "kept-title", run: keptTitle },
  { family: "variant", kind: "own-variant-progressive", run: progressive(true) },
  { family: "markup", kind: "reference-marker", run: referenceMarker },
  { family: "junk", kind: "short-heading", run: shortHeading },
  { family: "repetition", kind: "doubled-name", run: doubledName },
  { family: "broken", kind: "colon-list", run: colonList },
  { family: "punctuation", kind: "abbreviation", run: abbreviation },
  { family: "punctuation", kind: "em-dash", run: emDash },
  { family: "punctuation", kind: "url", run: urlSentence },
  { family: "punctuation", kind: "file-name", run: fileName },
  { family: "number", kind: "digit-to-word", run: digitToWord },
  { family: "number", kind: "word-to-digit", run: wordToDigit },
];
