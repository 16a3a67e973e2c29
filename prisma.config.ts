// Prisma 6.19 with its WebAssembly engines through the libSQL driver adapter: nothing native is
// downloaded (see ../shared/docs/stack.md). The imports resolve through apps/api, which owns the
// Prisma dependencies.
import { defineConfig, migrationAdapter } from "./apps/api/src/db/migration-adapter.ts";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return migrationAdapter();
  },
});
