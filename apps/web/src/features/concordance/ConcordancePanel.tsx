import { useDeferredValue, useEffect, useMemo } from "react";
import type { ReviewController } from "../review/ReviewController.ts";
import type { Range } from "../text/findWords.ts";
import { findConcordance, MAX_HITS } from "./findConcordance.ts";
import { selectedText } from "./selectedText.ts";

/** Text with the found ranges marked; text nodes only, never HTML. */
function Marked({ text, ranges }: { text: string; ranges: Range[] }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(<mark key={i} className="concordance__hit">{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  out.push(text.slice(at));
  return <>{out}</>;
}

/**
 * Concordance: every other pair of the document holding the words, English beside
 * Portuguese, to see how a phrase was rendered before. Selecting words in the grid while
 * this view is open looks them up; Ctrl+Shift+F does so from anywhere.
 */
export function ConcordancePanel({ review }: { review: ReviewController }) {
  const { concordanceQuery: query, setConcordanceQuery, pairs, current } = review;
  const deferred = useDeferredValue(query);
  const { hits, total } = useMemo(() => findConcordance(pairs, deferred, current?.id), [pairs, deferred, current?.id]);

  useEffect(() => {
    function onMouseUp(event: MouseEvent) {
      if (!(event.target instanceof Element) || !event.target.closest("[data-testid=grid]")) return;
      const words = selectedText();
      if (words.length >= 2) setConcordanceQuery(words);
    }
    document.addEventListener("mouseup", onMouseUp);
    return () => document.removeEventListener("mouseup", onMouseUp);
  }, [setConcordanceQuery]);

  return (
    <section className="panel__section" data-testid="concordance">
      <input className="concordance__input" type="search" data-concordance-input placeholder="Words in English or Portuguese" aria-label="Concordance search"
        value={query} onChange={(e) => setConcordanceQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape" || e.key === "Enter") (document.querySelector("[data-testid=grid]") as HTMLElement | null)?.focus();
        }} />
      <p className="muted small">
        {deferred.trim().length < 2 ? "Select words in the grid, or type them, to see the other pairs that use them." : `${total} other ${total === 1 ? "pair" : "pairs"}${total > MAX_HITS ? `, first ${MAX_HITS} shown` : ""}`}
      </p>
      <ol className="concordance">
        {hits.map((hit) => (
          <li key={hit.pair.id}>
            <button className="link-button concordance__index" onClick={() => review.goTo(hit.pair.id)} title="Go to this pair">#{hit.pair.index + 1}</button>
            <p lang="en" className="concordance__en"><Marked text={hit.pair.enText} ranges={hit.en} /></p>
            <p lang="pt" className="concordance__pt"><Marked text={hit.pair.ptText} ranges={hit.pt} /></p>
          </li>
        ))}
      </ol>
    </section>
  );
}
