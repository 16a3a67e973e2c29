// `pnpm --filter @alinha/api run setup`: migrate the database and load the built-in corpus.
import { isProduction } from "./api/auth/demo-accounts.ts";
import { databaseUrl } from "./db/paths.ts";
import { setupDatabase } from "./db/setup-database.ts";

const url = databaseUrl();
const report = await setupDatabase(url);
console.log(
  `alinha setup: ${url}; terms added: ${report.terms}; documents added: ${report.documents.join(", ") || "none"}; users added: ${report.users.join(", ") || "none"}; documents re-checked: ${report.rechecked.length}`,
);
if (process.env["ALINHA_DEMO"] === "1" && isProduction()) {
  console.log("alinha setup: NODE_ENV=production: ALINHA_DEMO is ignored, no demo account is created.");
}
if ((process.env["ALINHA_DEMO"] !== "1" || isProduction()) && !(process.env["ALINHA_ADMIN_USER"] && process.env["ALINHA_ADMIN_PASSWORD"])) {
  console.log("alinha setup: outside the demo, set ALINHA_ADMIN_USER and ALINHA_ADMIN_PASSWORD to create the first admin.");
}
