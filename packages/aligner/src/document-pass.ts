/**
 * Answers kept for one checking pass over a document. The pair checks, then the document checks
 * (sentence starts, lower-case share, renderings) ask the same questions of the same texts: the
 * small per-text caches beside each helper hold a pair's few texts, not a document's, so a
 * document pass used to work everything out again. Inside `inDocumentPass` a `PassMemo` keeps
 * every answer, and forgets them all when the pass ends, so nothing outlives the check and a
 * second check of the same document starts cold, as the first did.
 */

let depth = 0;
const memos: PassMemo<unknown>[] = [];

/** Runs `check` with every `PassMemo` keeping its answers until it returns. */
export function inDocumentPass<T>(check: () => T): T {
  depth++;
  try {
    return check();
  } finally {
    if (--depth === 0) for (const memo of memos) memo.clear();
  }
}

/**
 * Answers by text, kept only while a document pass runs; outside one it keeps nothing. With
 * `limit`, only the first that many answers of a pass are kept, for answers that take room.
 */
export class PassMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit = Infinity) {
    memos.push(this as PassMemo<unknown>);
  }

  get active(): boolean {
    return depth > 0;
  }

  get(text: string): V | undefined {
    return depth > 0 ? this.answers.get(text) : undefined;
  }

  set(text: string, answer: V): void {
    if (depth > 0 && this.answers.size < this.limit) this.answers.set(text, answer);
  }

  clear(): void {
    this.answers.clear();
  }
}
