// `pnpm --filter @alinha/api build`: bundles the server, the job worker, setup and the alignment
// worker thread into dist/ with esbuild, so `start` and `worker` run plain JavaScript on Node (no
// TypeScript at run time). The workspace packages (aligner, corpus) and the generated Prisma
// clients are bundled in, whatever those packages export; the API's npm dependencies stay
// external (native drivers, Prisma's runtime). Files that find data beside their source (the corpus's
// texts, the repository root) keep pointing at it: their import.meta.url is their source's.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(await readFile(path.join(apiDir, "package.json"), "utf8"));

/** Modules whose import.meta.url must stay their source file's (they read files next to it). */
const KEEP_SOURCE_URL = [/packages[/\\]corpus[/\\]src[/\\]/, /apps[/\\]api[/\\]src[/\\]db[/\\]paths\.ts$/];

const sourceUrl = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!KEEP_SOURCE_URL.some((re) => re.test(args.path))) return undefined;
      const text = await readFile(args.path, "utf8");
      return { contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
    });
  },
};

await build({
  absWorkingDir: apiDir,
  entryPoints: { main: "src/main.ts", worker: "src/worker.ts", setup: "src/setup.ts", "align-worker": "src/api/jobs/align-worker.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  // Not "node20": esbuild then rewrites every regex literal with \p{…} as `new RegExp(…)` where it
  // stands, built again on each call in the checks' hot loops; Node 20 runs ES2023 as it is.
  target: "es2023",
  sourcemap: true,
  // The API's own npm dependencies stay in node_modules (native drivers, Prisma's runtime, data
  // packages read from disk); the workspace packages are bundled, and with them their own
  // dependencies (pure JavaScript), which apps/api could not resolve at run time.
  external: Object.keys(pkg.dependencies).filter((name) => !name.startsWith("@alinha/")).flatMap((name) => [name, `${name}/*`]),
  plugins: [sourceUrl],
  // Some bundled CommonJS-style code may call require().
  banner: { js: 'import { createRequire as __alinhaRequire } from "node:module"; const require = __alinhaRequire(import.meta.url);' },
  logLevel: "warning",
});
console.log("api: built dist/main.js, dist/worker.js, dist/setup.js, dist/align-worker.js");
