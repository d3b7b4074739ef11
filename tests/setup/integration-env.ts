// Runs in each integration worker before its test files: points DATABASE_URL at the run's throwaway
// database (from tests/setup/integration-db.ts) and supplies the secret lib/env.ts requires.
import { inject } from "vitest";
import { scriptVar, setScriptVar } from "../../scripts/lib/env.ts";

setScriptVar("DATABASE_URL", inject("databaseUrl"));
if (!scriptVar("AUTH_SECRET")) setScriptVar("AUTH_SECRET", "integration-tests-only-secret-0123456789");
