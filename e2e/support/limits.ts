// Sign-in limits the e2e server runs with (playwright.config.ts passes them on), for the specs that test them.
export const LOGIN_LIMITS = {
  maxFailures: 5,
  windowMinutes: 15,
  // Every browser spec connects from 127.0.0.1 and some fail on purpose: room for them, retries included.
  // The per-client spec uses its own loopback address.
  clientMaxFailures: 30,
} as const;
