import { z } from "zod";

// The one place that reads process.env. Parsed lazily so `next build` works without a database.
const ZEnvFields = z.object({
  DATABASE_URL: z.string().url(),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters"),
  // Public base URL of the links the app hands out (invitations); required in production.
  APP_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  // Failures one client address (an IPv6 /64) may make across all accounts within the window.
  LOGIN_CLIENT_MAX_FAILURES: z.coerce.number().int().positive().default(20),
  INVITATION_TTL_DAYS: z.coerce.number().int().positive().default(7),
  // Public REST API (/api/v1): requests one token may make per minute (counted in PostgreSQL).
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().max(100_000).default(600),
  // Reverse proxies in front of the app that append to X-Forwarded-For (0 = none: the header is ignored).
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // Set by scripts/serve.ts only (never by hand): its requests carry the client address it saw.
  ALBEDO_CLIENT_ADDRESS_HEADER: z.enum(["stamped"]).optional(),
  // Outgoing mail (invitations, password resets): smtp://user:pass@host:587 or smtps://…:465. Unset: no
  // e-mail is sent and links are passed on by hand.
  SMTP_URL: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  // Sender of those e-mails; default "Albedo <no-reply@APP_URL's host>".
  MAIL_FROM: z.string().min(3).max(200).optional(),
});
// Links are built from configuration, never from request headers a client can forge.
const ZEnv = ZEnvFields.refine((e) => e.NODE_ENV !== "production" || e.APP_URL !== undefined, {
  path: ["APP_URL"],
  message:
    "APP_URL is required in production: set it to the address people use to reach Albedo " +
    "(e.g. https://albedo.example.com); invitation links are built from it",
});
export type TEnv = z.infer<typeof ZEnv>;

// Background jobs (lib/jobs). Parsed on their own: `npm run worker` needs a database, not AUTH_SECRET.
const ZJobsEnv = z.object({
  DATABASE_URL: z.string().url(),
  // false: the app process only queues jobs; run `npm run worker` (one or more) to do them.
  ALBEDO_WORKER: z.enum(["true", "false"]).default("true"),
  // Activities recomputed between two progress reports.
  ALBEDO_JOB_CHUNK_SIZE: z.coerce.number().int().positive().max(10_000).default(200),
  // Test only: a pause after each chunk, so tests can watch a job run or kill its worker mid-way.
  ALBEDO_TEST_JOB_STEP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
});
export type TJobsEnv = {
  databaseUrl: string;
  workerInApp: boolean;
  chunkSize: number;
  testStepDelayMs: number;
};

export function jobsEnv(): TJobsEnv {
  const parsed = ZJobsEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    workerInApp: e.ALBEDO_WORKER === "true",
    chunkSize: e.ALBEDO_JOB_CHUNK_SIZE,
    testStepDelayMs: e.ALBEDO_TEST_JOB_STEP_DELAY_MS,
  };
}

// What proxy.ts needs on every request (static files included): no database, no secret.
const ZProxyEnv = ZEnvFields.pick({ NODE_ENV: true, TRUST_PROXY: true, ALBEDO_CLIENT_ADDRESS_HEADER: true });
export type TProxyEnv = z.infer<typeof ZProxyEnv>;
let cachedProxy: TProxyEnv | undefined;

export function proxyEnv(): TProxyEnv {
  cachedProxy ??= ZProxyEnv.parse(process.env);
  return cachedProxy;
}

// A self-hosted BoaviztAPI for the server and cloud-instance forms (lib/imports/boavizta/api-client.ts),
// e.g. http://boaviztapi:5000. Read on every call, on its own: unset (or empty), the forms say how to run one.
const ZBoaviztaEnv = z.object({
  BOAVIZTAPI_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .url()
      .refine((u) => /^https?:\/\//.test(u), "BOAVIZTAPI_URL must start with http:// or https://")
      .transform((u) => u.replace(/\/+$/, ""))
      .optional(),
  ),
});

/** The BoaviztAPI base address without a trailing slash, or null when none is configured. */
export function boaviztaApiUrl(source: Record<string, string | undefined> = process.env): string | null {
  const parsed = ZBoaviztaEnv.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment: BOAVIZTAPI_URL: ${parsed.error.issues[0]?.message}`);
  return parsed.data.BOAVIZTAPI_URL ?? null;
}

let cached: TEnv | undefined;

/** Validates an environment (process.env, or a test's); throws one message listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
