// The esbuild options the API ships with (`scripts/build.mjs`), shared with the benches so that
// they time the server as `pnpm start` runs it rather than as tsx compiles it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

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

/** Everything but the entry points and the output folder. */
export async function bundleOptions(apiDir) {
  const pkg = JSON.parse(await readFile(path.join(apiDir, "package.json"), "utf8"));
  return {
    absWorkingDir: apiDir,
    bundle: true,
    platform: "node",
    format: "esm",
    // Not "node20": esbuild then rewrites every regex literal with \p{…} as `new RegExp(…)` where it
    // stands, built again on each call in the checks' hot loops; Node 20 runs ES2023 as it is.
    target: "es2023",
    // The API's own npm dependencies stay in node_modules (native drivers, Prisma's runtime, data
    // packages read from disk); the workspace packages are bundled, and with them their own
    // dependencies (pure JavaScript), which apps/api could not resolve at run time.
    external: Object.keys(pkg.dependencies).filter((name) => !name.startsWith("@alinha/")).flatMap((name) => [name, `${name}/*`]),
    plugins: [sourceUrl],
    // Some bundled CommonJS-style code may call require().
    banner: { js: 'import { createRequire as __alinhaRequire } from "node:module"; const require = __alinhaRequire(import.meta.url);' },
    logLevel: "warning",
  };
}
