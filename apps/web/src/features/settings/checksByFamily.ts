import { FAMILIES, familyLabel } from "../flags/families.ts";
import type { CheckInfo } from "./settingsApi.ts";

export interface CheckGroup {
  family: string;
  label: string;
  checks: CheckInfo[];
}

/**
 * The checks grouped by family in the order reviewers triage (flags/families.ts), each group in
 * the registry's order; a family the web app does not know yet goes last under its own name.
 */
export function checksByFamily(checks: readonly CheckInfo[]): CheckGroup[] {
  const rank = (family: string): number => {
    const at = FAMILIES.findIndex((f) => f.family === family);
    return at < 0 ? FAMILIES.length : at;
  };
  const groups = new Map<string, CheckInfo[]>();
  for (const check of checks) groups.set(check.family, [...(groups.get(check.family) ?? []), check]);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([family, list]) => ({ family, label: familyLabel(family), checks: list }));
}
