/**
 * The checks of another revision beside this tree's, for same-process A/B benches: the base
 * revision's `src` is taken out of git and both are bundled as they ship (esbuild, dependencies
 * external), so neither pays tsx's per-module cost the other does not.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export type Engine = typeof import("../src/index.ts");

const root = fileURLToPath(new URL("..", import.meta.url));

/** `cacheName` keeps benches that may run at once out of each other's files (under node_modules, so the copies' bare imports resolve). */
export function engineCache(cacheName: string) {
  const cache = `${root}node_modules/.cache/${cacheName}`;
  const bundle = async (entry: string, name: string): Promise<Engine> => {
    const outfile = `${cache}/${name}.mjs`;
    await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "es2023", packages: "external", logLevel: "warning" });
    return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as Engine;
  };
  /** The revision's short name and the folder its `src` was written to. */
  const baseSource = (base: string): { rev: string; baseSrc: string } => {
    const baseSrc = `${cache}/base-src`;
    rmSync(baseSrc, { recursive: true, force: true });
    mkdirSync(baseSrc, { recursive: true });
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    const rev = git("rev-parse", "--short", base);
    const prefix = git("rev-parse", "--show-prefix");
    const top = git("rev-parse", "--show-toplevel");
    const tar = execFileSync("git", ["archive", "--format=tar", `${rev}:${prefix}src`], { cwd: top, maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", baseSrc], { input: tar });
    return { rev, baseSrc };
  };
  return { root, bundle, baseSource };
}
