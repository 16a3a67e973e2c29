import { describe, expect, it } from "vitest";
import { segmentText } from "../segment/index.ts";
import { alignSegments } from "./align-segments.ts";
import { beadConfidence, REVIEW_THRESHOLD, tieFactor } from "./confidence.ts";

describe("pair confidence and a near-tie", () => {
  // The evidence of a real pair (scilab sylv, tune half): the Portuguese, translated from an older
  // page, describes sylv(A,B,C,'d'); the newer English has two such sentences, and the pair with
  // the second won by 0.12 nats over the first. Its words match well, so the model alone passed it at 0.94.
  const ev = { pt: 1, en: 1, chars: 171, words: 23, lengthZ: 0.6, similarity: 0.77, coverage: 1, anchored: 0, skipsBeside: 1, startMismatch: 0, endMismatch: 0, conflict: 0, rival: 0, unsupported: 0 };

  it("sends a pair that beat its runner-up by a hair to review, however well its words match", () => {
    expect(beadConfidence({ ...ev, margin: 0.12 })).toBeLessThan(REVIEW_THRESHOLD);
  });

  it("leaves the same pair out of review when it won clearly", () => {
    expect(beadConfidence({ ...ev, margin: 3 })).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it("stops doubting within a few tenths of a nat: a margin of one nat costs nothing", () => {
    expect(tieFactor(1)).toBeGreaterThan(0.999);
    expect(tieFactor(0)).toBeCloseTo(0.5, 5);
  });
});

describe("pair confidence and paragraphs that disagree", () => {
  const pt = "O comando copia o arquivo para a pasta. Ele não apaga o original. Note que esta opção ainda não está disponível no Windows.";
  const sentences = ["The command copies the file to the folder.", "It does not delete the original.", "This option is not yet available on Windows."];

  it("is less sure of a sentence the English moved into a paragraph of its own, though it pairs it the same", () => {
    const confidences = (en: string) => {
      const beads = alignSegments(segmentText(pt).segments, segmentText(en).segments);
      expect(beads.map((b) => `${b.pt.join(",")}-${b.en.join(",")}`)).toEqual(["0-0", "1-1", "2-2"]);
      return beads.map((b) => b.confidence);
    };
    const same = confidences(sentences.join(" "));
    const moved = confidences(`${sentences[0]} ${sentences[1]}\n\n${sentences[2]}`);
    // Both are sure (the words match); the doubt shows in the odds of being wrong, which grow by half
    // or more although the moved sentence wins by more (the break it starts fits the English).
    const oddsWrong = (c: number) => (1 - c) / c;
    expect(oddsWrong(moved[2]!)).toBeGreaterThan(1.5 * oddsWrong(same[2]!));
  });
});
