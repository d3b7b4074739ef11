import { scriptVar } from "../../scripts/lib/env.ts";
import { createPrismaClient } from "@/lib/db/client";
import { loadDemoData, seedDemo } from "./demo";

// Demo data is for evaluation and development; a production database must never receive it.
async function main() {
  if (scriptVar("NODE_ENV") === "production") {
    throw new Error("Refusing to load demo data with NODE_ENV=production.");
  }
  const url = scriptVar("DATABASE_URL");
  if (!url) throw new Error("DATABASE_URL is not set.");
  const db = createPrismaClient(url);
  try {
    const data = loadDemoData();
    await seedDemo(db, data);
    const accounts = data.organizations.reduce((n, o) => n + o.members.length, data.firm.consultants.length);
    console.log(`Demo data loaded: ${data.organizations.length} organisations, ${accounts} demo accounts.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Demo seed failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
