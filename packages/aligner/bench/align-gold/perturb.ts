import type { GoldBead, GoldFile } from "./gold-format.ts";

/** Mulberry32: a tiny seeded generator, so every run perturbs the same way. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One gold bead's text on each side, and whether a paragraph ends after it on each side. */
interface Piece { pt: string; en: string; ptPara: boolean; enPara: boolean }

/** Rates per bead of each perturbation. */
export const RATES = { deletePt: 0.03, deleteEn: 0.03, mergePt: 0.04, splitPt: 0.04, insertEn: 0.02, moveBreak: 0.05, replaceEn: 0.01 };

const endsParagraph = (text: string, end: number | undefined) => end !== undefined && /^\s*/u.exec(text.slice(end))![0].includes("\n");

function pieces(gold: GoldFile, pt: string, en: string): Piece[] {
  return gold.beads.map((b) => ({
    pt: b.ptText.replace(/\s*\n\s*/gu, " "),
    en: b.enText.replace(/\s*\n\s*/gu, " "),
    ptPara: endsParagraph(pt, b.pt?.[1]),
    enPara: endsParagraph(en, b.en?.[1]),
  }));
}

const isSentence = (text: string) => /[.!?…]["”)]?$/u.test(text) && !/:$/u.test(text);

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("pt") + s.slice(1);

/** A deleted sentence that closed its paragraph leaves the paragraph closed on the sentence before it. */
function keepBreak(out: Piece[], side: "pt" | "en"): void {
  for (let k = out.length - 1; k >= 0; k--) {
    if (!out[k]![side]) continue;
    if (side === "pt") out[k]!.ptPara = true;
    else out[k]!.enPara = true;
    return;
  }
}

/**
 * A perturbed copy of a gold document: sentences deleted on either side, two Portuguese
 * sentences merged into one (a 1-2 bead), one split in two (2-1), English sentences inserted
 * from elsewhere or put in place of the right one, paragraph breaks moved on the Portuguese side. Returns texts and gold.
 */
export function perturb(gold: GoldFile, pt: string, en: string, seed: number, donor: readonly string[]): { pt: string; en: string; gold: GoldBead[] } {
  const r = rng(seed);
  const src = pieces(gold, pt, en);
  const out: Piece[] = [];
  for (let k = 0; k < src.length; k++) {
    const p = { ...src[k]! };
    const next = src[k + 1];
    const x = r();
    let acc = RATES.deletePt;
    if (x < acc && p.en) {
      if (p.ptPara) keepBreak(out, "pt");
      p.pt = "";
    } else if (x < (acc += RATES.deleteEn) && p.pt) {
      if (p.enPara) keepBreak(out, "en");
      p.en = "";
    } else if (x < (acc += RATES.mergePt) && next && /[.!?]$/u.test(p.pt) && next.pt && next.en && !p.ptPara) {
      out.push({ pt: `${p.pt.slice(0, -1)}, ${lowerFirst(next.pt)}`, en: `${p.en} ${next.en}`.trim(), ptPara: next.ptPara, enPara: next.enPara });
      k++;
      continue;
    } else if (x < (acc += RATES.splitPt)) {
      const cut = p.pt.indexOf(", ", Math.floor(p.pt.length / 3));
      if (cut > 0 && cut < p.pt.length - 20) {
        const rest = p.pt.slice(cut + 2);
        p.pt = `${p.pt.slice(0, cut)}. ${rest.charAt(0).toLocaleUpperCase("pt")}${rest.slice(1)}`;
      }
    } else if (x < (acc += RATES.insertEn)) {
      out.push({ pt: "", en: donor[Math.floor(r() * donor.length)]!, ptPara: false, enPara: false });
    } else if (x < (acc += RATES.moveBreak)) {
      // Translation moves a break between two sentences; it never glues a speaker label or a
      // heading to the text after it (those stay on their own line in every draft we have).
      if (isSentence(p.pt) && next && isSentence(next.pt)) p.ptPara = !p.ptPara;
    } else if (x < acc + RATES.replaceEn && p.pt && p.en) {
      // The English beside a sentence is not its source (a wrong paste, a hallucinated
      // draft): the right answer is a 1-0 and a 0-1, however well the lengths fit.
      out.push({ pt: p.pt, en: "", ptPara: p.ptPara, enPara: false });
      p.pt = "";
      p.en = donor[Math.floor(r() * donor.length)]!;
      p.ptPara = false;
    }
    if (p.pt || p.en) out.push(p);
  }
  // Render both texts, recording each piece's ranges as the new gold. The English keeps the
  // original paragraphs: only the Portuguese breaks move.
  let ptOut = "";
  let enOut = "";
  const beads: GoldBead[] = [];
  out.forEach((p, k) => {
    const last = k === out.length - 1;
    const ptR: [number, number] | null = p.pt ? [ptOut.length, ptOut.length + p.pt.length] : null;
    if (p.pt) ptOut += p.pt + (last ? "\n" : p.ptPara ? "\n\n" : " ");
    const enR: [number, number] | null = p.en ? [enOut.length, enOut.length + p.en.length] : null;
    if (p.en) enOut += p.en + (last ? "\n" : p.enPara ? "\n\n" : " ");
    beads.push({ pt: ptR, en: enR, ptText: p.pt, enText: p.en });
  });
  return { pt: ptOut, en: enOut, gold: beads };
}
