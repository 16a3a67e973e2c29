import type { FlagFamily } from "../../api/types.ts";
import { FAMILIES } from "../flags/families.ts";
import { STATUSES } from "../status/statuses.ts";
import { isFiltered, NO_FILTERS, searchTest, type Filters, type SearchScope, type StatusFilter } from "./filters.ts";

/**
 * Status, flag families (one in the select, more in the menu beside it), low confidence,
 * comments, who changed it, memory matches, and a search (words or a regular expression, in
 * both languages or one); the grid shows only what passes.
 */
export function FilterBar({ filters, onChange, shown, total, authors }: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  shown: number;
  total: number;
  /** Everyone who last changed a pair of the document, for "changed by". */
  authors: readonly string[];
}) {
  const search = searchTest(filters);
  const toggleFamily = (family: FlagFamily) => onChange({
    ...filters,
    moreFamilies: filters.moreFamilies.includes(family) ? filters.moreFamilies.filter((f) => f !== family) : [...filters.moreFamilies, family],
  });
  return (
    <div className="filters" role="search">
      <input
        className="filters__search"
        type="search"
        data-filter-search
        placeholder={filters.regex ? "Regular expression  /" : "Search English or Portuguese  /"}
        aria-label="Search pairs"
        aria-invalid={"error" in search}
        title={"error" in search ? search.error : undefined}
        value={filters.search}
        onChange={(e) => onChange({ ...filters, search: e.target.value })}
        onKeyDown={(e) => {
          // Esc or Enter hands the keyboard back to the grid.
          if (e.key === "Escape" || e.key === "Enter") (document.querySelector("[data-testid=grid]") as HTMLElement | null)?.focus();
        }}
      />
      <select aria-label="Search in" value={filters.scope} onChange={(e) => onChange({ ...filters, scope: e.target.value as SearchScope })}>
        <option value="both">EN + PT</option>
        <option value="en">English</option>
        <option value="pt">Portuguese</option>
      </select>
      <label className="checkbox" title="Search with a regular expression (case-insensitive)">
        <input type="checkbox" checked={filters.regex} onChange={(e) => onChange({ ...filters, regex: e.target.checked })} />
        .*
      </label>
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
      <details className="filters__more">
        <summary aria-label="More flag families">+{filters.moreFamilies.length ? ` ${filters.moreFamilies.length}` : ""} families</summary>
        <div className="filters__menu" role="group" aria-label="More flag families">
          {FAMILIES.map((f) => (
            <label key={f.family} className="checkbox">
              <input type="checkbox" checked={filters.moreFamilies.includes(f.family)} onChange={() => toggleFamily(f.family)} aria-label={`Also ${f.label}`} />
              <span className={`chip chip--${f.family}`}><span className="chip__dot" />{f.label}</span>
            </label>
          ))}
        </div>
      </details>
      <label className="checkbox">
        <input type="checkbox" checked={filters.lowConfidence} onChange={(e) => onChange({ ...filters, lowConfidence: e.target.checked })} />
        Low confidence
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filters.hasComments} onChange={(e) => onChange({ ...filters, hasComments: e.target.checked })} />
        Has comments
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filters.memoryMatch} onChange={(e) => onChange({ ...filters, memoryMatch: e.target.checked })} />
        Memory match
      </label>
      <select aria-label="Changed by" value={filters.changedBy} onChange={(e) => onChange({ ...filters, changedBy: e.target.value })}>
        <option value="">Changed by anyone</option>
        {authors.map((a) => <option key={a} value={a}>{a}</option>)}
      </select>
      <span className="filters__count" aria-live="polite">
        {isFiltered(filters) ? `${shown.toLocaleString("en")} of ${total.toLocaleString("en")} pairs` : `${total.toLocaleString("en")} pairs`}
      </span>
      {isFiltered(filters) && <button className="button button--ghost" onClick={() => onChange(NO_FILTERS)}>Clear filters</button>}
    </div>
  );
}
