/**
 * Answers kept for one checking pass over a document. The pair checks, then the document checks
 * (sentence starts, lower-case share, renderings) ask the same questions of the same texts: the
 * small per-text caches beside each helper hold a pair's few texts, not a document's, so a
 * document pass used to work everything out again. Inside `inDocumentPass` a `PassMemo` keeps
 * every answer, and forgets them all when the pass ends, so nothing outlives the check and a
 * second check of the same document starts cold, as the first did.
 */

let depth = 0;
const memos: PassMemo<unknown, unknown>[] = [];

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
export class PassMemo<K, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly limit = Infinity) {
    memos.push(this as PassMemo<unknown, unknown>);
  }

  get active(): boolean {
    return depth > 0;
  }

  get(key: K): V | undefined {
    return depth > 0 ? this.answers.get(key) : undefined;
  }

  /** Keeps the answer if a pass runs and the limit allows; says whether it did. */
  set(key: K, answer: V): boolean {
    if (depth === 0 || this.answers.size >= this.limit) return false;
    this.answers.set(key, answer);
    return true;
  }

  clear(): void {
    // Every single-pair check (each save on the server) ends a pass: most memos kept nothing, and
    // clearing an empty Map still gives it a new table.
    if (this.answers.size > 0) this.answers.clear();
  }
}

/**
 * Answers about an object (a pair, a text's words) in place of a WeakMap: during a document pass
 * in a Map, which the pass clears, since a WeakMap costs several times more for each new key and
 * a document pass brings hundreds of new pairs and word lists; outside a pass in a WeakMap.
 */
export class ObjectMemo<K extends object, V> {
  private readonly inPass = new PassMemo<K, V>();
  private readonly outside = new WeakMap<K, V>();

  get(key: K): V | undefined {
    return depth > 0 ? this.inPass.get(key) : this.outside.get(key);
  }

  set(key: K, answer: V): this {
    if (depth > 0) this.inPass.set(key, answer);
    else this.outside.set(key, answer);
    return this;
  }
}
