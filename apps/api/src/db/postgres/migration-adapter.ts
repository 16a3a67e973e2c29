import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { CatalogTextClient } from "./catalog-text-client.ts";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** host, port, user, password and database of a postgresql:// URL, as `pg` takes them apart. */
export function connectionParts(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.searchParams.get("host") ?? (decodeURIComponent(u.hostname) || undefined),
    port: u.port ? Number(u.port) : undefined,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || undefined,
  };
}

/**
 * The migration adapter for PostgreSQL (see shared stack notes): catalog columns read as text
 * (CatalogTextClient), and a shadow database that really is a separate database. The stock
 * `connectToShadowDb` spreads `database` into a config holding a connection string, which wins,
 * so the "shadow" was the real database; and it drops the shadow before closing its pool, which
 * PostgreSQL refuses while connections are open. Needs CREATEDB for `migrate dev`.
 */
export class PgMigrationAdapter extends PrismaPg {
  constructor(private readonly url: string) {
    super(new pg.Pool({ ...connectionParts(url), Client: CatalogTextClient }), { disposeExternalPool: true });
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const parts = connectionParts(this.url);
    const admin = new CatalogTextClient(parts);
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const pool = new pg.Pool({ ...parts, database, Client: CatalogTextClient });
    const shadow = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await dispose();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.end();
      }
    };
    return shadow;
  }
}
