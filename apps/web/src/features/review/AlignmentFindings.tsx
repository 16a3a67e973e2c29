import type { DocumentSummary } from "../../api/types.ts";

/**
 * What the aligner says of the whole document (a long stretch one side lacks, a moved block,
 * an English that is not this text's original), above the pairs: hundreds of confident 1-0/0-1
 * pairs say it one by one, and nobody reads them that way.
 */
export function AlignmentFindings({ document }: { document: DocumentSummary | null }) {
  const findings = document?.alignmentFindings ?? [];
  if (findings.length === 0) return null;
  return (
    <section className="banner alignment-findings" role="note" aria-label="Alignment findings">
      <strong>About this alignment:</strong>
      <ul>
        {findings.map((f, k) => <li key={k} data-code={f.code}>{f.message}</li>)}
      </ul>
    </section>
  );
}
