// `pnpm --filter @alinha/api build`: bundles the server, the job worker, setup and the alignment
// worker thread into dist/ with esbuild, so `start` and `worker` run plain JavaScript on Node (no
// TypeScript at run time). The workspace packages (aligner, corpus) and the generated Prisma
// clients are bundled in, whatever those packages export; the API's npm dependencies stay
// external (native drivers, Prisma's runtime). Files that find data beside their source (the corpus's
// texts, the repository root) keep pointing at it: their import.meta.url is their source's.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { bundleOptions } from "./bundle-options.mjs";

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  ...(await bundleOptions(apiDir)),
  entryPoints: { main: "src/main.ts", worker: "src/worker.ts", setup: "src/setup.ts", "align-worker": "src/api/jobs/align-worker.ts" },
  outdir: "dist",
  sourcemap: true,
});
console.log("api: built dist/main.js, dist/worker.js, dist/setup.js, dist/align-worker.js");
