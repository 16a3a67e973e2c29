import type { MemoryMatch } from "../../api/types.ts";
import { WordDiff } from "../diff/WordDiff.tsx";
import { SHOWN_MATCHES } from "./useMemoryMatches.ts";

/**
 * The best translation-memory matches beside the current pair: score, where it comes from, its
 * English with the differences from this pair's English marked (what to check after
 * inserting), and its Portuguese, each on a key (Ctrl+1..3).
 */
export function MemoryMatches({ enText, matches, onInsert }: { enText: string; matches: MemoryMatch[] | null; onInsert?: (n: number) => void }) {
  if (!matches?.length) return null;
  return (
    <ol className="memory-matches" data-testid="memory-matches" aria-label="Translation memory matches">
      {matches.slice(0, SHOWN_MATCHES).map((m, n) => (
        <li key={`${m.source}-${m.pairId ?? n}`} className="memory-match" data-score={m.score}>
          <span className={m.score >= 1 ? "memory-match__score memory-match__score--exact" : "memory-match__score"}>{Math.floor(m.score * 100)}%</span>
          <span className="memory-match__en" lang="en" title="The memory's English; marked where it differs from this pair's">
            <WordDiff before={enText} after={m.enText} />
          </span>
          <span className="memory-match__pt" lang="pt">{m.ptText}</span>
          <span className="memory-match__source muted small">{m.source === "documents" ? (m.status ?? "") : m.source}</span>
          {onInsert && (
            <button className="button button--small" onClick={() => onInsert(n)} aria-label={`Insert match ${n + 1}`}>
              <kbd>Ctrl+{n + 1}</kbd>
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
