/**
 * V8 settings for a Node process that runs the checks: the API and its job worker call this first thing
 * (the command line's entry, scripts/start-alinha.mjs, sets the same before it compiles its bundle).
 * Apart from the engine (`@alinha/aligner/node-flags`), which imports nothing of Node.
 */
import { setFlagsFromString } from "node:v8";

/**
 * By default V8 compiles a regular expression twice: to bytecode on its first run, then to machine code on its
 * second (regexp tier-up). The checks run a few hundred patterns, each on many pairs, so a process's first check
 * compiled nearly every one of them both ways. Compiled once, to machine code, on its first run: the first check
 * after start-up costs about a tenth less CPU (`bench/first-check.ts --api-flags`), and later checks nothing more,
 * since the patterns end up as machine code either way. V8 reads the setting when it compiles a pattern, on the
 * pattern's first run, so it holds for the patterns the modules imported before the call have made.
 */
export function compileRegExpsOnce(): void {
  setFlagsFromString("--no-regexp-tier-up");
}
