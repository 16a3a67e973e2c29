import german from "./german-words.json" with { type: "json" };
import spanish from "./spanish-words.json" with { type: "json" };

/** The third languages whose frequent words are listed word by word. */
export type ListedLanguage = "Spanish" | "German";

// Spanish first: no word is in both lists today, and Spanish leaks are the likelier in
// machine-translated Portuguese (the engines' nearest neighbour).
const LANGUAGE = new Map<string, ListedLanguage>([
  ...spanish.words.map((w) => [w, "Spanish"] as const),
  ...german.words.filter((w) => !spanish.words.includes(w)).map((w) => [w, "German"] as const),
]);

/**
 * The language a lower-case word is one of the frequent words of: "hoy" → Spanish, "nicht" →
 * German. Frequent words have no tell-tale spelling, so only a list catches them; whether the
 * word is also Portuguese is for the caller's dictionary to say.
 */
export function listedLanguageOf(lower: string): ListedLanguage | undefined {
  return LANGUAGE.get(lower);
}
