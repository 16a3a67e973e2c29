/** Which side of a pair a language tag belongs to, by its primary subtag (BCP 47: "pt-BR" → pt). */
export type Side = "en" | "pt";

export function sideOf(lang: string): Side | undefined {
  const primary = lang.split(/[-_]/)[0]?.toLowerCase();
  return primary === "en" || primary === "pt" ? primary : undefined;
}

export function sameLanguage(a: string, b: string): boolean {
  // Asked for every variant of every unit: most files write each tag one way throughout.
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/**
 * A file in another pair of languages can still be read (its source as the English side, its
 * target as the Portuguese), but the user is told, since checks and exports will assume those.
 */
export function languageWarnings(srcLang: string, trgLang: string): string[] {
  const warnings: string[] = [];
  if (sideOf(srcLang) !== "en") warnings.push(`unknown source language "${srcLang}": read as the English side`);
  if (trgLang === "") warnings.push("no target language given: the target is read as the Portuguese side");
  else if (sideOf(trgLang) !== "pt") warnings.push(`unknown target language "${trgLang}": read as the Portuguese side`);
  return warnings;
}
