import { stemEn } from "../../align/en-stem.ts";
import { translatePt } from "../../align/lexicon.ts";
import type { CheckInput } from "../../types.ts";
import { englishNames } from "../text/names.ts";
import { fold, isSentenceStart, words } from "../text/words.ts";
import translated from "./translated-names.json" with { type: "json" };

/**
 * Names of the English that the Portuguese translated as the common words they are made of
 * ("Microsoft Janelas" for "Microsoft Windows"), found from the English side with no term list:
 * a capitalised word in the middle of a Portuguese sentence that the English lacks, right after
 * a word of the same English name kept as it is, which the aligner's lexicon translates to the
 * stem of that name's next word, which the Portuguese lacks. A document's labels are translated on purpose ("clique em Salvar" for
 * "click Save", "Figura 3"), so a finding counts only for a name the same document's Portuguese
 * keeps as the English writes it in some other pair (`keptNames`): the translator's own norm.
 */

// A Map, not the JSON object: a word like "toString" must not find Object.prototype.
const TRANSLATED = new Map(Object.entries(translated as Record<string, string[]>));
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
// A label of a menu path, a breadcrumb or a quotation is the program's translated label ("Janelas → Diálogos encaixáveis").
const LABEL_MARK = /[→>|“”"‘’«»]/u;
const LETTER = /[\p{L}\p{N}]/u;

export interface TranslatedName { start: number; end: number; text: string; name: string }

function wholeIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(at + word.length))) return true;
  }
  return false;
}

const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*)[®™]?\s+$/u;

/** The capitalised word right before `part`'s first whole occurrence in the English, a mark of a name allowed between ("Microsoft® Windows"). */
function nameWordBefore(en: string, part: string): string | undefined {
  for (let at = en.indexOf(part); at >= 0; at = en.indexOf(part, at + 1)) {
    if (LETTER.test(en.charAt(at - 1)) || LETTER.test(en.charAt(at + part.length))) continue;
    return WORD_BEFORE.exec(en.slice(Math.max(0, at - 40), at))?.[1];
  }
  return undefined;
}

/** The pair's candidates, before the document's norm is asked: most pairs stop at the first test. */
export function translatedEnglishNames(pair: CheckInput): TranslatedName[] {
  const { pt, en } = pair;
  if (!en) return [];
  let missing: { name: string; stem: string; before: string }[] | undefined;
  let ptLower: string | undefined;
  const out: TranslatedName[] = [];
  for (const w of words(pt)) {
    if (!CAPITALISED.test(w.text) || en.includes(w.text) || isSentenceStart(pt, w.start)) continue;
    if (LABEL_MARK.test(pt.slice(Math.max(0, w.start - 3), w.start)) || LABEL_MARK.test(pt.slice(w.end, w.end + 3))) continue;
    // Right after a capitalised word the English has too (the name's kept half): asked before the English's names are found.
    const before = WORD_BEFORE.exec(pt.slice(Math.max(0, w.start - 40), w.start))?.[1];
    if (before === undefined || !en.includes(before)) continue;
    ptLower ??= pt.toLowerCase();
    // A word of a longer name of the English ("Windows" of "Microsoft Windows") that the Portuguese has in no form, and that
    // counts only right after the word before it kept as it is ("Microsoft Janelas"): half a name kept, half translated.
    // A one-word name, or a title translated whole ("Gestor de Volumes Lógicos"), cannot be told from a label the document
    // translates on purpose ("Reiniciar o Sistema", "Créditos e Licença", "o menu Janelas"): 25 false alarms on the tune half.
    missing ??= [...new Set(englishNames(en).flatMap((n) => n.parts))]
      .filter((part) => CAPITALISED.test(part) && !TRANSLATED.has(part) && !wholeIn(ptLower!, part.toLowerCase()))
      .flatMap((part) => {
        const before = nameWordBefore(en, part);
        return before ? [{ name: part, stem: stemEn(part.toLowerCase()), before }] : [];
      });
    if (!missing.length) return out;
    const stems = translatePt(fold(w.text.toLowerCase()));
    const hit = stems.length ? missing.find((m) => stems.includes(m.stem) && m.before === before) : undefined;
    if (hit) out.push({ start: w.start, end: w.end, text: w.text, name: hit.name });
  }
  return out;
}

/** Of `names`, those some pair of the document keeps as its English writes them ("Windows" in both). */
export function keptNames(pairs: readonly CheckInput[], names: Iterable<string>): Set<string> {
  const kept = new Set<string>();
  const wanted = [...new Set(names)];
  if (!wanted.length) return kept;
  for (const p of pairs) {
    if (!p.en) continue;
    for (const n of wanted) if (!kept.has(n) && p.pt.includes(n) && wholeIn(p.pt, n) && wholeIn(p.en, n)) kept.add(n);
    if (kept.size === wanted.length) break;
  }
  return kept;
}

/** The document's kept names among every pair's candidates: `documentContext` keeps them for `checkPair`. */
export function documentKeptNames(pairs: readonly CheckInput[]): string[] {
  const candidates = pairs.flatMap((p) => translatedEnglishNames(p).map((c) => c.name));
  return [...keptNames(pairs, candidates)].sort();
}
