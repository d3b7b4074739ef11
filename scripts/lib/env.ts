// The one place scripts (start wrapper, migrations, seed, factor CLI, test harness) read the environment.
// The app itself reads lib/env.ts. Read on every call: tests and the start wrapper set variables as they go.

/** A variable's value, or undefined when unset or empty. */
export function scriptVar(name: ScriptVar): string | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
}

/** Sets a variable for this process and the children it starts afterwards (test harness, start wrapper). */
export function setScriptVar(name: ScriptVar, value: string): void {
  (process.env as Record<string, string>)[name] = value;
}

/** The whole environment plus overrides, for a child process. */
export function childEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** Every variable a script reads; see .env.example and README for their meaning. */
export type ScriptVar =
  | "DATABASE_URL"
  | "AUTH_SECRET"
  | "API_RATE_LIMIT_PER_MINUTE"
  | "APP_URL"
  | "PORT"
  | "NODE_ENV"
  | "ALBEDO_DEMO_DATA"
  | "TRUST_PROXY"
  | "ALBEDO_CLIENT_ADDRESS_HEADER"
  | "ALBEDO_PG_DATA"
  | "ALBEDO_PG_PORT"
  | "ALBEDO_TEST_PG_DATA"
  | "ALBEDO_TEST_PG_PORT"
  | "ALBEDO_DB_DEBUG"
  | "E2E_PORT"
  | "E2E_PG_PORT"
  | "E2E_BOAVIZTAPI_PORT"
  | "BOAVIZTAPI_URL"
  | "CI"
  | "CHROMIUM_PATH"
  | "npm_config_rolled_back";
