import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance.ts";
import { findNear, type NearMatch } from "./find-near.ts";
import { getDocument, listDocuments, loadTerms } from "@alinha/corpus";
import { letterMask, missing } from "./name-windows.ts";

/** findNear looking at every window of the name's prefix and length: what the letter filter and the early pass over edge windows must not change. */
const reference = (source: string, name: string, accepted: readonly string[] = []): NearMatch[] => findNear(source, name, accepted, false);

// Names with and without an edge word, with accepted forms with and without one.
const NAMES: [string, string[]][] = [
  ["DeepSeek R1", []], ["Deep Research", []], ["Noah Smith", ["Noé Smith"]], ["AI", ["IA"]], ["Estado da Arte", []],
  ["State of the Art", ["Estado da Arte"]], ["Confucius", ["Confúcio"]], ["Meta AI", []], ["X", []], ["A Ordem", []],
];
const PIECES = ["de", "De", "da", "o", "e", "à", "É", "deep", "seek", "r1", "R1", "Deep", "Seek", "research", "noé", "smith", "Noah",
  "ai", "IA", "estado", "Estado", "arte", "state", "art", "the", "confúcio", "confucius", "meta", "Meta", "x", "a", "ordem", "de-facto", "uma"];
const SEPARATORS = [" ", "-", ", ", ". ", ""];

describe("findNear", () => {
  it("finds what it found before windows with an edge word at an end were passed over before their distance", () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 10 }).map((ps) => ps.flat().join(""));
    fc.assert(fc.property(text, fc.constantFrom(...NAMES), (t, [name, accepted]) => {
      expect(findNear(t, name, accepted)).toEqual(reference(t, name, accepted));
    }), { numRuns: 4000 });
  });

  it("does not take a name with a Portuguese small word at its edge for the name", () => {
    expect(findNear("o modelo deep seek r1 de hoje", "DeepSeek R1").map((m) => m.text)).toEqual(["deep seek r1"]);
    expect(findNear("o estado da arte", "Estado da Arte").map((m) => m.text)).toEqual(["estado da arte"]);
  });
});

/** `name` with `edits` random single-letter edits (a deletion, an insertion, a substitution) and its case changed at random. */
const mangled = (alphabet: string) => (name: string) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.nat(), fc.constantFrom(...alphabet)), { maxLength: 3 }).chain((edits) =>
    fc.boolean().map((lower) => {
      let s = name;
      for (const [op, at, c] of edits) {
        const i = at % (s.length + 1);
        s = op === 0 ? s.slice(0, i) + s.slice(i + 1) : op === 1 ? s.slice(0, i) + c + s.slice(i) : s.slice(0, i) + c + s.slice(i + 1);
      }
      return lower ? s.toLowerCase() : s;
    }));

describe("the letter filter (mayBeNearIn)", () => {
  it("keeps every key within k edits: such keys differ in at most k letter classes either way", () => {
    const key = fc.string({ unit: fc.constantFrom(..."abcdeilmnorstu0123456789çß"), minLength: 0, maxLength: 12 });
    fc.assert(fc.property(key, key, (a, b) => {
      const d = editDistance(a, b);
      expect(missing(letterMask(a), letterMask(b))).toBeLessThanOrEqual(d);
      expect(missing(letterMask(b), letterMask(a))).toBeLessThanOrEqual(d);
    }), { numRuns: 5000 });
  });

  it("rules out no name that the prefix and length alone would search, on random words and their near forms", () => {
    const ALPHABET = "abdeimnorstAÁDEMNOSçéã0-";
    const word = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 9 });
    const sample = word.chain((name) => fc.tuple(fc.constant(name),
      fc.array(fc.tuple(fc.oneof(mangled(ALPHABET)(name), word), fc.constantFrom(...SEPARATORS)), { maxLength: 8 }).map((ps) => ps.flat().join(""))));
    fc.assert(fc.property(sample, ([name, t]) => {
      expect(findNear(t, name)).toEqual(reference(t, name));
    }), { numRuns: 4000 });
  });

  it("rules out no name that the prefix and length alone would search, on the corpus's sentences with its terms and mangled words", () => {
    const docs = listDocuments().map((m) => getDocument(m.id).pt);
    const sentences = docs.flatMap((d) => d.split(/(?<=[.!?])\s+|\n+/u)).filter((s) => s.length > 0);
    const corpusWords = [...new Set(docs.flatMap((d) => d.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []))].filter((w) => w.length >= 4);
    const terms = loadTerms();
    const name = fc.oneof(fc.constantFrom(...terms.map((t) => t.term)), fc.constantFrom(...corpusWords).chain(mangled("aeiosrnmtdç")));
    fc.assert(fc.property(fc.constantFrom(...sentences), name, (t, n) => {
      expect(findNear(t, n)).toEqual(reference(t, n));
    }), { numRuns: 3000 });
    // And every term on every sentence, with its aliases: what the checks ask of each pair.
    const all = (find: typeof findNear) => sentences.map((t) => terms.map((term) => find(t, term.term, term.aliases ?? [])));
    const found = all(findNear);
    expect(found.flat(2).length).toBeGreaterThan(0);
    expect(found).toEqual(all(reference));
  }, 60_000);
});
