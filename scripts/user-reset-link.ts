// npm run user:reset-link -- <email>
// For the server administrator when no e-mail is configured and someone (typically a locked-out owner)
// cannot sign in: prints a single-use password-reset link, valid for one hour, to pass on by hand.
// Without DATABASE_URL it uses the embedded PostgreSQL, attaching to it if the app is running.
import { scriptVar } from "./lib/env.ts";
import { cleanupOnSignals, openDatabase } from "./lib/database.ts";
import { createPrismaClient } from "@/lib/db/client";
import { createServerAdminReset } from "@/lib/password-reset/server-admin";

async function main(): Promise<number> {
  const email = process.argv[2];
  if (!email || process.argv.length > 3) {
    console.error("Usage: npm run user:reset-link -- <email>");
    return 2;
  }
  const base = (scriptVar("APP_URL") ?? `http://localhost:${scriptVar("PORT") ?? "3000"}`).replace(/\/+$/, "");
  const handle = await openDatabase({ log: () => undefined, createIfMissing: false });
  const unsubscribe = cleanupOnSignals(() => handle.close());
  const db = createPrismaClient(handle.url);
  try {
    const reset = await createServerAdminReset(db, email);
    if (!reset) {
      console.error(`No account uses the address ${email}.`);
      return 1;
    }
    console.log(`Password-reset link for ${email} (single use, valid until ${reset.expiresAt.toISOString()}):`);
    console.log(`${base}/reset-password/${reset.token}`);
    console.log("Using it signs the account out of every session. Pass it on through a channel you trust.");
    return 0;
  } finally {
    await db.$disconnect();
    await handle.close();
    unsubscribe();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("user:reset-link failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
