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

interface Piece { pt: string; en: string; paraAfter: boolean }

/** Rates per bead of each perturbation. */
export const RATES = { deletePt: 0.03, deleteEn: 0.03, mergePt: 0.04, splitPt: 0.04, insertEn: 0.02, moveBreak: 0.05 };

function pieces(gold: GoldFile, pt: string, en: string): Piece[] {
  return gold.beads.map((b) => {
    const end = b.pt?.[1] ?? b.en?.[1] ?? 0;
    const text = b.pt ? pt : en;
    const gap = /^\s*/u.exec(text.slice(end))![0];
    return { pt: b.ptText.replace(/\s*\n\s*/gu, " "), en: b.enText.replace(/\s*\n\s*/gu, " "), paraAfter: gap.includes("\n") };
  });
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("pt") + s.slice(1);

/**
 * A perturbed copy of a gold document: sentences deleted on either side, two Portuguese
 * sentences merged into one (a 1-2 bead), one split in two (2-1), English sentences inserted
 * from elsewhere, paragraph breaks moved on the Portuguese side. Returns texts and gold.
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
    if (x < acc && p.en) p.pt = "";
    else if (x < (acc += RATES.deleteEn) && p.pt) p.en = "";
    else if (x < (acc += RATES.mergePt) && next && /[.!?]$/u.test(p.pt) && next.pt && next.en && !p.paraAfter) {
      out.push({ pt: `${p.pt.slice(0, -1)}, ${lowerFirst(next.pt)}`, en: `${p.en} ${next.en}`.trim(), paraAfter: next.paraAfter });
      k++;
      continue;
    } else if (x < (acc += RATES.splitPt)) {
      const cut = p.pt.indexOf(", ", Math.floor(p.pt.length / 3));
      if (cut > 0 && cut < p.pt.length - 20) {
        const rest = p.pt.slice(cut + 2);
        p.pt = `${p.pt.slice(0, cut)}. ${rest.charAt(0).toLocaleUpperCase("pt")}${rest.slice(1)}`;
      }
    } else if (x < (acc += RATES.insertEn)) {
      out.push({ pt: "", en: donor[Math.floor(r() * donor.length)]!, paraAfter: false });
    } else if (x < acc + RATES.moveBreak) p.paraAfter = !p.paraAfter;
    if (p.pt || p.en) out.push(p);
  }
  // Render both texts, recording each piece's ranges as the new gold.
  let ptOut = "";
  let enOut = "";
  const beads: GoldBead[] = [];
  out.forEach((p, k) => {
    const last = k === out.length - 1;
    const ptR: [number, number] | null = p.pt ? [ptOut.length, ptOut.length + p.pt.length] : null;
    if (p.pt) ptOut += p.pt + (last ? "\n" : p.paraAfter ? "\n\n" : " ");
    const enR: [number, number] | null = p.en ? [enOut.length, enOut.length + p.en.length] : null;
    // The English keeps the original paragraphs: only the Portuguese breaks move.
    if (p.en) enOut += p.en + (last ? "\n" : src.find((s) => s.en === p.en)?.paraAfter ? "\n\n" : " ");
    beads.push({ pt: ptR, en: enR, ptText: p.pt, enText: p.en });
  });
  return { pt: ptOut, en: enOut, gold: beads };
}
