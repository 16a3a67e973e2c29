/**
 * The held-out measure of the checks: a seeded injector that puts artefacts of every family
 * into the clean control text (control.pt.txt, with control.en.txt as its English) and
 * records where it put them. Its kinds and word lists (injector-words.json) were written
 * from artefacts.md without looking at the checks' lists, and the checks are not tuned on
 * it: bench/checks.ts --heldout reports its first-run figures as they come.
 */
import type { CheckFamily } from "../../src/types.ts";
import { rng } from "../align-gold/perturb.ts";
import data from "./injector-words.json" with { type: "json" };

export interface InjectedSpan { start: number; end: number; family: CheckFamily; kind: string; text: string }

/** One replacement of the original text; the artefact is `[from, to)` of the replacement (all of it by default). */
interface Edit { start: number; end: number; replacement: string; family: CheckFamily; kind: string; from?: number; to?: number }

/** Characters kept clear around each edit, so two artefacts never share a flag. */
const MARGIN = 12;
const GERUND_TO_INFINITIVE: [RegExp, string][] = [[/ando$/u, "ar"], [/endo$/u, "er"], [/indo$/u, "ir"]];
// Misheard or respelled the way a Portuguese transcription respells foreign names ("Noah" → "Noé").
const PHONETIC: [RegExp, string][] = [[/th/u, "t"], [/ph/u, "f"], [/qu/u, "k"], [/ss/u, "s"], [/y/u, "i"], [/w/u, "u"], [/c(?=[aou])/u, "k"], [/v/u, "b"], [/ll/u, "l"], [/e$/u, "i"], [/a$/u, "ah"]];
const ACCENTS: [string, string][] = [["a", "á"], ["e", "é"], ["o", "ó"], ["i", "í"], ["ú", "u"], ["ã", "a"], ["á", "a"], ["é", "e"]];

const dropSame = (table: Record<string, string>): [string, string][] => Object.entries(table).filter(([a, b]) => a !== b);

/** Artefacts injected into `pt`, `perKind` of each kind, at places chosen by `seed`. */
export function injectArtefacts(pt: string, en: string, seed: number, perKind = 1): { pt: string; spans: InjectedSpan[] } {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(random() * xs.length)];
  const edits: Edit[] = [];
  const free = (s: number, e: number) => !edits.some((x) => s < x.end + MARGIN && x.start - MARGIN < e);
  /** Tries candidates in a seeded order until one lies clear of the edits so far. */
  const place = <T extends { start: number; end: number }>(candidates: T[], make: (c: T) => Omit<Edit, "family" | "kind"> | undefined, family: CheckFamily, kind: string) => {
    for (let n = 0; n < perKind; n++) {
      const order = candidates.map((c) => ({ c, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.c);
      for (const c of order) {
        if (!free(c.start, c.end)) continue;
        const e = make(c);
        if (e) { edits.push({ ...e, family, kind }); break; }
      }
    }
  };
  const all = (re: RegExp) => [...pt.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], m }));

  // Names: capitalised runs of the English found verbatim in the Portuguese, not at a sentence start.
  const names = [...new Set([...en.matchAll(/\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*/gu)].map((m) => m[0]))]
    .filter((n) => n.length >= 4 && !/^(The|This|That|When|While|What|With|According|For|And|But|It|We|In|If|You|They|Some|Under)\b/u.test(n))
    .flatMap((n) => [...pt.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`, "gu"))].map((m) => ({ start: m.index, end: m.index + n.length, text: n })))
    .filter((o) => !/[.!?]\s*$|^\s*$/u.test(pt.slice(Math.max(0, o.start - 3), o.start)));
  const words = all(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}-])/gu);
  const sentenceStarts = all(/(?<=[.!?] )\p{Lu}\p{Ll}+/gu).filter((s) => !names.some((n) => n.start === s.start));
  const wordsOf = (table: [string, string][]) => words.filter((w) => table.some(([a]) => a === w.text));
  const replaceWord = (table: [string, string][]) => (w: { start: number; end: number; text: string }) => ({ start: w.start, end: w.end, replacement: table.find(([a]) => a === w.text)![1] });

  // entity: the name mangled as machine translation mangles it.
  place(names.filter((n) => /\p{Ll}\p{Lu}/u.test(n.text)), (n) => ({ ...n, replacement: n.text.replace(/(\p{Ll})(\p{Lu})/u, "$1 $2").toLowerCase() }), "entity", "split");
  place(names.filter((n) => n.text.includes(" ")), (n) => ({ ...n, replacement: n.text.replace(/ /gu, "") }), "entity", "join");
  place(names.filter((n) => n.text.length >= 6), (n) => {
    const [a, b] = ACCENTS.find(([x]) => n.text.slice(1).includes(x)) ?? [];
    return a && b ? { ...n, replacement: n.text[0] + n.text.slice(1).replace(a, b) } : undefined;
  }, "entity", "accent");
  place(names.filter((n) => n.text.length >= 5 && !/\p{N}/u.test(n.text)), (n) => {
    const rule = PHONETIC.find(([re]) => re.test(n.text));
    return rule ? { ...n, replacement: n.text.replace(rule[0], rule[1]) } : undefined;
  }, "entity", "phonetic");
  place(names.filter((n) => /\p{N}/u.test(n.text)), (n) => ({ ...n, replacement: /\p{N}o$/u.test(n.text) ? n.text.replace(/o$/u, ".0") : n.text.replace(/(\p{N})(?!.*\p{N})/u, "$1.0") }), "entity", "digits");

  // casing: a name and a sentence start in lower case.
  place(names, (n) => ({ ...n, replacement: n.text.toLowerCase() }), "casing", "name-lower");
  place(sentenceStarts, (s) => ({ ...s, replacement: s.text.toLowerCase() }), "casing", "sentence-start");

  // untranslated: an English sentence pasted after a Portuguese one; an English phrase after a comma.
  const english = [...en.matchAll(/[A-Z][^.!?\n]{30,160}[.!?]/gu)].map((m) => m[0]);
  place(all(/(?<=\p{Ll}[.!?]) (?=\p{Lu})/gu), (g) => {
    const s = pick(english);
    return s ? { start: g.start, end: g.end, replacement: ` ${s} `, from: 1, to: 1 + s.length } : undefined;
  }, "untranslated", "english-sentence");
  place(all(/(?<=\p{Ll}), (?=\p{Ll})/gu), (g) => {
    const p = pick(data.englishPhrases)!;
    return { start: g.start, end: g.end, replacement: `, ${p}, `, from: 2, to: 2 + p.length };
  }, "untranslated", "english-phrase");

  // foreign: a Spanish or a German word for a Portuguese one.
  place(wordsOf(dropSame(data.spanish)), replaceWord(dropSame(data.spanish)), "foreign", "spanish");
  place(wordsOf(dropSame(data.german)), replaceWord(dropSame(data.german)), "foreign", "german");

  // variant: a European form; a progressive "estar a + infinitive".
  place(wordsOf(dropSame(data.european)), replaceWord(dropSame(data.european)), "variant", "european-form");
  place(all(/(?<![\p{L}])(?:está|estão|estava|estavam|estamos|estou) \p{Ll}+(?:ando|endo|indo)(?![\p{L}])/gu), (m) => {
    const [verb, gerund] = m.text.split(" ") as [string, string];
    const [re, to] = GERUND_TO_INFINITIVE.find(([r]) => r.test(gerund))!;
    return { ...m, replacement: `${verb} a ${gerund.replace(re, to)}` };
  }, "variant", "progressive");

  // markup: a link stub around a name, emphasis around a sentence, a source stub after a paragraph.
  place(names, (n) => ({ ...n, replacement: `[${n.text}](#)` }), "markup", "link-stub");
  place(all(/(?<=[.!?] )\p{Lu}[^.!?\n]{10,80}[.!?](?= )/gu), (s) => ({ ...s, replacement: `**${s.text}**` }), "markup", "emphasis");
  const paragraphEnds = all(/(?<=[.!?])\n\n/gu);
  place(paragraphEnds, (p) => {
    const stub = pick(data.sourceStubs)!;
    return { ...p, replacement: ` ${stub}\n\n`, from: 1, to: 1 + stub.length };
  }, "markup", "source-stub");

  // junk: page furniture and language pickers as lines of their own, a related-articles block.
  const line = (list: readonly string[]) => (p: { start: number; end: number }) => {
    const l = pick(list)!;
    return { ...p, replacement: `\n\n${l}\n\n`, from: 2, to: 2 + l.length };
  };
  place(paragraphEnds, line(data.furniture), "junk", "furniture");
  place(paragraphEnds, line(data.languagePickers), "junk", "language-picker");
  place(paragraphEnds, (p) => {
    const headlines = data.headlines.map((h) => ({ h, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.h);
    const block = [pick(data.relatedHeaders)!, ...headlines.slice(0, 2)].join("\n");
    return { ...p, replacement: `\n\n${block}\n\n`, from: 2, to: 2 + block.length };
  }, "junk", "related-articles");

  // repetition: a word doubled; "X e X".
  place(words.filter((w) => w.text.length >= 2), (w) => ({ ...w, replacement: `${w.text} ${w.text}` }), "repetition", "doubled-word");
  place(words.filter((w) => w.text.length >= 6), (w) => ({ ...w, replacement: `${w.text} e ${w.text}` }), "repetition", "x-and-x");

  // broken: a sentence cut by a page break before a lower-case word, mid-sentence.
  place(all(/(?<=[^.!?\n]{40}\p{Ll}) (?=\p{Ll}[^.!?\n]{20})/gu), (g) => {
    const before = /\p{L}+$/u.exec(pt.slice(0, g.start))![0];
    const after = /^\p{L}+/u.exec(pt.slice(g.end))![0];
    return { start: g.start - before.length, end: g.end + after.length, replacement: `${before}\n\n${after}` };
  }, "broken", "page-break");

  // punctuation: a hyphen for a dash, a stray full stop after a small word, a missing space after a stop or comma.
  place(all(/(?<=\p{Ll}), (?=\p{Ll})/gu), (g) => ({ ...g, replacement: " - " }), "punctuation", "hyphen-dash");
  place(words.filter((w) => data.smallWords.includes(w.text) && /^ \p{Ll}/u.test(pt.slice(w.end, w.end + 2))), (w) => {
    const next = /^ \p{L}+/u.exec(pt.slice(w.end))![0];
    return { start: w.start, end: w.end + next.length, replacement: `${w.text}.${next}` };
  }, "punctuation", "stray-stop");
  place(all(/\p{Ll}+[.,] \p{Ll}+/gu).concat(all(/\p{Ll}+\. \p{Lu}\p{Ll}+/gu)), (m) => ({ ...m, replacement: m.text.replace(" ", "") }), "punctuation", "missing-space");

  // number: a number the English also has, changed; a scale word changed.
  place(all(/(?<![\p{L}\p{N}.,])\d{2,}(?![\p{N}])/gu).filter((n) => en.includes(n.text)), (n) => ({ ...n, replacement: String(Number(n.text) * 10) }), "number", "digits");
  place(all(/(?<=\d )(?:milhões|milhão|bilhões|mil)(?![\p{L}])/gu), (s) => ({ ...s, replacement: s.text.startsWith("mil") && s.text !== "mil" ? "bilhões" : "milhões" }), "number", "scale");

  return apply(pt, edits);
}

/** The text with every edit made, and each artefact's span in it. */
function apply(pt: string, edits: Edit[]): { pt: string; spans: InjectedSpan[] } {
  let out = "";
  let at = 0;
  const spans: InjectedSpan[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += pt.slice(at, e.start);
    const start = out.length + (e.from ?? 0);
    const end = out.length + (e.to ?? e.replacement.length);
    out += e.replacement;
    spans.push({ start, end, family: e.family, kind: e.kind, text: out.slice(start, end) });
    at = e.end;
  }
  return { pt: out + pt.slice(at), spans };
}
