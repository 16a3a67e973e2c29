import type { Speller } from "../../types.ts";
import { englishWordTest } from "../untranslated/english-signal.ts";
import { words } from "./words.ts";

const WORD_AFTER = /^\p{L}+/u;
const TWO_WORDS_BEFORE = /(\p{L}+) (\p{L}+)$/u;
/** Four words in a row, as a leftover sentence of the English would run on. */
const LEFTOVER_RUN = /^\p{L}+(?: \p{L}+){3}/u;

/**
 * Whether a punctuation mark of the Portuguese (at `mark`, the words after it from `after`) is the seam of English the
 * translation left in: the words on one side of it are the pair's English as it stands ("…pelo utilizador. backends are
 * not generally designed…", "…margem esquerda. margin. A linha", "…for details. para detalhes", "dos parâmetros.for a
 * description of parameters."), with a word no Portuguese dictionary knows among them. That is an untranslated
 * leftover, the untranslated checks' finding; a punctuation fix there (dropping the stop, adding a space) would only
 * glue or part the two languages (reviewed in CUPS's, dpkg's and Scilab's pages).
 */
export function englishLeftoverAt(pt: string, en: string | undefined, mark: number, after: number, spellers: { pt?: Speller; en?: Speller }): boolean {
  if (en === undefined || !spellers.pt || !spellers.en) return false;
  const isEnglish = englishWordTest(spellers);
  const rest = pt.slice(after);
  const next = WORD_AFTER.exec(rest)?.[0];
  const before = TWO_WORDS_BEFORE.exec(pt.slice(Math.max(0, mark - 60), mark));
  // The seam parts two languages: English on both sides ("Key reference. for the Zoom tool") is English text with a
  // stray mark of its own, which the punctuation checks still report.
  if (next !== undefined && before !== null && isEnglish(next) && isEnglish(before[2]!)) return false;
  // An English word of the pair's English that ends a sentence of its own ("margin.") or runs on in English: a
  // loan term the Portuguese sentence goes on with ("ficheiros. unit do systemd") is no leftover.
  if (next !== undefined && isEnglish(next) && words(en).some((w) => w.text.toLowerCase() === next.toLowerCase())) {
    const then = rest.slice(next.length);
    const following = WORD_AFTER.exec(then.trimStart())?.[0];
    if (/^[.!?]/u.test(then) || (following !== undefined && /^ \p{L}/u.test(then) && isEnglish(following))) return true;
  }
  // A run of the English's own words after it, one of them no Portuguese word ("backends are not generally", where
  // "backends" is a loanword the Portuguese dictionary knows; "for a description of").
  const run = LEFTOVER_RUN.exec(rest)?.[0];
  if (run !== undefined && (before === null || !isEnglish(before[2]!)) && en.includes(run) && words(run).some((w) => isEnglish(w.text))) return true;
  return before !== null && isEnglish(before[2]!) && spellers.en.correct(before[1]!) && en.includes(`${before[1]} ${before[2]}${pt[mark]}`);
}
