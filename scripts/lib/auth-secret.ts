// Auth.js answers 500 MissingSecret without AUTH_SECRET. For a first `npm start` we keep a generated one
// in a git-ignored file so sessions survive restarts; production sets its own.
import { scriptVar } from "./env.ts";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function ensureAuthSecret(file: string, log: (line: string) => void): string {
  const fromEnv = scriptVar("AUTH_SECRET");
  if (fromEnv) return fromEnv;
  const stored = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (stored) {
    log(`AUTH_SECRET is not set: using the one kept in ${file} (set your own in production).`);
    return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log(`AUTH_SECRET is not set: generated one in ${file} (set your own in production).`);
  return secret;
}
