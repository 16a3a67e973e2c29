// A document's pairs checked in the background, results thrown away, before reviewers' saves need
// it: each save re-checks its pair in the document's context, and the first check of a document's
// pairs in a process pays for what the checks then remember (each new word's spelling answers, the
// name and casing indexes built from the document's context), about twice the CPU of the next
// check. Under the 50-reviewer load every API process paid that for the same pairs in the same
// first second, and those requests made the paced run's tail (bench/first-requests.ts,
// bench/load.ts). Warmed here in slices between requests instead: when a document is imported or
// re-aligned (an event from whichever process ran the job), opened, or a save reaches a part of
// it not yet warmed.
//
// Nothing here can serve a stale result: the checks' memos are keyed by the word and the speller,
// or by the very options and context objects a save is checked with (check-options.ts), so a term
// or settings change still takes effect as before; only the flags a save computes are stored.
import type { AppContext } from "../../app-context.ts";
import { LRUCache } from "lru-cache";
import { livePairsInContext } from "./pair-context.ts";
import { recheck } from "./recheck.ts";

/** Announced (db.changes) when a document's pairs were written anew: an import, a re-alignment. */
export const DOCUMENT_WRITTEN = "document-written";

/**
 * Pairs warmed at a time, by index: a reviewer works down a document, so a save at index i warms
 * the window it falls in (and the next when past its middle), never the whole document at once.
 */
const WINDOW = 100;
/** Windows warmed when a document is written or opened: where its review starts. */
const WINDOWS_AT_START = 2;
/** Pairs read in one statement: on SQLite's one connection a save waits for the whole read. */
const PAIRS_PER_READ = 25;
/** Check work between two yields to the event loop: a request waits at most about this long behind it. */
const SLICE_MS = 4;
/** Documents whose warmed windows are remembered (the ones being reviewed). */
const KEPT_DOCUMENTS = 64;

/** ALINHA_WARM_DOCUMENTS=0 turns the warm-up off (to compare, or to save a small server's CPU). */
export const documentWarmUpWanted = (): boolean => process.env["ALINHA_WARM_DOCUMENTS"] !== "0";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class DocumentWarmUp {
  /** Per document, the windows already warmed or queued. */
  readonly #windows = new LRUCache<string, Set<number>>({ max: KEPT_DOCUMENTS });
  readonly #queue: { documentId: string; window: number }[] = [];
  #running = false;
  #closed = false;
  readonly #unsubscribe: () => void;
  /** Pairs checked so far (for tests and benches). */
  checked = 0;

  constructor(private readonly ctx: AppContext) {
    this.#unsubscribe = ctx.db.changes.subscribe((topic, payload) => {
      if (topic !== DOCUMENT_WRITTEN || typeof payload["documentId"] !== "string") return;
      // Its pairs (and its context) are new: what was warmed of it before no longer says anything.
      this.#windows.delete(payload["documentId"]);
      this.opened(payload["documentId"]);
    });
  }

  /** A document was written or opened: its first pairs, where reviewers start. */
  opened(documentId: string, fromIndex = 0): void {
    const first = Math.floor(fromIndex / WINDOW);
    for (let w = first; w < first + WINDOWS_AT_START; w++) this.#want(documentId, w);
  }

  /** A save reached the pair at `index`: its window, and the next one once past the middle. Cheap: called on every save. */
  touched(documentId: string, index: number): void {
    const window = Math.floor(index / WINDOW);
    this.#want(documentId, window);
    if (index % WINDOW >= WINDOW / 2) this.#want(documentId, window + 1);
  }

  /** Resolves when everything queued so far is warmed (tests, benches). */
  async idle(): Promise<void> {
    while (this.#running || this.#queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  close(): void {
    this.#closed = true;
    this.#queue.length = 0;
    this.#unsubscribe();
  }

  #want(documentId: string, window: number): void {
    if (this.#closed) return;
    let windows = this.#windows.get(documentId);
    if (!windows) this.#windows.set(documentId, (windows = new Set()));
    if (windows.has(window)) return;
    windows.add(window);
    this.#queue.push({ documentId, window });
    if (!this.#running) void this.#run();
  }

  async #run(): Promise<void> {
    this.#running = true;
    try {
      // Never on the request that asked for it: the save answers first.
      await nextTurn();
      for (let job = this.#queue.shift(); job && !this.#closed; job = this.#queue.shift()) {
        try {
          await this.#warm(job.documentId, job.window);
        } catch (err) {
          // Only ever a warm-up: a document deleted meanwhile, a database closing. Saves pay for
          // the window themselves; it is not tried again.
          this.ctx.log?.(err, `warming document ${job.documentId}`);
        }
      }
    } finally {
      this.#running = false;
    }
  }

  async #warm(documentId: string, window: number): Promise<void> {
    for (let from = window * WINDOW; from < (window + 1) * WINDOW; from += PAIRS_PER_READ) {
      if (this.#closed) return;
      const pairs = await livePairsInContext(this.ctx, {
        sql: `p."documentId" = ? AND p."index" >= ? AND p."index" < ? AND p."ptText" <> ''`,
        args: [documentId, from, from + PAIRS_PER_READ],
      });
      let sliceStart = performance.now();
      for (const { row, context } of pairs) {
        if (this.#closed) return;
        recheck(context.around(row.ptText), context.options, row.flags);
        this.checked++;
        if (performance.now() - sliceStart >= SLICE_MS) {
          await nextTurn();
          sliceStart = performance.now();
        }
      }
      await nextTurn();
    }
  }
}
