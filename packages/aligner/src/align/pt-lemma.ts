/**
 * Forms to try when looking a Portuguese word up in the lexicon: the word, its singular, its
 * masculine. Verb inflections are handled by prefix lookup in the lexicon itself.
 */
export function ptLookupForms(folded: string): string[] {
  const forms = [folded];
  const singular = folded
    .replace(/(?:oes|aes)$/u, "ao")
    .replace(/ais$/u, "al")
    .replace(/eis$/u, "el")
    .replace(/ns$/u, "m")
    .replace(/([rzs])es$/u, "$1")
    .replace(/([aeiou])s$/u, "$1");
  if (singular !== folded) forms.push(singular);
  if (singular.endsWith("a") && singular.length > 3) forms.push(`${singular.slice(0, -1)}o`);
  return forms;
}
