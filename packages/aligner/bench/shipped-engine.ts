/**
 * The aligner as it ships: the API's and the CLI's esbuild bundles (target es2023). tsx compiles
 * for the running Node instead, and for Node targets esbuild rewrites every regex literal with
 * \p{…} into `new RegExp(…)` where it stands, built again on each call: a bench under tsx alone
 * measures a slower engine than users run. Built into node_modules/.cache, never committed.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

type Engine = typeof import("../src/index.ts");

export async function loadShippedEngine(): Promise<Engine> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const outDir = `${root}node_modules/.cache/alinha-bench`;
  mkdirSync(outDir, { recursive: true });
  const outfile = `${outDir}/engine.mjs`;
  await build({
    entryPoints: [`${root}src/index.ts`],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "es2023",
    packages: "external",
    logLevel: "warning",
  });
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as Engine;
}
