// Prisma 6.19 with its WebAssembly engines through a driver adapter: nothing native is
// downloaded (see ../shared/docs/stack.md). DATABASE_URL's scheme picks the engine: file: (or
// unset) is SQLite through libSQL, postgresql:// is PostgreSQL (prisma/postgres/). The imports
// resolve through apps/api, which owns the Prisma dependencies.
import { DEFAULT_DATABASE_URL, defineConfig, migrationAdapter, schemaFor } from "./apps/api/src/db/migration-config.ts";

const url = process.env["DATABASE_URL"] || DEFAULT_DATABASE_URL;
const { schema, migrations } = schemaFor(url);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema,
  migrations: { path: migrations },
  async adapter() {
    return migrationAdapter(url);
  },
});
