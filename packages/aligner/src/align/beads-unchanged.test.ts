import { describe, expect, it } from "vitest";
import { getDocument, listDocuments } from "@alinha/corpus";
import { loadGold, perturbedSets } from "../../bench/align-gold/gold-sets.ts";
import { synthetic } from "../../bench/align-gold/synthetic.ts";
import { segmentBitext } from "../segment-bitext.ts";
import type { Bead } from "../types.ts";
import { alignSegments } from "./align-segments.ts";

/**
 * Every bead the aligner gives on the corpus, on perturbed copies and on a synthetic document
 * long enough to widen the band, kept in __golden__/beads.txt. Speed work on align/ must leave
 * this file unchanged: a change in it is a change in what reviewers see.
 */
const side = (idx: number[]) => (idx.length ? idx.join(",") : "∅");
const bead = (b: Bead) => `${side(b.pt)}-${side(b.en)} ${b.confidence.toFixed(3)} ${b.reason}`;

function render(name: string, pt: string, en: string, speakers: string[]): string {
  // Segmented as alignDocument does: a page-break repair stands where the other side agrees.
  const both = segmentBitext(pt, en, { speakers });
  const beads = alignSegments(both.pt.segments, both.en.segments);
  // Ten beads a line, so a diff points at the region that moved.
  const lines: string[] = [];
  for (let k = 0; k < beads.length; k += 10) lines.push(beads.slice(k, k + 10).map(bead).join(" | "));
  return `## ${name}\n${lines.join("\n")}\n`;
}

describe("the beads of alignSegments", () => {
  it("are the ones in __golden__/beads.txt", async () => {
    const out: string[] = [];
    for (const meta of listDocuments()) {
      const doc = getDocument(meta.id);
      if (doc.en) out.push(render(meta.id, doc.pt, doc.en, meta.speakers));
    }
    const docs = loadGold();
    for (const s of perturbedSets(docs, [1, 2])) out.push(render(s.name, s.pt, s.en, s.speakers));
    // Long enough that the band, not the document, bounds the work.
    // Forty lines of another interview inserted mid-way: the path leaves the anchor line, so the band widens.
    const host = getDocument("amodei-ai-unicorn");
    const lines = host.en.split(/\r?\n/);
    const half = Math.floor(lines.length / 2);
    const inserted = getDocument("altman-a16z-infrastructure").en.split(/\r?\n/).slice(5, 45);
    const en = [...lines.slice(0, half), ...inserted, ...lines.slice(half)].join("\n");
    out.push(render("amodei-ai-unicorn + 40 altman lines", host.pt, en, host.meta.speakers));
    const syn = synthetic(docs, 3000, 7);
    out.push(render("synthetic 3000", syn.pt, syn.en, []));
    await expect(out.join("\n")).toMatchFileSnapshot("./__golden__/beads.txt");
  }, 60_000);
});
