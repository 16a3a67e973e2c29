import type { Block } from "./split-blocks.ts";

/**
 * "Jordan Schneider: …" at the start of a turn, or "noé smith:" alone on its line: up to four
 * words of letters, then a colon. Numbers and long phrases are titles, not speakers.
 */
const LABEL = /^(\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,3}):(?=\s|$)/u;
/** A label must name someone who speaks more than once; one-off "Aviso Legal:" is prose. */
const MIN_TURNS = 2;
const MAX_LABEL_CHARS = 40;

export function labelAt(text: string, block: Block): string | undefined {
  const m = LABEL.exec(text.slice(block.start, Math.min(block.end, block.start + MAX_LABEL_CHARS + 1)));
  return m?.[1] && m[1].length <= MAX_LABEL_CHARS ? m[1] : undefined;
}

const key = (label: string) => label.normalize("NFC").toLocaleLowerCase("pt");

/** The labels that open at least two blocks, plus the known speakers' names. */
export function findSpeakerLabels(text: string, blocks: readonly Block[], known: readonly string[] = []): Set<string> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const label = labelAt(text, b);
    if (label) counts.set(key(label), (counts.get(key(label)) ?? 0) + 1);
  }
  const labels = new Set(known.map(key));
  for (const [label, n] of counts) if (n >= MIN_TURNS) labels.add(label);
  return labels;
}

/** End offset of the label (after its colon) when `block` opens a speaker's turn. */
export function speakerLabelEnd(text: string, block: Block, labels: ReadonlySet<string>): number | undefined {
  const label = labelAt(text, block);
  if (!label || !labels.has(key(label))) return undefined;
  return block.start + label.length + 1;
}
