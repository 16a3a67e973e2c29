// `pnpm start`: build the API (its Prisma clients first, so a pulled schema change never meets a stale
// client; then esbuild, to JavaScript) and the web app, set up the database
// (migrate, load the built-in corpus and demo users), then serve API + web on one port with
// plain Node. PORT and DATABASE_URL are honoured: file: (default ./data/alinha.db) for the
// embedded server, postgresql://… for the team server (then start `pnpm worker` too).
import { spawn, spawnSync } from "node:child_process";

const env = { ...process.env, ALINHA_DEMO: process.env.ALINHA_DEMO ?? "1" };

function step(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

step("API build", "pnpm", ["--filter", "@alinha/api", "run", "build"]);
step("Database and built-in corpus", "node", ["apps/api/dist/setup.js"]);
step("Web app build", "pnpm", ["--filter", "@alinha/web", "run", "build"]);

console.log(`\n▶ Starting Alinha on http://localhost:${env.PORT ?? 3000}`);
// Setup already ran above; the server would otherwise run it again before listening.
const server = spawn("node", ["apps/api/dist/main.js"], { stdio: "inherit", env: { ...env, ALINHA_SKIP_SETUP: "1" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
