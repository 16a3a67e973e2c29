/**
 * The gold checker: proposes a gold alignment for each built-in document and prints every
 * bead a human must look at (not 1-1, or lengths far apart). The English drafts are
 * paragraph-parallel, so the proposal aligns paragraphs by length, then sentences inside a
 * paragraph one to one when the counts agree, and by length (Gale–Church) when they do not.
 * Reviewed fixes live in gold/corrections.json and are applied here, so the gold is always
 * regenerated, never edited by hand.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/align-gold/make-gold.ts [--print]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDocument, listDocuments } from "@alinha/corpus";
import { lengthZ } from "../../src/align/length-cost.ts";
import { segmentText } from "../../src/segment/index.ts";
import type { Segment } from "../../src/types.ts";
import { galeChurch } from "./gale-church.ts";
import type { GoldBead, GoldFile } from "./gold-format.ts";

const goldDir = new URL("../../gold/", import.meta.url);
const RATIO = 0.92;
/** Length z beyond which a 1-1 gets a second look. */
const DOUBTFUL_Z = 2.5;

interface Correction {
  doc: string;
  /** The proposal's beads whose Portuguese starts with `ptStartsWith` … */
  ptStartsWith: string;
  /** … are fixed: "merge-next" joins it with the next bead; "detach-pt-head" cuts the Portuguese after `ptEndsHead` into a bead with no English. */
  action: "merge-next" | "detach-pt-head" | "detach-pt-tail";
  ptEndsHead?: string;
  note: string;
}

function range(segs: Segment[]): [number, number] | null {
  return segs.length ? [segs[0]!.start, segs[segs.length - 1]!.end] : null;
}

function propose(id: string): GoldBead[] {
  const d = getDocument(id);
  const a = segmentText(d.pt, { lang: "pt", speakers: d.meta.speakers });
  const b = segmentText(d.en, { lang: "en", speakers: d.meta.speakers });
  const byPara = (segs: Segment[], k: number) => segs.filter((s) => s.paragraph === k);
  const paraBeads = galeChurch(
    a.paragraphs.map((p) => p.end - p.start),
    b.paragraphs.map((p) => p.end - p.start),
    RATIO,
  );
  const beads: GoldBead[] = [];
  const push = (ps: Segment[], es: Segment[], review?: string) => {
    const pt = range(ps);
    const en = range(es);
    const bead: GoldBead = { pt, en, ptText: pt ? d.pt.slice(...pt) : "", enText: en ? d.en.slice(...en) : "" };
    const z = ps.length && es.length ? lengthZ(bead.ptText.length, bead.enText.length, RATIO) : 0;
    const why = review ?? (ps.length !== 1 || es.length !== 1 ? `${ps.length}-${es.length}` : z > DOUBTFUL_Z ? `length z=${z.toFixed(1)}` : undefined);
    if (why) bead.review = why;
    beads.push(bead);
  };
  for (const pb of paraBeads) {
    const ps = pb.pt.flatMap((k) => byPara(a.segments, k));
    const es = pb.en.flatMap((k) => byPara(b.segments, k));
    if (ps.length === es.length && pb.pt.length === 1 && pb.en.length === 1) {
      ps.forEach((s, k) => push([s], [es[k]!]));
      continue;
    }
    const inner = galeChurch(ps.map((s) => s.text.length), es.map((s) => s.text.length), RATIO);
    for (const ib of inner) push(ib.pt.map((k) => ps[k]!), ib.en.map((k) => es[k]!), `paragraph ${pb.pt.length}-${pb.en.length}, sentences ${ps.length}-${es.length}`);
  }
  return beads;
}

function applyCorrections(id: string, beads: GoldBead[], corrections: Correction[], pt: string, en: string): GoldBead[] {
  for (const c of corrections.filter((x) => x.doc === id)) {
    const k = beads.findIndex((g) => g.ptText.startsWith(c.ptStartsWith));
    if (k < 0) throw new Error(`${id}: correction target not found: ${c.ptStartsWith}`);
    const g = beads[k]!;
    if (c.action === "merge-next") {
      const next = beads[k + 1]!;
      const ptR = g.pt && next.pt ? [g.pt[0], next.pt[1]] as [number, number] : g.pt ?? next.pt;
      const enR = g.en && next.en ? [g.en[0], next.en[1]] as [number, number] : g.en ?? next.en;
      beads.splice(k, 2, { pt: ptR, en: enR, ptText: ptR ? pt.slice(...ptR) : "", enText: enR ? en.slice(...enR) : "", review: `corrected: ${c.note}` });
    } else if (c.action === "detach-pt-tail") {
      // Page furniture after the text: the Portuguese after `ptEndsHead` has no English.
      const r = g.pt!;
      const cut = r[0] + g.ptText.indexOf(c.ptEndsHead!) + c.ptEndsHead!.length;
      const rest = cut + pt.slice(cut).search(/\S/u);
      beads.splice(k, 1,
        { ...g, pt: [r[0], cut], ptText: pt.slice(r[0], cut), review: `corrected: ${c.note}` },
        { pt: [rest, r[1]], en: null, ptText: pt.slice(rest, r[1]), enText: "", review: `corrected: ${c.note}` });
    } else {
      // Detach the first Portuguese sentence (page furniture before the text) as a bead of its own.
      const r = g.pt!;
      const cut = r[0] + g.ptText.indexOf(c.ptEndsHead!) + c.ptEndsHead!.length;
      const rest = cut + pt.slice(cut).search(/\S/u);
      beads.splice(k, 1,
        { pt: [r[0], cut], en: null, ptText: pt.slice(r[0], cut), enText: "", review: `corrected: ${c.note}` },
        { ...g, pt: [rest, r[1]], ptText: pt.slice(rest, r[1]), review: `corrected: ${c.note}` });
    }
  }
  return beads;
}

const corrections = JSON.parse(readFileSync(new URL("corrections.json", goldDir), "utf8")) as Correction[];
for (const meta of listDocuments()) {
  const d = getDocument(meta.id);
  if (!d.en) continue;
  const beads = applyCorrections(meta.id, propose(meta.id), corrections, d.pt, d.en);
  const gold: GoldFile = { doc: meta.id, ptLength: d.pt.length, enLength: d.en.length, beads };
  writeFileSync(fileURLToPath(new URL(`${meta.id}.json`, goldDir)), `${JSON.stringify(gold, null, 1)}\n`);
  const flagged = beads.filter((g) => g.review);
  console.log(`${meta.id}: ${beads.length} beads, ${flagged.length} reviewed`);
  if (process.argv.includes("--print")) {
    for (const g of flagged) console.log(`  [${g.review}]\n    PT: ${g.ptText.replace(/\s+/gu, " ")}\n    EN: ${g.enText.replace(/\s+/gu, " ")}`);
  }
}
