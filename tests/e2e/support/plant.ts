import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { ApiServer } from "./api-server.ts";
import { API_DIR } from "./paths.ts";

/**
 * Stores a whole-document finding as a check would, through the API's own database client:
 * the browser test of a bulk fix must not depend on which document checks exist today.
 */
export function plantDocumentFlag(api: ApiServer, documentId: string, flag: { code: string; family: string; severity: string; text: string; message: string; suggestion?: string }): void {
  const script = `
    import { openDatabase } from "./src/db/index.ts";
    const database = await openDatabase(process.env.DATABASE_URL);
    const db = database.prisma;
    const doc = await db.document.findUniqueOrThrow({ where: { id: process.env.DOC_ID } });
    const flags = [...JSON.parse(doc.documentFlags), { start: 0, end: 0, ...JSON.parse(process.env.FLAG) }];
    await db.document.update({ where: { id: doc.id }, data: { documentFlags: JSON.stringify(flags) } });
    await database.close();
  `;
  execFileSync(join(API_DIR, "node_modules/.bin/tsx"), ["--input-type=module", "-e", script], {
    cwd: API_DIR,
    env: { ...process.env, DATABASE_URL: api.databaseUrl, DOC_ID: documentId, FLAG: JSON.stringify(flag) },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
