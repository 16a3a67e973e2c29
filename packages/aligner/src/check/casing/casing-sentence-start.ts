import { flagAt, type Check } from "../check.ts";
import { lowercaseStarts } from "./sentence-starts.ts";
import { words } from "../text/words.ts";
import { gluedInsideLiteral } from "../text/glued-literal.ts";
import { hasExtraStops } from "../text/sentence-stops.ts";

const capitalise = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** A sentence that starts with a lower-case letter. */
export const casingSentenceStart: Check<"casing-sentence-start"> = {
  id: "casing-sentence-start",
  family: "casing",
  severity: "warning",
  name: "Sentence starts in lower case",
  description: "A sentence begins with a lower-case letter.",
  run(pair, context) {
    // A previous segment that ends mid-sentence makes this one a continuation (the broken check's case).
    // So does one that ends in a colon or semicolon: a list of items in lower case follows ("disponível em dois modos: ¶ modo multi janela").
    const continues = pair.prevPt !== undefined && !/[.!?…"”)\]*]\s*$/u.test(pair.prevPt.trimEnd());
    const english = pair.en ? new Set(words(pair.en).map((w) => w.text)) : undefined;
    // The English opens in lower case too: a term, an option or a continuation, as the original writes it.
    const extraStops = hasExtraStops(pair.pt, pair.en);
    const englishOpensCapital = pair.en !== undefined && /^[^\p{L}]*\p{Lu}\p{Ll}/u.test(pair.en) && !/^[^\p{L}]*\p{Lu}\p{Ll}*\p{Lu}/u.test(pair.en);
    const glued = gluedInsideLiteral(pair) || (pair.en !== undefined && /^[^\p{L}]*\p{Ll}/u.test(pair.en));
    return lowercaseStarts(pair.pt)
      // Unless the English opens this pair with a capital: then the pair is a sentence, whatever came before it.
      .filter((s) => !((glued || (continues && !englishOpensCapital)) && s.offset === pair.pt.search(/\p{L}/u)))
      // A stop the English does not have before a lower-case word is the stray-stop check's finding, not a lost capital.
      .filter((s) => !(extraStops && s.offset > 0 && pair.pt.slice(Math.max(0, s.offset - 2), s.offset) === ". "))
      // The English has the same word in lower case: an option, command or field name, written as the program spells it.
      .filter((s) => !(english?.has(s.word) && (context.spellers.pt ? !context.spellers.pt.correct(s.word) : s.word.length >= 3)))
      .map((s) => flagAt(this, pair.pt, s.offset, s.offset + s.word.length, "Start the sentence with a capital letter.", capitalise(s.word)));
  },
};
