import { describe, expect, it } from "vitest";
import type { CheckInput, CheckOptions, Flag } from "../types.ts";
import { FLAG_CONFIDENCE_THRESHOLD } from "./flag-confidence.ts";
import { checkDocument, checkPair, documentContext } from "./index.ts";
import { dropRepeatedFindings, groupRepeatedFindings, groupsByText, MIN_REPEATED_PAIRS, repeatedFindingKeys } from "./repeated-findings.ts";

const SHOWN = 0.9;
const HIDDEN = FLAG_CONFIDENCE_THRESHOLD - 0.01;
const flag = (code: string, family: Flag["family"], text: string, over: Partial<Flag> = {}): Flag =>
  ({ code, family, severity: "warning", start: 4, end: 4 + text.length, text, message: `"${text}" is misspelled.`, suggestion: "caractere", confidence: SHOWN, ...over });
const typo = (over: Partial<Flag> = {}) => flag("spelling-typo", "spelling", "caracter", over);

describe("a flag repeated through a document, reported once", () => {
  it("groups one check's flag on the same text in three pairs into one document finding, dropped from the pairs", () => {
    const other = flag("variant-form", "variant", "facto", { suggestion: "fato" });
    const found = groupRepeatedFindings([[typo()], [typo(), other], [], [typo({ start: 30, end: 38 })]]);
    expect(found.pairFlags).toEqual([[], [other], [], []]);
    expect(found.documentFlags).toHaveLength(1);
    const [finding] = found.documentFlags;
    expect(finding).toMatchObject({ code: "spelling-typo", family: "spelling", severity: "warning", text: "caracter", suggestion: "caractere", start: 0, end: 0, occurrences: 3 });
    expect(finding!.confidence).toBeUndefined();
    expect(finding!.message).toBe(`«caracter» is flagged 3 times in this document: reported once; "caracter" is misspelled.`);
    // Where it occurs, for the benches: the dropped flags, pair by pair.
    expect(found.occurrences.map((o) => o.length)).toEqual([1, 1, 0, 1]);
  });

  it("quotes a long text shortened in its message, and keeps it whole as the finding's text", () => {
    const sentence = "The whole sentence stays in English, as the other two of its kind in this manual do.";
    const english = (over: Partial<Flag> = {}) => flag("untranslated-words", "untranslated", sentence, { suggestion: undefined, message: "Left in English.", ...over });
    const [finding] = groupRepeatedFindings([[english()], [english()], [english()]]).documentFlags;
    expect(finding!.text).toBe(sentence);
    expect(finding!.message).toMatch(/^«The whole sentence stays in English, as the other two of…» is flagged 3 times in this document: reported once; Left in English\.$/u);
  });

  it(`leaves a text flagged in ${MIN_REPEATED_PAIRS - 1} pairs on its pairs (twice in one pair counts one pair)`, () => {
    const pairs = [[typo(), typo({ start: 30, end: 38 })], [typo()], []];
    const found = groupRepeatedFindings(pairs);
    expect(found.documentFlags).toEqual([]);
    expect(found.pairFlags).toEqual(pairs);
  });

  it("counts only the occurrences shown by default, and then drops the hidden ones too: the finding speaks for all", () => {
    const hidden = typo({ confidence: HIDDEN });
    expect(groupRepeatedFindings([[typo()], [typo()], [hidden], [hidden]]).documentFlags).toEqual([]);
    const found = groupRepeatedFindings([[typo()], [typo()], [typo()], [hidden]]);
    expect(found.documentFlags.map((f) => f.occurrences)).toEqual([4]);
    expect(found.pairFlags.flat()).toEqual([]);
  });

  it("does not group different checks on the same text, nor one check on texts that differ in case", () => {
    const foreign = flag("foreign-word", "foreign", "caracter");
    const capital = typo({ text: "Caracter" });
    expect(groupRepeatedFindings([[typo()], [foreign], [capital], [typo()]]).documentFlags).toEqual([]);
  });

  it("offers the members' suggestion only when they agree, and not when it holds the text as a word", () => {
    expect(groupRepeatedFindings([[typo()], [typo()], [typo({ suggestion: "carácter" })]]).documentFlags[0]!.suggestion).toBeUndefined();
    expect(groupRepeatedFindings([[typo()], [typo()], [typo({ suggestion: undefined })]]).documentFlags[0]!.suggestion).toBeUndefined();
    // A fix-all of "Llama" → "Llama 4" would rewrite the "Llama 4" already right; "caracter" inside "caractere" is no word.
    const term = (over: Partial<Flag> = {}) => flag("entity-added", "entity", "Llama", { suggestion: "Llama 4", ...over });
    const found = groupRepeatedFindings([[term()], [term()], [term()]]).documentFlags[0]!;
    expect(found.text).toBe("Llama");
    expect(found.suggestion).toBeUndefined();
  });

  it("leaves alone the families where each flag is its own pair's content, position-bound checks, and spans of punctuation", () => {
    expect(groupsByText(typo())).toBe(true);
    expect(groupsByText(flag("casing-name", "casing", "script-fu"))).toBe(true);
    expect(groupsByText(flag("foreign-word", "foreign", "sea"))).toBe(true);
    for (const family of ["omission", "number", "markup", "junk", "consistency", "broken", "repetition"] as const) {
      expect(groupsByText(flag(`${family}-x`, family, "Nota"))).toBe(false);
    }
    expect(groupsByText(flag("casing-sentence-start", "casing", "o"))).toBe(false);
    expect(groupsByText(flag("punctuation-hyphen-dash", "punctuation", " - "))).toBe(false);
    expect(groupsByText(flag("punctuation-missing-space", "punctuation", "aumentam.amodei"))).toBe(true);
    // An error stays on each pair, where the QA gate stops it: a mangled name eight times is eight pairs to fix.
    expect(groupsByText(flag("entity-mangled", "entity", "noé smith", { severity: "error" }))).toBe(false);
    const numbers = [[flag("number-mismatch", "number", "2")], [flag("number-mismatch", "number", "2")], [flag("number-mismatch", "number", "2")]];
    expect(groupRepeatedFindings(numbers).documentFlags).toEqual([]);
  });

  it("keeps the grouped keys of a document's flags for its context, and drops those flags from a pair checked alone", () => {
    const found = groupRepeatedFindings([[typo()], [typo()], [typo()]]);
    const own = flag("punctuation-hyphen-dash", "punctuation", " - ", { start: 0, end: 3, confidence: undefined });
    const keys = repeatedFindingKeys([own, ...found.documentFlags]);
    expect(keys).toEqual([{ code: "spelling-typo", text: "caracter" }]);
    const other = flag("foreign-word", "foreign", "caracter");
    expect(dropRepeatedFindings([typo({ confidence: HIDDEN }), other], { repeatedFindings: keys })).toEqual([other]);
  });
});

describe("checkPair with the document's context agrees with checkDocument on a repeated finding", () => {
  // The speller's words: "acão" is one slip from "ação", written in four steps of the document and once in a fifth.
  const words = new Set(["a", "ação", "de", "na", "etapa", "repita", "e", "salve", "o", "arquivo", "depois", "feche", "janela", "abra", "menu"]);
  const options: CheckOptions = { variant: "pt-BR", terms: [], spellers: { pt: { correct: (w: string) => words.has(w.toLowerCase()) } } };
  const inputs: CheckInput[] = [
    { pt: "Abra o menu." },
    ...Array.from({ length: 4 }, () => ({ pt: "Na etapa de salve, repita a acão e salve o arquivo." })),
    { pt: "Depois feche a janela." },
  ];

  it("reports the typo once for the document, and a pair re-checked alone does not flag it again", () => {
    const { pairFlags, documentFlags, repeatedOccurrences } = checkDocument(inputs, options);
    const finding = documentFlags.find((f) => f.text === "acão");
    expect(finding).toMatchObject({ code: "spelling-typo", occurrences: 4, suggestion: "ação" });
    expect(pairFlags.flat().some((f) => f.text === "acão")).toBe(false);
    expect(repeatedOccurrences.flat().filter((f) => f.text === "acão")).toHaveLength(4);
    const document = documentContext(inputs, options.spellers, pairFlags, documentFlags);
    expect(document.repeatedFindings).toEqual([{ code: "spelling-typo", text: "acão" }]);
    inputs.forEach((input, k) => expect(checkPair(input, { ...options, document })).toEqual(pairFlags[k]));
    // A context kept without the document flags (or before they existed) flags it on the pair, as before.
    expect(checkPair(inputs[1]!, { ...options, document: documentContext(inputs, options.spellers, pairFlags) }).map((f) => f.text)).toContain("acão");
  });
});
