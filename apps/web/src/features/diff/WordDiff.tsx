import { diffWordsWithSpace } from "diff";
import { useMemo } from "react";

/**
 * Word-level changes from `before` to `after`. diffWordsWithSpace rather than diffWords so a
 * changed space (the "como um. enxame." repairs) shows too. Rendered as text nodes only.
 */
export function WordDiff({ before, after, className }: { before: string; after: string; className?: string }) {
  const parts = useMemo(() => diffWordsWithSpace(before, after), [before, after]);
  return (
    <span className={className ? `diff ${className}` : "diff"}>
      {parts.map((part, i) =>
        part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
      )}
    </span>
  );
}
