// Builds the `alinha` command to JavaScript, so it starts without a TypeScript compiler:
// - dist/alinha.cjs, the command as one CommonJS script, and dist/alinha.mjs, which runs it
//   through V8's code cache (dist/alinha.cjs.cache, made here by one run on a sample): a cold
//   start then skips parsing and compiling most of the bundle (~50 ms of ~0.7 s). An ES module
//   cannot use a code cache on Node 20, hence the script.
// - dist/chunks/write-{xlsx,docx}.mjs: exceljs and docx, ES modules loaded only by the commands
//   that write XLSX/DOCX. A vm script has no import(): in it each writer module is a stand-in
//   whose functions ask the entry (dist/alinha.mjs, an ES module) to import the real one.
// - dist/spellers/: the Portuguese and English dictionaries compiled once (rules, stem tables,
//   text), which a checking command reads instead of working them out each start. The
//   dictionaries' own files are read from their packages (spellers.ts), only by commands that check.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/**
 * Start-up work a command does not need, cut at build time (a cold `align` is mostly loading):
 * - franc builds a trigram table of every language it knows (over 400) when it is loaded, ~30 ms;
 *   the one check that calls it asks only among a few (src/check/untranslated/franc-languages.json),
 *   so the built command keeps those languages' tables alone (every script stays, emptied of the
 *   rest, so franc answers exactly as with all of them for those languages).
 * - Big JSON (the alignment lexicon, 300 kB) goes in as JSON.parse of a string, which V8 reads
 *   several times faster than the same data written as an object literal.
 */
const francLanguages = new Set(JSON.parse(readFileSync(new URL("../src/check/untranslated/franc-languages.json", import.meta.url), "utf8")));
const BIG_JSON = 16 * 1024;

const SAMPLE_PT = `Jordan Schneider: Bem-vindos ao ChinaTalk. Hoje falamos de inteligência artificial com Nathan Lambert.

Nathan Lambert: Obrigado. O modelo o3 custa 20 dólares por mês, e a OpenAI lançou-o em 2025.

Jordan Schneider: Os custos de P&D subiram 5%, disse Noah Smith. Estamos a utilizar novos modelos de negócio.`;
const SAMPLE_EN = `Jordan Schneider: Welcome to ChinaTalk. Today we talk about artificial intelligence with Nathan Lambert.

Nathan Lambert: Thank you. The o3 model costs 20 dollars a month, and OpenAI released it in 2025.

Jordan Schneider: R&D costs rose 5%, said Noah Smith. We are using new business models.`;
const startupPlugin = {
  name: "alinha-startup",
  setup(b) {
    b.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
      const { data } = await import(pathToFileURL(args.path).href);
      const kept = Object.fromEntries(
        Object.entries(data).map(([script, languages]) => [script, Object.fromEntries(Object.entries(languages).filter(([name]) => francLanguages.has(name)))]),
      );
      return { contents: `export const data = JSON.parse(${JSON.stringify(JSON.stringify(kept))});`, loader: "js" };
    });
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (text.length < BIG_JSON) return undefined;
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: "js" };
    });
  },
};

/** The writers of binary formats, each a module of its own that the command imports when asked. */
const WRITERS = { "write-xlsx": "src/bitext/write-xlsx.ts", "write-docx": "src/bitext/write-docx.ts" };
/** Stand-ins for the writers in the script: each exported function imports the real module (`__alinhaImport`, start-alinha.mjs). */
const writersPlugin = (exportsOf) => ({
  name: "alinha-writers",
  setup(b) {
    b.onResolve({ filter: /^\.\/write-(xlsx|docx)\.ts$/ }, (args) => ({ path: args.path.slice(2, -3), namespace: "alinha-writer" }));
    b.onLoad({ filter: /.*/, namespace: "alinha-writer" }, (args) => ({
      contents: exportsOf[args.path].map((name) => `export const ${name} = async (...a) => (await __alinhaImport(${JSON.stringify(args.path)})).${name}(...a);`).join("\n"),
      loader: "js",
    }));
  },
});

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const common = {
  bundle: true,
  platform: "node",
  // es2023, not "node20": for node targets esbuild rewrites regex literals with \p{…} into
  // `new RegExp(…)`, made again on every call of the function that holds them.
  target: "es2023",
  external: ["dictionary-*"],
  legalComments: "none",
  logLevel: "warning",
};
/** The CommonJS builds: `import.meta.url` (spellers.ts finds the dictionaries by it) becomes the script's own URL. */
const commonJs = {
  ...common,
  format: "cjs",
  define: { ALINHA_VERSION: JSON.stringify(pkg.version), "import.meta.url": "__alinhaUrl" },
  banner: { js: `const __alinhaUrl = require("node:url").pathToFileURL(__filename).href;` },
};

/** ES module builds: exceljs and archiver are CommonJS and call require() for Node's own modules. */
const esm = {
  ...common,
  format: "esm",
  outExtension: { ".js": ".mjs" },
  plugins: [startupPlugin],
  banner: { js: `import { createRequire as __alinhaRequire } from "node:module"; const require = __alinhaRequire(import.meta.url);` },
};

rmSync("dist", { recursive: true, force: true });
const writers = await build({ ...esm, entryPoints: WRITERS, outdir: "dist/chunks", metafile: true });
const exportsOf = Object.fromEntries(Object.values(writers.metafile.outputs).filter((o) => o.entryPoint).map((o) => [Object.keys(WRITERS).find((k) => WRITERS[k] === o.entryPoint), o.exports]));
await build({ ...commonJs, entryPoints: ["src/cli/run.ts"], outfile: "dist/alinha.cjs", plugins: [startupPlugin, writersPlugin(exportsOf)] });
writeFileSync("dist/alinha.mjs", readFileSync(new URL("start-alinha.mjs", import.meta.url)));

const compiler = "dist/compile-spellers.mjs";
await build({ ...esm, entryPoints: ["src/cli/compile-spellers.ts"], outfile: compiler });
execFileSync(process.execPath, [compiler, "dist"], { stdio: "inherit" });
rmSync(compiler);

// The code cache, from one run of `align` on a short sample (English and Portuguese, so that the
// alignment and most checks run): V8 saves the bytecode of every function compiled by then.
const sample = mkdtempSync(join(tmpdir(), "alinha-build-"));
writeFileSync(join(sample, "pt.txt"), SAMPLE_PT);
writeFileSync(join(sample, "en.txt"), SAMPLE_EN);
// Only a speed-up: if that run fails, the command still works (and the failure shows).
try {
  execFileSync(process.execPath, ["dist/alinha.mjs", "align", join(sample, "pt.txt"), join(sample, "en.txt")], { env: { ...process.env, ALINHA_WRITE_CODE_CACHE: "1" }, stdio: ["ignore", "ignore", "inherit"] });
} catch (e) {
  rmSync("dist/alinha.cjs.cache", { force: true });
  console.warn(`alinha build: no code cache (the sample run failed: ${e.message}); the command starts without it`);
}
rmSync(sample, { recursive: true, force: true });
