/**
 * The pair flags of the built-in corpus (three real machine translations), in the four modes the golden test
 * (src/check/corpus-flags.test.ts) renders, each with the confidence model's features and the hand-marked
 * artefacts (artefacts.gold.json) it lies on. The tune half is human translation; this is the only real
 * machine translation there is, so bench/fit-flag-confidence.ts keeps it out of the fit and holds the chosen
 * threshold to it: every artefact a mode flags must keep a flag the review screen shows.
 */
import { readFileSync } from "node:fs";
import { getDocument, listDocuments } from "@alinha/corpus";
import { alignDocument, checkDocument, checkInputs, checkPair, checks, flagFeatures, flaggedWordRepeats } from "../../src/index.ts";
import { GOLDEN_OPTIONS, goldenModes } from "../../src/check/golden-modes.ts";
import type { Flag } from "../../src/types.ts";
import type { GoldSpan } from "./build-gold.ts";

export type GoldenMode = "with English" | "Portuguese alone" | "without dictionaries or terms" | "checkPair one pair at a time";

export interface GoldenFlag {
  doc: string;
  mode: GoldenMode;
  code: string;
  text: string;
  /** Offsets into the document's Portuguese. */
  start: number;
  end: number;
  /** The confidence the product gave it (the coefficients in the tree when this ran). */
  confidence: number;
  features: Record<string, number>;
  /** Indexes into `goldSpans()` of the hand-marked artefacts the flag overlaps (empty: not on an artefact). */
  artefacts: number[];
}

export const goldSpans = (): GoldSpan[] =>
  (JSON.parse(readFileSync(new URL("./artefacts.gold.json", import.meta.url), "utf8")) as GoldSpan[]).filter((s) => s.scope !== "document");

/** As the golden test checks: the glossary and both dictionaries, or (the third mode) alignDocument's defaults. */
export function goldenFlags(): GoldenFlag[] {
  const gold = goldSpans();
  const on = (doc: string, start: number, end: number) => gold.flatMap((s, k) => (s.doc === doc && s.start < end && start < s.end ? [k] : []));
  const out: GoldenFlag[] = [];
  const push = (doc: string, mode: GoldenMode, f: Flag, base: number, features: Record<string, number>) =>
    out.push({ doc, mode, code: f.code, text: f.text, start: base + f.start, end: base + f.end, confidence: f.confidence!, features, artefacts: on(doc, base + f.start, base + f.end) });
  for (const meta of listDocuments()) {
    const doc = getDocument(meta.id);
    for (const [mode, english, check] of goldenModes(doc)) {
      // alignDocument's own pipeline, with the inputs kept so the features can be read.
      const result = alignDocument(doc.pt, english, { check: { ...check, disabled: checks.map((c) => c.id) }, speakers: meta.speakers });
      const inputs = checkInputs(result.pairs, english !== undefined, doc.pt);
      // Every pair flag the product weighed: those a finding of repeated text stands for too (the document shows
      // them once, as that finding; repeated-findings.ts), so the fit and the threshold see each artefact's flag.
      const found = checkDocument(inputs, check);
      const pairFlags = found.pairFlags.map((flags, k) => [...flags, ...found.repeatedOccurrences[k]!]);
      const repeats = flaggedWordRepeats(inputs, pairFlags);
      let lastEnd = 0;
      result.pairs.forEach((pair, k) => {
        const base = pair.pt[0]?.[0] ?? lastEnd;
        lastEnd = pair.pt[pair.pt.length - 1]?.[1] ?? lastEnd;
        for (const f of pairFlags[k] ?? []) push(meta.id, mode, f, base, flagFeatures(inputs[k]!, f, pairFlags[k]!, repeats));
        if (mode !== "with English") return;
        const alone = { pt: pair.ptText, en: pair.enText };
        const flags = checkPair(alone, GOLDEN_OPTIONS);
        for (const f of flags) push(meta.id, "checkPair one pair at a time", f, base, flagFeatures(alone, f, flags));
      });
    }
  }
  return out;
}
