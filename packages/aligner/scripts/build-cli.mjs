// Builds the `alinha` command to JavaScript (dist/alinha.mjs), so it starts without a
// TypeScript compiler. exceljs and docx go into chunks of their own, loaded only by the
// commands that write XLSX/DOCX; the dictionaries stay outside the bundle (they read their
// .aff/.dic files next to their own module) and are loaded only by the commands that check.
// Then the Portuguese and English dictionaries are compiled once into dist/spellers/ (their
// rules and stem tables), which a checking command reads instead of working them out each start.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outExtension: { ".js": ".mjs" },
  external: ["dictionary-*"],
  // The CommonJS dependencies (exceljs, archiver) call require() for Node's own modules.
  banner: { js: `import { createRequire as __alinhaRequire } from "node:module"; const require = __alinhaRequire(import.meta.url);` },
  legalComments: "none",
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
