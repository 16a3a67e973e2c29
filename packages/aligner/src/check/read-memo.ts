/**
 * A check's flags for one input, remembered with the input fields the check read to find them, and
 * given again for a later input whose fields it read hold the same values: a check is a function of
 * what it reads of the input (and of the check context, which the caller keeps the same), so it
 * would find the same flags there. The fields read are seen through a Proxy of the input, one per
 * check run, so an answer a helper keeps per input object (nameMatches) is never shared between two
 * checks' runs, where the second would not see what the first read.
 *
 * What it is for: the repetitions of one English that a confirmation fills with the same
 * Portuguese (the API's auto-fill) differ only in their neighbours, which few checks read.
 */
import type { CheckInput, Flag } from "../types.ts";

/** What a check learnt of the input: fields' values, whether fields are there, which fields are. */
interface Reads {
  values: Map<PropertyKey, unknown>;
  present: Map<PropertyKey, boolean>;
  keys?: string;
}

const keysOf = (input: object): string => Reflect.ownKeys(input).map(String).join("\u0000");

function agrees(reads: Reads, input: CheckInput): boolean {
  for (const [key, value] of reads.values) if (!Object.is(Reflect.get(input, key), value)) return false;
  for (const [key, value] of reads.present) if (Reflect.has(input, key) !== value) return false;
  return reads.keys === undefined || keysOf(input) === reads.keys;
}

interface Answer {
  reads: Reads;
  flags: readonly Flag[];
}

/** The input as a check sees it, with a record of what it read; `pure` turns false if it wrote to it. */
function watched(input: CheckInput): { view: CheckInput; reads: Reads; pure: () => boolean } {
  const reads: Reads = { values: new Map(), present: new Map() };
  let wrote = false;
  const view = new Proxy(input, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      reads.values.set(key, value);
      return value;
    },
    has(target, key) {
      const value = Reflect.has(target, key);
      reads.present.set(key, value);
      return value;
    },
    ownKeys(target) {
      reads.keys = keysOf(target);
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      reads.present.set(key, descriptor !== undefined);
      reads.values.set(key, descriptor?.value);
      return descriptor;
    },
    set(target, key, value) {
      wrote = true;
      return Reflect.set(target, key, value);
    },
    defineProperty(target, key, descriptor) {
      wrote = true;
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty(target, key) {
      wrote = true;
      return Reflect.deleteProperty(target, key);
    },
  });
  return { view, reads, pure: () => !wrote };
}

/** Per check, the answers found so far; keep one only while the check context stays the same. */
export class ReadMemo<C> {
  readonly #answers = new Map<C, Answer[]>();

  /** `run(input)` for `check`, or what an earlier run found on an input that agrees in everything the check read. */
  run(check: C, input: CheckInput, run: (input: CheckInput) => Flag[]): Flag[] {
    let answers = this.#answers.get(check);
    if (!answers) this.#answers.set(check, (answers = []));
    for (const answer of answers) {
      // The caller may change the flags it gets (their confidence): each gets copies.
      if (agrees(answer.reads, input)) return answer.flags.map((f) => ({ ...f }));
    }
    const { view, reads, pure } = watched(input);
    const flags = run(view);
    if (pure()) answers.push({ reads, flags: flags.map((f) => ({ ...f })) });
    return flags;
  }
}
