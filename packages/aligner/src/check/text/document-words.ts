/**
 * Words a document teaches about itself (its code names, its examples' commands), learned by one scan of its inputs:
 * the document pass and every check that asks get the same list, and a save's `checkPair` gets it from the stored
 * document context.
 */
type Inputs = readonly { pt: string }[];

/** `learn`, run once per document's inputs (the same array asked again gets the same list). */
export function learnedOnce(learn: (inputs: Inputs) => Iterable<string>): (inputs: Inputs) => string[] {
  const learned = new WeakMap<Inputs, string[]>();
  return (inputs) => {
    let words = learned.get(inputs);
    if (!words) learned.set(inputs, (words = [...learn(inputs)]));
    return words;
  };
}

const wordSets = new WeakMap<readonly string[], Set<string>>();
/** Whether the word is in such a list (a Set per list, made once: the list comes from the context as an array). */
export function inDocumentWords(words: readonly string[] | undefined, word: string): boolean {
  if (!words?.length) return false;
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new Set(words)));
  return set.has(word);
}
