import { flagAt, type Check } from "../check.ts";
import { lowercaseStarts } from "./sentence-starts.ts";

const capitalise = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** A sentence that starts with a lower-case letter. */
export const casingSentenceStart: Check<"casing-sentence-start"> = {
  id: "casing-sentence-start",
  family: "casing",
  severity: "warning",
  name: "Sentence starts in lower case",
  description: "A sentence begins with a lower-case letter.",
  run(pair) {
    // A previous segment that ends mid-sentence makes this one a continuation (the broken check's case).
    // So does one that ends in a colon or semicolon: a list of items in lower case follows ("disponível em dois modos: ¶ modo multi janela").
    const continues = pair.prevPt !== undefined && !/[.!?…"”)\]*]\s*$/u.test(pair.prevPt.trimEnd());
    return lowercaseStarts(pair.pt)
      .filter((s) => !(continues && s.offset === pair.pt.search(/\p{L}/u)))
      .map((s) => flagAt(this, pair.pt, s.offset, s.offset + s.word.length, "Start the sentence with a capital letter.", capitalise(s.word)));
  },
};
