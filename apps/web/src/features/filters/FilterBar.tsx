import type { FlagFamily } from "../../api/types.ts";
import { FAMILIES } from "../flags/families.ts";
import { STATUSES } from "../status/statuses.ts";
import { isFiltered, NO_FILTERS, type Filters, type StatusFilter } from "./filters.ts";

/** Status, flag family, low confidence and text search; the grid shows only what passes. */
export function FilterBar({ filters, onChange, shown, total }: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  shown: number;
  total: number;
}) {
  return (
    <div className="filters" role="search">
      <input
        className="filters__search"
        type="search"
        data-filter-search
        placeholder="Search English or Portuguese  /"
        aria-label="Search pairs"
        value={filters.search}
        onChange={(e) => onChange({ ...filters, search: e.target.value })}
        onKeyDown={(e) => {
          // Esc or Enter hands the keyboard back to the grid.
          if (e.key === "Escape" || e.key === "Enter") (document.querySelector("[data-testid=grid]") as HTMLElement | null)?.focus();
        }}
      />
      <select aria-label="Status" value={filters.status} onChange={(e) => onChange({ ...filters, status: e.target.value as StatusFilter })}>
        <option value="all">All statuses</option>
        <option value="needs-work">Needs work</option>
        {STATUSES.map((s) => <option key={s.status} value={s.status}>{s.label}</option>)}
      </select>
      <select aria-label="Flag family" value={filters.family} onChange={(e) => onChange({ ...filters, family: e.target.value as FlagFamily | "all" | "any" })}>
        <option value="all">Flagged or not</option>
        <option value="any">Any flag</option>
        {FAMILIES.map((f) => <option key={f.family} value={f.family}>{f.label}</option>)}
      </select>
      <label className="checkbox">
        <input type="checkbox" checked={filters.lowConfidence} onChange={(e) => onChange({ ...filters, lowConfidence: e.target.checked })} />
        Low confidence
      </label>
      <span className="filters__count" aria-live="polite">
        {isFiltered(filters) ? `${shown.toLocaleString("en")} of ${total.toLocaleString("en")} pairs` : `${total.toLocaleString("en")} pairs`}
      </span>
      {isFiltered(filters) && <button className="button button--ghost" onClick={() => onChange(NO_FILTERS)}>Clear filters</button>}
    </div>
  );
}
