import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";

// Plain factory, usable from scripts and tests; the app uses the singleton in lib/db.ts.
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl });
  return new PrismaClient({ adapter });
}

export type Db = PrismaClient;
export type { Prisma } from "@/generated/prisma/client";
/** The client inside db.$transaction(async (tx) => …). */
export type Tx = Prisma.TransactionClient;
