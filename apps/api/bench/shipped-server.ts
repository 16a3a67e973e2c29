/**
 * The server and the job worker as `pnpm start` and `pnpm worker` run them: bundled by esbuild with
 * the API's own build options (es2023), not compiled by tsx. tsx targets the running Node, for which
 * esbuild rewrites every regex literal with \p{…} into `new RegExp(…)` built again on each call,
 * so a server under tsx spends more CPU per request than the one users run. Built into
 * node_modules/.cache, never committed.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
// @ts-expect-error: plain JavaScript module shared with scripts/build.mjs, no declarations
import { bundleOptions } from "../scripts/bundle-options.mjs";

export interface ShippedServer { serve: string; main: string; worker: string }

export async function buildShippedServer(): Promise<ShippedServer> {
  const apiDir = fileURLToPath(new URL("..", import.meta.url));
  const outdir = `${apiDir}node_modules/.cache/alinha-bench-server`;
  await build({
    ...(await bundleOptions(apiDir)),
    entryPoints: { serve: "bench/serve.ts", main: "src/main.ts", worker: "src/worker.ts", "align-worker": "src/api/jobs/align-worker.ts" },
    outdir,
  });
  return { serve: `${outdir}/serve.js`, main: `${outdir}/main.js`, worker: `${outdir}/worker.js` };
}

/** A server built earlier by buildShippedServer and copied elsewhere (`dir` holds its files). */
export function prebuiltServer(dir: string): ShippedServer {
  return { serve: `${dir}/serve.js`, main: `${dir}/main.js`, worker: `${dir}/worker.js` };
}
