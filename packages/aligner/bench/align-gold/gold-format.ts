/**
 * Gold alignments are stored by character range, not by segment index, so that they survive
 * changes to the segmenter: a segment belongs to the gold bead whose range holds its middle.
 */
export interface GoldBead {
  /** `[start, end)` into the Portuguese file, or null for an English-only bead. */
  pt: [number, number] | null;
  en: [number, number] | null;
  ptText: string;
  enText: string;
  /** Why a reviewer looked at this bead (non-1-1, length outlier); absent for plain 1-1s. */
  review?: string;
}

export interface GoldFile {
  doc: string;
  ptLength: number;
  enLength: number;
  beads: GoldBead[];
}
