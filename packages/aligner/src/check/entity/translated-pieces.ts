import type { Speller } from "../../types.ts";
import { closeForms } from "../spelling/close-forms.ts";

// Where a metavariable's words meet: a separator, a case change ("prefixNofM", "-Vdependencies").
const PIECES = /([-_./=:]+)|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Ll})/u;

/**
 * Whether `text` is `expected` with its words translated piece by piece and the rest kept: a man page's
 * metavariable ("prefixoNdeM" for "prefixNofM", "-Vdependências" for "-Vdependencies"). Each changed piece
 * is a Portuguese word where the English has an English word; the separators and at least one piece stay.
 * A name misspelt changes a piece into no word ("GIMPressionisa"), and stays a finding.
 */
export function translatedPieces(text: string, expected: string, pt?: Speller, en?: Speller): boolean {
  if (!pt || !en || text === expected) return false;
  const a = text.split(PIECES).filter((p) => p !== undefined && p !== "");
  const b = expected.split(PIECES).filter((p) => p !== undefined && p !== "");
  if (a.length !== b.length || a.length < 2) return false;
  let kept = 0;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) { if (/\p{L}/u.test(x)) kept++; continue; }
    if (!/^\p{L}{2,}$/u.test(x) || !/^\p{L}{2,}$/u.test(y) || x.toLowerCase() === y.toLowerCase()) return false;
    if (!pt.correct(x.toLowerCase()) || !en.correct(y.toLowerCase())) return false;
    changed++;
  }
  return changed > 0 && kept > 0;
}

// Where an identifier's words meet: a separator, a lower-case letter before a capital ("skip|White|Spaces"), an acronym's end ("ID|Tarefa").
const WORDS_OF_IDENTIFIER = /[-_./=:]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

/** A piece of an identifier that is a Portuguese word, as written or lower-cased, or with the accents ASCII cannot carry ("Espacos"). */
const portuguesePiece = (piece: string, pt: Speller): boolean => {
  const lower = piece.toLowerCase();
  return pt.correct(piece) || pt.correct(lower) || (/^[a-z]+$/u.test(lower) && closeForms(lower, pt, "accents").length > 0);
};
const englishPiece = (piece: string, en: Speller): boolean => en.correct(piece) || en.correct(piece.toLowerCase());

/**
 * Whether `text` is the identifier or example name `expected` translated into Portuguese words, however many: "ignorarEspacos"
 * for "skipWhiteSpaces", "part-idTarefa" for "part-threadID", "Finlândia-Helsinki" for "Finland-Helsinki" (session 15, issue
 * 12: kile, kcachegrind, kphotoalbum pt and pt-BR). A translator renders a placeholder's or an example's words in the reader's
 * language, word by word or freely, and writes an identifier in ASCII, without its accents. Every piece of `text` is kept from
 * `expected` or is a Portuguese word, one at least is Portuguese, and an English word of `expected` is gone. A name misspelt
 * or swapped leaves a piece that is no word ("po4a-display-pod" for "po4a-display-man") and stays a finding.
 */
export function translatedIdentifier(text: string, expected: string, pt?: Speller, en?: Speller): boolean {
  if (!pt || !en || text === expected) return false;
  const a = text.split(WORDS_OF_IDENTIFIER).filter((p) => p !== undefined && /[\p{L}\p{N}]/u.test(p));
  const b = expected.split(WORDS_OF_IDENTIFIER).filter((p) => p !== undefined && /[\p{L}\p{N}]/u.test(p));
  if (a.length < 2 || b.length < 2) return false;
  const kept = new Set(b.map((p) => p.toLowerCase()));
  let portuguese = 0;
  for (const x of a) {
    if (kept.has(x.toLowerCase())) continue;
    if (!/^\p{L}{2,}$/u.test(x) || !portuguesePiece(x, pt)) return false;
    portuguese++;
  }
  const mine = new Set(a.map((p) => p.toLowerCase()));
  return portuguese > 0 && b.some((y) => !mine.has(y.toLowerCase()) && /^\p{L}{2,}$/u.test(y) && englishPiece(y, en));
}
