// The built `alinha` command's entry (copied to dist/alinha.mjs by build-cli.mjs): runs the
// command's CommonJS script (dist/alinha.cjs) with V8's code cache, so that a cold start does not
// parse and compile the whole bundle again. The cache is only a speed-up: V8 refuses one made by
// another Node version or other V8 flags (--cpu-prof, say), and the script is then compiled as
// usual. ALINHA_WRITE_CODE_CACHE=1 (the build sets it) writes the cache as the run ends.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

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
