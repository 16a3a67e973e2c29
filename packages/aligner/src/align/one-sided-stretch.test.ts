import { describe, expect, it } from "vitest";
import { getDocument } from "@alinha/corpus";
import { segmentBitext } from "../segment-bitext.ts";
import { segmentText } from "../segment/index.ts";
import { alignSegments } from "./align-segments.ts";

describe("alignSegments next to one-sided stretches and headings", () => {
  it("leaves a long stretch of English with no Portuguese one-sided, and pairs the sentences around it as without it", () => {
    // Fifteen lines of another interview inserted in the English only, mid-way.
    const host = getDocument("amodei-ai-unicorn");
    const lines = host.en.split(/\r?\n/u);
    const half = Math.floor(lines.length / 2);
    const inserted = getDocument("altman-a16z-infrastructure").en.split(/\r?\n/u).filter((l) => l.trim()).slice(5, 20);
    const before = lines.slice(0, half).join("\n");
    const en = [before, ...inserted, ...lines.slice(half)].join("\n");
    const insertStart = before.length + 1;
    const insertEnd = insertStart + inserted.join("\n").length;

    const plain = segmentBitext(host.pt, host.en, { speakers: host.meta.speakers });
    const both = segmentBitext(host.pt, en, { speakers: host.meta.speakers });
    const enOf = (segs: typeof both.en.segments, idx: number[]) => idx.map((j) => segs[j]!.text).join(" ");
    const withStretch = new Map(alignSegments(both.pt.segments, both.en.segments).filter((b) => b.pt.length).map((b) => [b.pt.join(","), b]));
    const reference = alignSegments(plain.pt.segments, plain.en.segments).filter((b) => b.pt.length);

    // No Portuguese is paired with an inserted line.
    for (const b of withStretch.values()) {
      for (const j of b.en) expect(both.en.segments[j]!.start >= insertStart && both.en.segments[j]!.end <= insertEnd, both.en.segments[j]!.text).toBe(false);
    }
    // Every Portuguese sentence has the English it has without the stretch.
    const moved = reference.filter((b) => enOf(plain.en.segments, b.en) !== enOf(both.en.segments, withStretch.get(b.pt.join(","))?.en ?? []));
    expect(moved.map((b) => b.pt.map((i) => plain.pt.segments[i]!.text).join(" "))).toEqual([]);
  });

  it("never folds an English heading the Portuguese left out into its neighbour's pair", () => {
    const pt = "A primeira parte termina com esta frase sobre os modelos de linguagem.\n\nO texto começa aqui e explica como os modelos aprendem com os dados.";
    const en = "The first part ends with this sentence about language models.\n\nHow models learn\n\nThe text starts here and explains how models learn from data.";
    const p = segmentText(pt, { lang: "pt" }).segments;
    const e = segmentText(en, { lang: "en" }).segments;
    const heading = e.findIndex((s) => s.text === "How models learn");
    const bead = alignSegments(p, e).find((b) => b.en.includes(heading))!;
    expect(bead.pt).toEqual([]);
  });
});
