/**
 * A light English stemmer: enough that "models", "modelled" and a lexicon entry "model" meet.
 * Porter would be more exact, but both sides only need to land on the same key.
 */
export function stemEn(word: string): string {
  // By endsWith rather than patterns: every English word of every pair is stemmed, by the aligner and the checks.
  let w = word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const MARK_RUNS = /\p{M}+/gu;

/** Lower case without accents: "Ação" and "acao" are one key, and so are NFC and NFD forms. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(MARK_RUNS, "").toLowerCase();
}
