import { describe, expect, it } from "vitest";
import type { CheckInput, CheckOptions, Flag } from "../types.ts";
import { alignDocument, checkInputs } from "../align-document.ts";
import { checkDocument, checkPair, checks, documentContext } from "./index.ts";
import { FLAG_CONFIDENCE_THRESHOLD, flagConfidence, flagFeatures, isShownByDefault } from "./flag-confidence.ts";
import { CHECK_WEIGHTS, FEATURE_WEIGHTS } from "./flag-confidence-coefficients.ts";

const options: CheckOptions = { variant: "pt-BR", terms: [] };
const flag = (over: Partial<Flag> = {}): Flag => ({ code: "spelling-typo", family: "spelling", severity: "warning", start: 0, end: 4, text: "Ouçá", message: "typo", suggestion: "Ouça", ...over });

describe("flag confidence", () => {
  it("gives every flag of checkPair a probability between 0 and 1", () => {
    const flags = checkPair({ pt: "o deep seek R1 é bom - muito bom", en: "DeepSeek R1 is good, very good" }, options);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("is the same for a pair's flag whether the document is checked at import or the pair after an edit", () => {
    const pt = "Abra o arquivo.\n\nO deep seek R1 custa 10 dólares - muito.\n\nEsta frase não tem par em inglês e fala de outra coisa inteira.\n\nFeche.";
    const en = "Open the file.\n\nDeepSeek R1 costs 5 dollars, a lot.\n\nClose.";
    const result = alignDocument(pt, en, { check: { ...options, disabled: checks.map((c) => c.id) } });
    const inputs = checkInputs(result.pairs, true, pt);
    const { pairFlags } = checkDocument(inputs, options);
    // With the document pass's flags, the context keeps how often their words recur, which the confidence reads.
    const context = documentContext(inputs, undefined, pairFlags);
    expect(context.flaggedWordRepeats).toBeDefined();
    let compared = 0;
    inputs.forEach((input, k) => {
      const again = checkPair(input, { ...options, document: context });
      for (const f of pairFlags[k]!) {
        const same = again.find((g) => g.code === f.code && g.start === f.start && g.end === f.end);
        if (!same) continue;
        expect(same.confidence).toBe(f.confidence);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(0);
  });

  it("shows a flag by default at or above the threshold, and a flag with no confidence (a document flag) always", () => {
    expect(isShownByDefault({ confidence: FLAG_CONFIDENCE_THRESHOLD })).toBe(true);
    expect(isShownByDefault({ confidence: FLAG_CONFIDENCE_THRESHOLD - 0.001 })).toBe(false);
    expect(isShownByDefault({})).toBe(true);
  });

  it("has a fitted weight for every feature it computes and every check (refit after adding either)", () => {
    const x = flagFeatures({ pt: "Ouçá isto." }, flag(), [flag()]);
    expect(Object.keys(x).sort()).toEqual(Object.keys(FEATURE_WEIGHTS).sort());
    for (const c of checks) expect(Object.keys(CHECK_WEIGHTS)).toContain(c.id);
  });

  it("reads the flagged span's shape, the pair's neighbours and the other flags of the pair", () => {
    const input: CheckInput = { pt: "Ouçá o podcast_v2.mp3 agora", en: "Listen to podcast_v2.mp3 now", gapBefore: "\n" };
    const span = flag({ start: 7, end: 21, text: "podcast_v2.mp3", code: "untranslated-words", family: "untranslated", suggestion: undefined });
    const x = flagFeatures(input, span, [flag(), span]);
    expect(x.spanLiteralMark).toBe(1);
    expect(x.spanDigit).toBe(1);
    expect(x.spanInEnglish).toBe(1);
    expect(x.lineOfBlock).toBe(1);
    expect(x.otherFlags).toBeCloseTo(Math.log(2));
    expect(x.otherFamily).toBe(1);
    // A Portuguese-only pair whose names the next pair's English holds was paired apart, not left out.
    const lone: CheckInput = { pt: "Configure o Kdenlive e o FFmpeg.", en: "", nextEn: "Set up Kdenlive with FFmpeg and restart." };
    const omission = flag({ code: "omission-empty-side", family: "omission", start: 0, end: lone.pt.length, text: lone.pt, suggestion: undefined });
    expect(flagFeatures(lone, omission, [omission]).neighbourEcho).toBeGreaterThan(0.5);
  });

  it("trusts a misspelling written once more than the same word the document writes a dozen times", () => {
    // The speller's words; "acão" is one slip from "ação". Written once it is a typo; written in every step of a
    // document it is how this translator writes the word (or a term of the project), and the reviewer has seen it.
    const words = new Set(["a", "ação", "de", "na", "etapa", "repita", "e", "salve", "o", "arquivo", "depois", "feche", "janela"]);
    const spell: CheckOptions = { ...options, spellers: { pt: { correct: (w: string) => words.has(w.toLowerCase()) } } };
    const doc = (pts: string[]) => checkInputs(alignDocument(pts.join("\n\n"), undefined, { check: { ...spell, disabled: checks.map((c) => c.id) } }).pairs, false, pts.join("\n\n"));
    // Written in twelve pairs, the typo is reported once for the document (repeated-findings.ts); its pair flags,
    // dropped, keep the confidence they were weighed with.
    const withGrouped = (inputs: CheckInput[]) => { const found = checkDocument(inputs, spell); return found.pairFlags.map((flags, k) => [...flags, ...found.repeatedOccurrences[k]!]); };
    const typoIn = (inputs: CheckInput[]) => withGrouped(inputs).flat().filter((f) => f.text === "acão");
    const once = typoIn(doc(["Na etapa de salve, repita a acão e salve o arquivo.", "Depois feche a janela."]));
    const often = doc(Array.from({ length: 12 }, () => "Na etapa de salve, repita a acão e salve o arquivo."));
    const everywhere = typoIn(often);
    expect(once).toHaveLength(1);
    expect(everywhere).toHaveLength(12);
    // The fitted effect is moderate (a typo in prose stays shown: about 0.90 → 0.76 here); it weighs with the rest.
    for (const f of everywhere) expect(f.confidence).toBeLessThan(once[0]!.confidence! - 0.05);
    // A pair re-checked after an edit reads the counts the stored context kept, and agrees; an old context without
    // them (or none) counts the word once.
    const pairFlags = withGrouped(often);
    const again = checkPair(often[3]!, { ...spell, document: documentContext(often, spell.spellers, pairFlags) }).find((f) => f.text === "acão");
    expect(again?.confidence).toBe(everywhere[3]!.confidence);
    const old = checkPair(often[3]!, { ...spell, document: documentContext(often, spell.spellers) }).find((f) => f.text === "acão");
    expect(old?.confidence).toBeGreaterThan(everywhere[3]!.confidence!);
  });

  it("trusts a passage the Portuguese lacks more than one the English lacks (a translator's note, a credit)", () => {
    const passage = "Esta seção descreve como configurar a impressora antes do primeiro uso.";
    const english = "This section describes how to set up the printer before its first use.";
    const missing: CheckInput = { pt: "", en: english };
    const added: CheckInput = { pt: passage, en: "" };
    const omission = (input: CheckInput, text: string) => flag({ code: "omission-empty-side", family: "omission", start: 0, end: input.pt.length, text, suggestion: undefined });
    expect(flagFeatures(missing, omission(missing, english), []).omissionEnglishOnly).toBe(1);
    expect(flagConfidence(missing, omission(missing, english), [])).toBeGreaterThan(flagConfidence(added, omission(added, passage), []));
  });

  it("trusts the same finding less on a line of a listing than in a sentence of prose", () => {
    // A listing's line (a single line break to its neighbour) is where prose patterns misread code most.
    const prose: CheckInput = { pt: "Ouçá o episódio inteiro antes de responder.", gapBefore: "\n\n", gapAfter: "\n\n" };
    const listing: CheckInput = { ...prose, gapBefore: "\n", gapAfter: "\n" };
    expect(flagConfidence(listing, flag(), [flag()])).toBeLessThan(flagConfidence(prose, flag(), [flag()]));
  });
});
