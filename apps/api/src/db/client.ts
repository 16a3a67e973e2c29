import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;
/** The client handed to an interactive transaction's callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Opens the database. The libSQL adapter already runs one statement or transaction at a time
 * (it holds a mutex), so one connection is all it can use; keeping it to one also keeps the
 * per-connection pragmas below in force for every query.
 */
export async function openDatabase(url: string): Promise<PrismaClient> {
  const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url, concurrency: 1 }) });
  // WAL lets readers outside this process (backups, the CLI) work while the API writes.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // Another process (setup, the CLI) may hold the write lock for a moment.
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return prisma;
}
