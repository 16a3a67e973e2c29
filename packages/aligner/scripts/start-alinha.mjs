// The built `alinha` command's entry (copied to dist/alinha.mjs by build-cli.mjs): runs the
// command's CommonJS script (dist/alinha.cjs) with V8's code cache, so that a cold start does not
// parse and compile the whole bundle again. The cache is only a speed-up: V8 refuses one made by
// another Node version or other V8 flags (--cpu-prof, say), and the script is then compiled as
// usual. ALINHA_WRITE_CODE_CACHE=1 (the build sets it) writes the cache as the run ends.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

// V8's tiering is tuned for long-lived programs; a cold run of the command lasts well under a
// second, and in it V8's defaults spend about a third of the CPU time compiling:
// - every regular expression run twice is compiled twice: interpreted bytecode on its first
//   run, machine code on its second (regexp tier-up). The checks run a few hundred patterns,
//   each on many pairs, so each is compiled once, to machine code, on its first run instead;
// - TurboFan optimises, on background threads that count as CPU time, each function once it has
//   run 66 kB of bytecode: in a 150-pair run that is hundreds of functions that are done before
//   their optimised code would pay back. A budget 8 times that optimises only what runs long.
// On a 2,000-pair document and on converting a 50,000-unit TMX the CPU time is lower or the same
// (bench/cli-start.ts). Set before the script is compiled: the code cache is keyed on V8's flags,
// so the build's run, which makes the cache, goes through these same lines.
setFlagsFromString("--no-regexp-tier-up");
setFlagsFromString("--interrupt-budget=540672");

const file = fileURLToPath(new URL("alinha.cjs", import.meta.url));
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// Module.wrap's function, with one more parameter: how the script imports the writers' modules.
const wrapped = `(function (exports, require, module, __filename, __dirname, __alinhaImport) { ${readFileSync(file, "utf8")}\n})`;
const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
if (process.env.ALINHA_WRITE_CODE_CACHE === "1") process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
const module = { exports: {} };
const importWriter = (name) => import(new URL(`chunks/${name}.mjs`, import.meta.url).href);
script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file), importWriter);
