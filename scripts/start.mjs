// `pnpm start`: migrate the embedded database, load the built-in corpus and demo users, build
// the web app, then serve API + web on one port. PORT and DATABASE_URL are honoured.
import { spawn, spawnSync } from "node:child_process";

const env = { ...process.env, ALINHA_DEMO: process.env.ALINHA_DEMO ?? "1" };

function step(label, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync("pnpm", args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

step("Database and built-in corpus", ["--filter", "@alinha/api", "run", "setup"]);
step("Web app build", ["--filter", "@alinha/web", "run", "build"]);

console.log(`\n▶ Starting Alinha on http://localhost:${env.PORT ?? 3000}`);
// Setup already ran above; the server would otherwise run it again before listening.
const server = spawn("pnpm", ["--filter", "@alinha/api", "run", "start"], {
  stdio: "inherit",
  env: { ...env, ALINHA_SKIP_SETUP: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
