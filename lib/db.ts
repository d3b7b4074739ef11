import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/db/client";

// One client per server process; kept on globalThis so dev hot-reloads do not open new pools.
const globalForDb = globalThis as unknown as { albedoDb?: Db };

export function db(): Db {
  globalForDb.albedoDb ??= createPrismaClient(env().DATABASE_URL);
  return globalForDb.albedoDb;
}
