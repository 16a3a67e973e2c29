import type { FlagFamily } from "../../api/types.ts";
import { FAMILIES } from "./families.ts";

/** Small coloured chips, one per family that has flags, in triage order. */
export function FlagCounts({ counts }: { counts: Partial<Record<FlagFamily, number>> }) {
  const present = FAMILIES.filter(({ family }) => (counts[family] ?? 0) > 0);
  if (!present.length) return <span className="muted">No flags</span>;
  return (
    <ul className="flag-counts">
      {present.map(({ family, label }) => (
        <li key={family} className={`chip chip--${family}`} title={`${label}: ${counts[family]}`}>
          <span className="chip__dot" />
          {label} <b>{counts[family]}</b>
        </li>
      ))}
    </ul>
  );
}
