import { alignDocument } from "@alinha/aligner";
import { getDocument, listDocuments } from "@alinha/corpus";

/**
 * Aligns and checks the smallest built-in document once, before the server takes requests. The
 * first alignment in a fresh process runs unoptimised code and loads the checks' word lists,
 * which made the first real import about twice as slow as later ones.
 */
export function warmUp(): void {
  const [smallest] = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => a.pt.length - b.pt.length);
  if (smallest) alignDocument(smallest.pt, smallest.en || undefined, { speakers: smallest.meta.speakers });
}
