import type { Pair, Viewer } from "../../api/types.ts";

/** Who else is on this document, and on which pair (its position, as the grid numbers them). */
export function PresenceBar({ others, pairs }: { others: readonly Viewer[]; pairs: readonly Pair[] }) {
  if (!others.length) return null;
  const position = new Map(pairs.map((p) => [p.id, p.index + 1]));
  return (
    <div className="presence" role="status" aria-live="polite" data-testid="presence">
      <span className="presence__label">Also here:</span>
      {others.map((v) => (
        <span key={v.key} className={v.editing ? "presence__viewer presence__viewer--editing" : "presence__viewer"} data-viewer={v.displayName}>
          {v.displayName}
          {v.pairId && position.has(v.pairId) ? ` · ${v.editing ? "editing" : "on"} pair ${position.get(v.pairId)}` : ""}
        </span>
      ))}
    </div>
  );
}
