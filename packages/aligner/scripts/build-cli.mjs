// Builds the `alinha` command to JavaScript (dist/alinha.mjs), so it starts without a
// TypeScript compiler. exceljs and docx go into chunks of their own, loaded only by the
// commands that write XLSX/DOCX; the dictionaries stay outside the bundle (they read their
// .aff/.dic files next to their own module) and are loaded only by the commands that check.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: { alinha: "src/cli/run.ts" },
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  external: ["dictionary-*"],
  define: { ALINHA_VERSION: JSON.stringify(pkg.version) },
  // The CommonJS dependencies (exceljs, pofile) call require() for Node's own modules.
  banner: { js: `import { createRequire as __alinhaRequire } from "node:module"; const require = __alinhaRequire(import.meta.url);` },
  legalComments: "none",
  logLevel: "warning",
});
