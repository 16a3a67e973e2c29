import { useMemo } from "react";
import type { Pair, Term } from "../../api/types.ts";
import { termsInPair, type TermState } from "./termsInPair.ts";

const STATE_TEXT: Record<TermState, string> = {
  ok: "used",
  case: "wrong case",
  missing: "missing",
  forbidden: "forbidden",
};

/**
 * The glossary entries of the current pair (a CAT tool's term pane): each term of the
 * English with the Portuguese form the glossary expects, and whether the Portuguese has it.
 * Reads the draft when there is one, so a fix turns the row green as it is typed.
 */
export function TermPanel({ pair, text, terms }: { pair: Pair; text: string; terms: readonly Term[] }) {
  const hits = useMemo(() => termsInPair(terms, pair.enText, text), [terms, pair.enText, text]);
  const problems = hits.filter((h) => h.state !== "ok").length;
  return (
    <section className="panel__section" data-testid="term-panel">
      <h3>Terms {hits.length > 0 && <span className={problems ? "count count--bad" : "count"}>{problems ? `${problems} to check` : hits.length}</span>}</h3>
      {!hits.length && <p className="muted small">No glossary term in this pair.</p>}
      <table className="term-table">
        <tbody>
          {hits.map((hit) => (
            <tr key={hit.term.id} className={`term-hit term-hit--${hit.state}`} data-state={hit.state}>
              <td className="term-hit__en" lang="en" title={hit.term.aliases?.length ? `Also: ${hit.term.aliases.join(", ")}` : undefined}>{hit.state === "forbidden" ? <s>{hit.term.term}</s> : hit.term.term}</td>
              <td className="term-hit__pt" lang="pt">{hit.expected ?? "—"}</td>
              <td className="term-hit__policy"><span className={`policy policy--${hit.term.policy}`}>{hit.term.policy}</span></td>
              <td className="term-hit__state">{STATE_TEXT[hit.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
