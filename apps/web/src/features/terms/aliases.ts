/** The API's bounds on aliases (contract: 1-200 characters each, at most 50). */
const MAX_ALIASES = 50;
const MAX_LENGTH = 200;

/**
 * The aliases an editor typed as one comma-separated field ("Altman, Sam A."). Blank and
 * repeated entries are dropped, so a stray comma or a double entry is not a 422 from the API.
 */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(",")) {
    const alias = part.trim().slice(0, MAX_LENGTH);
    if (alias) seen.add(alias);
  }
  return [...seen].slice(0, MAX_ALIASES);
}

export function formatAliases(aliases: readonly string[] | undefined): string {
  return (aliases ?? []).join(", ");
}
