// Runs in each integration worker before its test files: points DATABASE_URL at the run's throwaway
// database (from tests/setup/integration-db.ts) and supplies the secret lib/env.ts requires.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789";
