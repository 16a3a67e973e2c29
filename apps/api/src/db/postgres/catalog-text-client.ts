import pg from "pg";

/** PostgreSQL's catalog types `name` and `"char"`, which @prisma/adapter-pg 6.19 cannot read. */
const CATALOG_TEXT_OIDS = new Set([19, 18]);
const TEXT_OID = 25;

type Result = { fields?: { dataTypeID: number }[] } | { fields?: { dataTypeID: number }[] }[];

function asText<R>(result: R): R {
  for (const one of (Array.isArray(result) ? result : [result]) as Result[]) {
    for (const field of (one as { fields?: { dataTypeID: number }[] })?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * A `pg` client whose results report `name` and `"char"` columns as text. Prisma's schema engine
 * reads the catalog (migrate deploy, dev, diff against a database) and the adapter refuses those
 * two types ("Column type 'name' could not be deserialized"); their values are plain text anyway.
 * Used for migrations only; the app's own queries never select them.
 */
export class CatalogTextClient extends pg.Client {
  // pg's overloads (promise, callback, submittable) all go through here.
  override query(...args: unknown[]): any {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (err: unknown, res: unknown) => (callback as (e: unknown, r: unknown) => void)(err, err ? res : asText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result && typeof (result as Promise<unknown>).then === "function" ? (result as Promise<unknown>).then(asText) : result;
  }
}
