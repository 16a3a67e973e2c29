// Builds the `alinha` command to JavaScript (dist/alinha.mjs), so it starts without a
// TypeScript compiler. exceljs and docx go into chunks of their own, loaded only by the
// commands that write XLSX/DOCX; the dictionaries stay outside the bundle (they read their
// .aff/.dic files next to their own module) and are loaded only by the commands that check.
// Then the Portuguese and English dictionaries are compiled once into dist/spellers/ (their
// rules and stem tables), which a checking command reads instead of working them out each start.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
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

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "es2023",
  outExtension: { ".js": ".mjs" },
  external: ["dictionary-*"],
  // The CommonJS dependencies (exceljs, archiver) call require() for Node's own modules.
  banner: { js: `import { createRequire as __alinhaRequire } from "node:module"; const require = __alinhaRequire(import.meta.url);` },
  legalComments: "none",
  plugins: [startupPlugin],
  logLevel: "warning",
};

// Chunks are named by content hash: without a clean start, old ones pile up.
rmSync("dist", { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { alinha: "src/cli/run.ts" },
  splitting: true,
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  define: { ALINHA_VERSION: JSON.stringify(pkg.version) },
});

const compiler = "dist/compile-spellers.mjs";
await build({ ...common, entryPoints: ["src/cli/compile-spellers.ts"], outfile: compiler });
execFileSync(process.execPath, [compiler, "dist"], { stdio: "inherit" });
rmSync(compiler);
